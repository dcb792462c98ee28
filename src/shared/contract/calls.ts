// Logging a call (or any contact), optionally opening a case from it.
import * as In from './inputs';
import { mutation } from './procedure';
import type * as Out from './types';

export const callProcedures = {
  'contacts.log': mutation<Out.LogCallResult>('synced')(In.LogCallInput),
} as const;

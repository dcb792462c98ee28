// Logging a call (or any contact), optionally opening a case from it.
import * as In from './inputs';
import { mutation, officers } from './procedure';
import type * as Out from './types';

export const callProcedures = {
  'contacts.log': mutation<Out.LogCallResult>('synced')(In.LogCallInput, officers),
} as const;

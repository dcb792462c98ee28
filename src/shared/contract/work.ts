// The work lists: what is due, for me or for everyone.
import * as CIn from './complaintInputs';
import { query } from './procedure';
import type * as Out from './types';

export const workProcedures = {
  'work.list': query<Out.WorkList>()(CIn.ListWorkInput),
} as const;

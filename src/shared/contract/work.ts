// The work lists: what is due, for me or for everyone.
import * as CIn from './complaintInputs';
import { officers, query } from './procedure';
import type * as Out from './types';

export const workProcedures = {
  'work.list': query<Out.WorkList>()(CIn.ListWorkInput, officers),
} as const;

// Cases of every type: finding, opening, editing and deleting them.
import * as In from './inputs';
import { mutation, query } from './procedure';
import type * as Out from './types';

export const caseProcedures = {
  'cases.list': query<Out.CaseListPage>()(In.ListCasesInput),
  'cases.get': query<Out.CaseDetail>()(In.GetCaseInput),
  'cases.open': mutation<Out.CaseRow>('synced')(In.OpenCaseInput),
  'cases.update': mutation<Out.CaseRow>('synced')(In.UpdateCaseInput),
  'cases.delete': mutation<Out.DeletedCase>('synced')(In.ByIdInput),
} as const;

// Cases of every type: finding, opening, editing and deleting them.
import * as In from './inputs';
import { managers, mutation, officers, query } from './procedure';
import type * as Out from './types';

export const caseProcedures = {
  'cases.list': query<Out.CaseListPage>()(In.ListCasesInput, officers),
  'cases.get': query<Out.CaseDetail>()(In.GetCaseInput, officers),
  'cases.open': mutation<Out.CaseRow>('synced')(In.OpenCaseInput, officers),
  'cases.update': mutation<Out.CaseRow>('synced')(In.UpdateCaseInput, officers),
  'cases.delete': mutation<Out.DeletedCase>('synced')(In.ByIdInput, managers('delete a case')),
} as const;

// The installation: its status, the people who use Redress, and demo data for first run.
import * as In from './inputs';
import { mutation, query } from './procedure';
import type * as Out from './types';

export const appProcedures = {
  'app.status': query<Out.AppStatus>()(In.EmptyInput),
  'people.setUpOfficer': mutation<Out.Person>('synced')(In.SetUpOfficerInput),
  'people.list': query<Out.PersonSummary[]>()(In.EmptyInput),
  /** Demo cases in bulk (the welcome screen, `seed --cases N`): the same generator as the bench. */
  'demo.seed': mutation<Out.SeedResult>('synced')(In.SeedDemoInput),
} as const;

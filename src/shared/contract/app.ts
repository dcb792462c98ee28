// The installation: its status, the people who use Redress, and demo data for first run.
import * as In from './inputs';
import { administrators, anyone, mutation, officers, query, scriptsOnly } from './procedure';
import type * as Out from './types';

export const appProcedures = {
  'app.status': query<Out.AppStatus>()(In.EmptyInput, anyone),
  /** The first person, with their password; `recoveryKey` is shown once and never again. */
  'people.setUpOfficer': mutation<Out.Person & { recoveryKey: string }>('synced')(
    In.SetUpOfficerInput,
    anyone,
  ),
  /**
   * Scripts (`seed --cases N`): demo cases in bulk into any store, the same generator as the
   * bench. Never from a window: on a live store it would add made-up officers (one a manager).
   */
  'demo.seed': scriptsOnly(
    mutation<Out.SeedResult>('synced')(In.SeedDemoInput, administrators('add demo cases to a store')),
  ),
  /** The welcome screen and `npm start -- --demo`: demo data, only into an empty store not on a share. */
  'demo.seedEmptyStore': mutation<Out.SeedResult>('synced')(In.SeedEmptyStoreInput, officers),
} as const;

// Residents and their homes.
import * as In from './inputs';
import { mutation, officers, query } from './procedure';
import type * as Out from './types';

export const residentProcedures = {
  'residents.find': query<Out.ResidentSummary[]>()(In.FindResidentsInput, officers),
  'residents.get': query<Out.ResidentDetail>()(In.ByIdInput, officers),
  'residents.create': mutation<Out.Resident>('synced')(In.CreateResidentInput, officers),
  'residents.update': mutation<Out.Resident>('synced')(In.UpdateResidentInput, officers),
} as const;

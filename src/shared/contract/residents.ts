// Residents and their homes.
import * as In from './inputs';
import { mutation, query } from './procedure';
import type * as Out from './types';

export const residentProcedures = {
  'residents.find': query<Out.ResidentSummary[]>()(In.FindResidentsInput),
  'residents.get': query<Out.ResidentDetail>()(In.ByIdInput),
  'residents.create': mutation<Out.Resident>('synced')(In.CreateResidentInput),
  'residents.update': mutation<Out.Resident>('synced')(In.UpdateResidentInput),
} as const;

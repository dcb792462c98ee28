// A case's history in an officer's words: every change to the case, to each record that belongs
// to it (points, decisions, extensions, calls, notes, tasks, remedies, letters…) and to its
// resident, described on the main side (shared/history) with names for ids.
import { z } from 'zod';
import { recordId } from '../domain/fields';
import { officers, query } from './procedure';

export const CaseHistoryInput = z.object({ caseId: recordId });

export interface CaseHistoryEntry {
  hlc: string;
  /** When, as an ISO instant (the screens format it). */
  at: string;
  actorName: string;
  /** The filter it falls under ("Points and decisions", "Calls and contact"…). */
  group: string;
  what: string;
  before: string | null;
  after: string | null;
}

export const historyProcedures = {
  /** Newest first. */
  'cases.history': query<CaseHistoryEntry[]>()(CaseHistoryInput, officers),
} as const;

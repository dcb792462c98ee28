// The command bar's search (Ctrl+K): a case by the start of its reference, a resident by name or
// phone. A few of each, quickly, whatever the size of the store.
import { z } from 'zod';
import { requiredText } from '../domain/fields';
import type { CaseStatus, CaseType } from '../domain/vocabulary';
import { officers, query } from './procedure';

export const MAX_SEARCH_HITS = 20;

export const FindAnythingInput = z.object({
  text: requiredText(100, 'What to look for'),
  /** How many of each kind (cases, residents). */
  limit: z.number().int().min(1).max(MAX_SEARCH_HITS).default(8),
});

export interface CaseHit {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  summary: string;
  residentName: string | null;
}

export interface ResidentHit {
  id: string;
  name: string;
  phone: string | null;
  postcode: string | null;
}

export interface SearchHits {
  cases: CaseHit[];
  residents: ResidentHit[];
}

export const searchProcedures = {
  'search.find': query<SearchHits>()(FindAnythingInput, officers),
} as const;

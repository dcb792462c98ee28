// Retention and subject access (issue 13): the review list of residents whose files have been kept
// past the retention period, erasing a resident's personal data (leaving an anonymised statistical
// record), and everything held about a resident as one zip (a subject access request).
import { z } from 'zod';
import { recordId, requiredText } from '../domain/fields';
import { managers, mutation, query } from './procedure';
import { EmptyInput } from './inputs';

export const EraseResidentInput = z.object({
  residentId: recordId,
  reason: requiredText(500, 'The reason for erasing'),
});

export const ExportResidentInput = z.object({ residentId: recordId });

export interface RetentionDueCase {
  caseId: string;
  reference: string;
  closedOn: string;
}

/** A resident due for review: named by initials only. */
export interface RetentionDueResident {
  residentId: string;
  initials: string;
  lastClosedOn: string;
  cases: RetentionDueCase[];
}

export interface RetentionDue {
  years: number;
  /** Cases closed before this day were closed more than `years` years ago. */
  cutoff: string;
  residents: RetentionDueResident[];
}

export interface ErasureResult {
  erasureId: string;
  residentId: string;
  /** How many records the erasure reached (the resident, their home, cases and what is on them). */
  records: number;
  cases: number;
  /** Whether their home's address was erased too (no one else lived there). */
  homeErased: boolean;
}

export interface SubjectAccessFile {
  fileName: string;
  /** The zip, base64. */
  bytes: string;
  /** What it holds, in numbers. */
  counts: { cases: number; calls: number; notes: number; letters: number; attachments: number };
}

export const retentionProcedures = {
  'retention.due': query<RetentionDue>()(EmptyInput, managers('see the retention review list')),
  'resident.erase': mutation<ErasureResult>('synced')(
    EraseResidentInput,
    managers('erase a resident’s personal data'),
  ),
  'resident.export': query<SubjectAccessFile>()(
    ExportResidentInput,
    managers('export everything held about a resident'),
  ),
} as const;

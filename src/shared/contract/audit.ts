// The audit trail a manager can trust: who viewed what, a person's activity, and the check of
// every installation's hash chain (issue 13). Managers and administrators only.
import { z } from 'zod';
import { recordId } from '../domain/fields';
import type { ChainProblem } from '../audit/chain';
import { managers, query } from './procedure';

export type { ChainProblem, ChainProblemKind } from '../audit/chain';

export interface InstallationChain {
  /** The installation's id (as in the share's folder names). */
  installation: string;
  /** Its name on the share, when known ("Reception laptop"); null for this computer's own before one is given. */
  label: string | null;
  /** Whether this is the computer the check ran on. */
  thisComputer: boolean;
  /** Entries in its chain held in this store (changes and views). */
  entries: number;
  /** Entries written before Redress kept a chain (an upgraded store, demo data): not checked. */
  unchained: number;
  /** Entries whose personal values an erasure replaced: accepted as erased, not as altered. */
  erased: number;
  problems: ChainProblem[];
}

export interface AuditReport {
  ok: boolean;
  checkedAt: string;
  installations: InstallationChain[];
}

export const AuditViewsInput = z.object({
  caseIdOrReference: z
    .string()
    .trim()
    .min(1, 'Say which case (its reference)')
    .max(60, 'That is longer than any case id or reference'),
});

/** One time someone viewed, downloaded, issued or exported something. */
export interface AccessEntry {
  at: string;
  person: string;
  personId: string | null;
  installation: string;
  /** viewed, downloaded, opened, issued, exported, backed_up. */
  action: string;
  /** The kind of record (case, resident, attachment, letter…). */
  record: string;
  /** In plain words: "Viewed the case", "Downloaded an attachment". */
  what: string;
}

export const ActivityInput = z.object({
  personId: recordId,
  /** The `hlc` of the last entry of the previous page: the next page starts after it. */
  before: z.string().max(64, 'That is not a page marker').optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export interface ActivityEntry {
  hlc: string;
  at: string;
  kind: 'change' | 'view';
  installation: string;
  /** In plain words: "Changed the case's summary on 2026-AB-0001", "Viewed case 2026-AB-0001". */
  what: string;
}

export interface ActivityPage {
  entries: ActivityEntry[];
  /** Pass as `before` for the next (older) page; null when this is the last. */
  next: string | null;
}

export const auditProcedures = {
  /** Walks every installation's chain held in this store. */
  'audit.verify': query<AuditReport>()(z.object({}).default({}), managers('check the audit trail')),
  /** Who viewed a case (and its resident, its attachments and letters), newest first. */
  'audit.caseViews': query<AccessEntry[]>()(AuditViewsInput, managers('see who viewed a case')),
  /** What a person changed and viewed, newest first, a page at a time. */
  'audit.activity': query<ActivityPage>()(ActivityInput, managers('see a person’s activity')),
} as const;

// Amendments to issued decisions: once a stage's response has gone, its decisions, reasons,
// findings and remedies change only through an amendment that keeps the original and says why.
import { z } from 'zod';
import { FROZEN_POINT_FIELDS } from '../complaints/issued';
import { recordId as id, requiredText, textProblem } from '../domain/fields';
import {
  COMPENSATION_HEADS,
  POINT_DECISIONS,
  REMEDY_KINDS,
  type AmendableRecord,
} from '../domain/vocabulary';
import { mutation, officers, query } from './procedure';
import type * as Out from './types';

/** A remedy's amendable fields as the contract names them (amountPence in integer pence). */
export const AMENDABLE_REMEDY_INPUTS = ['kind', 'text', 'amountPence', 'heads'] as const;

const TEXT_LIMITS: Record<string, number> = { reasons: 5000, findings: 10_000, basis: 2000, text: 5000 };
const REMEDY_COLUMNS = { kind: 'kind', text: 'text', amountPence: 'amount_pence', heads: 'heads' } as const;

const reason = requiredText(5000, 'The reason for the amendment');
const value = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);

const pointAmendment = z.object({
  recordKind: z.literal('complaint_point'),
  recordId: id,
  field: z.enum(FROZEN_POINT_FIELDS),
  value,
  reason,
});

const remedyAmendment = z.object({
  recordKind: z.literal('remedy'),
  recordId: id,
  field: z.enum(AMENDABLE_REMEDY_INPUTS),
  value,
  reason,
});

/** What the store is given: the column and its new value as stored. */
export interface ParsedAmendment {
  recordKind: AmendableRecord;
  recordId: string;
  column: string;
  value: string | number | null;
  reason: string;
}

type Issue = (message: string) => never;

function textValue(v: unknown, field: string, fail: Issue): string {
  if (typeof v !== 'string') return fail('Give the new wording.');
  const t = v.replace(/\r\n?/g, '\n').trim();
  if (!t) return fail('Give the new wording: it cannot be left blank.');
  const problem = textProblem(t, TEXT_LIMITS[field] ?? 5000, 'many');
  return problem ? fail(problem) : t;
}

/** Checks the new value against the field it is for, and gives it as the column stores it. */
function storedValue(
  a: z.infer<typeof pointAmendment> | z.infer<typeof remedyAmendment>,
  fail: Issue,
): string | number | null {
  const v = a.value;
  switch (a.field) {
    case 'decision':
      return typeof v === 'string' && (POINT_DECISIONS as readonly string[]).includes(v)
        ? v
        : fail(`Choose a decision: ${POINT_DECISIONS.join(', ').replaceAll('_', ' ')}.`);
    case 'kind':
      return typeof v === 'string' && (REMEDY_KINDS as readonly string[]).includes(v)
        ? v
        : fail(`Choose a kind of remedy: ${REMEDY_KINDS.join(', ').replaceAll('_', ' ')}.`);
    case 'amountPence':
      if (v === null) return null;
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? v
        : fail('The amount is a whole number of pence, 0 or more (15000 is £150.00).');
    case 'heads': {
      const heads = Array.isArray(v) ? v : [];
      if (!Array.isArray(v) || heads.some((h) => !(COMPENSATION_HEADS as readonly string[]).includes(h)))
        return fail(`Heads are a list from: ${COMPENSATION_HEADS.join(', ')}.`);
      if (new Set(heads).size !== heads.length) return fail('A head is listed twice.');
      return JSON.stringify(heads);
    }
    default:
      return textValue(v, a.field, fail);
  }
}

export const AmendInput = z
  .discriminatedUnion('recordKind', [pointAmendment, remedyAmendment])
  .transform((a, ctx): ParsedAmendment => {
    const fail: Issue = (message) => {
      ctx.addIssue({ code: 'custom', path: ['value'], message });
      return z.NEVER as never;
    };
    const stored = storedValue(a, fail);
    const column = a.recordKind === 'remedy' ? REMEDY_COLUMNS[a.field] : a.field;
    return { recordKind: a.recordKind, recordId: a.recordId, column, value: stored, reason: a.reason };
  });

export const AmendmentsListInput = z.object({ caseId: id });

export interface Amendment {
  id: string;
  caseId: string;
  stage: 1 | 2;
  recordKind: AmendableRecord;
  recordId: string;
  /** The column amended (decision, reasons, findings, basis; kind, text, amount_pence, heads). */
  field: string;
  /** As stored: text, pence as digits, heads as a JSON list; null when it was empty. */
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
}

export const amendmentProcedures = {
  'amendments.amend': mutation<Out.CaseDetail>('synced')(AmendInput, officers),
  /** A case's amendments, oldest first. */
  'amendments.list': query<Amendment[]>()(AmendmentsListInput, officers),
} as const;

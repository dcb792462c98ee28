// Amendments to what a stage's response said: which fields can be amended, how their values read
// to a person, and when an amendment is the wrong tool (nothing issued yet, or nothing changed).
import {
  COMPENSATION_HEAD_LABELS,
  POINT_DECISION_LABELS,
  REMEDY_KIND_LABELS,
  type AmendableRecord,
  type CompensationHead,
  type PointDecision,
  type RemedyKind,
} from '../domain/vocabulary';
import type { Stage } from './deadlines';
import { formatPounds } from '../remedies/money';
import { FROZEN_POINT_FIELDS, FROZEN_REMEDY_FIELDS, responseIssued, type IssuedResponses } from './issued';

export type AmendablePointField = (typeof FROZEN_POINT_FIELDS)[number];
export type AmendableRemedyField = (typeof FROZEN_REMEDY_FIELDS)[number];

export const AMENDED_FIELD_LABELS: Record<AmendablePointField | AmendableRemedyField, string> = {
  decision: 'Decision',
  reasons: 'Reasons',
  findings: 'Findings',
  basis: 'Policy, law or good practice relied on',
  kind: 'Kind of remedy',
  text: 'What the remedy is',
  amount_pence: 'Amount',
  heads: 'Heads of compensation',
};

export const AMENDED_RECORD_LABELS: Record<AmendableRecord, string> = {
  complaint_point: 'point of complaint',
  remedy: 'remedy',
};

/** A stored value (as the amendment keeps it) the way a person reads it. */
export function amendedValueText(field: string, value: string | null): string {
  if (value === null || value === '') return 'nothing';
  switch (field) {
    case 'decision':
      return POINT_DECISION_LABELS[value as PointDecision] ?? value;
    case 'kind':
      return REMEDY_KIND_LABELS[value as RemedyKind] ?? value;
    case 'amount_pence':
      return /^\d+$/.test(value) ? formatPounds(Number(value)) : value;
    case 'heads': {
      try {
        const heads = JSON.parse(value) as CompensationHead[];
        return heads.length ? heads.map((h) => COMPENSATION_HEAD_LABELS[h] ?? h).join(', ') : 'none';
      } catch {
        return value;
      }
    }
    default:
      return value;
  }
}

/** Why this amendment should not be recorded, or null when it should. */
export function amendmentProblem(
  facts: IssuedResponses,
  stage: Stage,
  what: AmendableRecord,
  oldValue: string | null,
  newValue: string | null,
): { field: 'recordId' | 'value'; message: string } | null {
  const thing = AMENDED_RECORD_LABELS[what];
  if (!responseIssued(facts, stage))
    return {
      field: 'recordId',
      message: `The stage ${stage} response has not been issued yet, so this ${thing} can still change: edit it directly. An amendment is for correcting what a response has already said.`,
    };
  if ((oldValue ?? '') === (newValue ?? ''))
    return { field: 'value', message: `That is what the ${thing} already says: there is nothing to amend.` };
  return null;
}

// A case row's lifecycle columns ⇄ the state machine's ComplaintFacts.
import type { Selectable } from 'kysely';
import type { ComplaintFacts } from '../../../shared/complaints/lifecycle';
import type { CasesTable } from '../../db/schema';
import { IMPLAUSIBLE_DATE, isPlausibleDate } from '../../../shared/domain/fields';

/** ComplaintFacts field → cases column. */
export const FACT_COLUMNS = {
  type: 'type',
  status: 'status',
  ownerId: 'owner_id',
  receivedOn: 'received_on',
  declineReason: 'decline_reason',
  declineExplanation: 'decline_explanation',
  stage1AcknowledgedOn: 'stage1_acknowledged_on',
  stage1AcknowledgedHow: 'stage1_acknowledged_how',
  stage1HandlerId: 'stage1_handler_id',
  stage1ExtendedTo: 'stage1_extended_to',
  stage1RespondedOn: 'stage1_responded_on',
  escalationRequestedOn: 'escalation_requested_on',
  escalationReason: 'escalation_reason',
  escalationRefusalReason: 'escalation_refusal_reason',
  escalationRefusalExplanation: 'escalation_refusal_explanation',
  stage2AcknowledgedOn: 'stage2_acknowledged_on',
  stage2AcknowledgedHow: 'stage2_acknowledged_how',
  stage2HandlerId: 'stage2_handler_id',
  stage2ExtendedTo: 'stage2_extended_to',
  stage2RespondedOn: 'stage2_responded_on',
  closedOn: 'closed_on',
  closureReason: 'closure_reason',
  closureNote: 'closure_note',
  mergedIntoId: 'merged_into_id',
} as const satisfies Record<keyof ComplaintFacts, keyof CasesTable>;

type CaseRecord = Partial<Selectable<CasesTable>>;

export function factsFromRow(row: CaseRecord): ComplaintFacts {
  const facts: Record<string, unknown> = {};
  for (const [fact, column] of Object.entries(FACT_COLUMNS)) facts[fact] = row[column] ?? null;
  return facts as unknown as ComplaintFacts;
}

/** A stored value that breaks the value rules (from an older version, or edited outside Redress). */
export interface InvalidValue {
  field: string;
  /** The field as the case page names it. */
  label: string;
  value: string;
  problem: string;
}

/** The dates a case page reads, in the words the page uses for them. */
export const DATE_LABELS: Record<string, string> = {
  received_on: 'Date received',
  issue_noticed_on: 'Issue first noticed',
  stage1_acknowledged_on: 'Stage 1 acknowledged',
  stage1_extended_to: 'Stage 1 extended to',
  stage1_responded_on: 'Stage 1 response',
  escalation_requested_on: 'Escalation requested',
  stage2_acknowledged_on: 'Stage 2 acknowledged',
  stage2_extended_to: 'Stage 2 extended to',
  stage2_responded_on: 'Final response',
  closed_on: 'Closed',
  ombudsman_due_on: 'Ombudsman request due',
};

const labelOf = (field: string) => DATE_LABELS[field] ?? field.replaceAll('_', ' ');

/**
 * The facts as screens read them: a stored date the rules refuse (year 10000 from an older
 * version, say) is left out and reported, so counting deadlines never fails on it and the case
 * still opens, showing the value as invalid. Dates repeat across cases, so each is judged once.
 */
export function readableFacts(row: CaseRecord): { facts: ComplaintFacts; invalid: InvalidValue[] } {
  const facts: Record<string, unknown> = {};
  const invalid: InvalidValue[] = [];
  for (const [fact, column] of Object.entries(FACT_COLUMNS)) {
    const value = row[column] ?? null;
    const problem = typeof value === 'string' && /_(on|to)$/.test(column) ? dateProblem(value) : null;
    if (problem) invalid.push(invalidValue(column, String(value), problem));
    facts[fact] = problem ? null : value;
  }
  return { facts: facts as unknown as ComplaintFacts, invalid };
}

const judged = new Map<string, string | null>();
/** Why a stored date cannot be used, or null: memoised, as a list of 100,000 cases repeats its dates. */
export function invalidValue(field: string, value: string, problem: string): InvalidValue {
  return { field, label: labelOf(field), value, problem };
}

export function dateProblem(value: string): string | null {
  let problem = judged.get(value);
  if (problem === undefined) {
    problem = isPlausibleDate(value) ? null : IMPLAUSIBLE_DATE;
    if (judged.size > 50_000) judged.clear();
    judged.set(value, problem);
  }
  return problem;
}

/**
 * Contract names → column names for the changed values (booleans as SQLite integers, absent as
 * null). One mapping for every complaint record the services write.
 */
export function toColumns<K extends string>(
  changes: Partial<Record<K, unknown>>,
  columns: Readonly<Record<K, string>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes))
    out[columns[key as K]] = typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null);
  return out;
}

/** The column values to write for a set of changed facts. */
export function columnsFromFacts(changes: Partial<ComplaintFacts>): Record<string, unknown> {
  return toColumns(changes, FACT_COLUMNS);
}

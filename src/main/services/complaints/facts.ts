// A case row's lifecycle columns ⇄ the state machine's ComplaintFacts.
import type { Selectable } from 'kysely';
import type { ComplaintFacts } from '../../../shared/complaints/lifecycle';
import type { CasesTable } from '../../db/schema';

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

/** The column values to write for a set of changed facts. */
export function columnsFromFacts(changes: Partial<ComplaintFacts>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [fact, value] of Object.entries(changes))
    columns[FACT_COLUMNS[fact as keyof ComplaintFacts]] = value ?? null;
  return columns;
}

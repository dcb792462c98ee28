// Once a stage's response has gone to the resident, what it said stands: the decisions, reasons,
// findings and remedies of that stage are frozen. A correction is an explicit amendment with a
// reason (kept beside the original, shown on the case and in its history), never a silent edit.
import type { Stage } from './deadlines';

export interface IssuedResponses {
  stage1RespondedOn: string | null;
  stage2RespondedOn: string | null;
}

/** Whether the response of `stage` has been issued (so that stage's decisions are frozen). */
export function responseIssued(facts: IssuedResponses, stage: Stage): boolean {
  return (stage === 1 ? facts.stage1RespondedOn : facts.stage2RespondedOn) !== null;
}

/** The fields of a point of complaint that its stage's response fixes. */
export const FROZEN_POINT_FIELDS = ['decision', 'reasons', 'findings', 'basis'] as const;
/** The fields of a remedy that its stage's response fixes (its status still moves: offered, paid…). */
export const FROZEN_REMEDY_FIELDS = ['kind', 'text', 'amount_pence', 'heads'] as const;

/** The plain reason an edit is refused, or null when the stage is still open to change. */
export function frozenProblem(facts: IssuedResponses, stage: Stage, what: string): string | null {
  if (!responseIssued(facts, stage)) return null;
  const on = stage === 1 ? facts.stage1RespondedOn : facts.stage2RespondedOn;
  return `The stage ${stage} response was issued on ${on}, so this ${what} stands as issued. To correct it, record an amendment with the reason.`;
}

// Which letters a case's state allows now, and what issuing each records on the case: a letter is
// evidence of a step of the Code's lifecycle, so it is offered only where that step fits.
import type { ComplaintFacts } from '../complaints/lifecycle';
import { LETTER_TYPES, type LetterType } from './letterTypes';

export interface LetterCaseState {
  facts: Pick<
    ComplaintFacts,
    'type' | 'status' | 'closureReason' | 'stage1AcknowledgedOn' | 'stage2AcknowledgedOn'
  >;
  /** An extension is recorded for the stage in progress (an extension notice tells the resident of it). */
  extendedThisStage: boolean;
  /** Promised actions still open. */
  openActions: number;
}

const RULES: Record<LetterType, (s: LetterCaseState) => boolean> = {
  // Issuing acknowledges the stage when not yet done; afterwards it is a copy of the acknowledgement.
  ack_stage1: ({ facts }) => facts.status === 'open' || facts.status === 'stage1',
  ack_stage2: ({ facts }) => facts.status === 'stage2_requested' || facts.status === 'stage2',
  not_accepted: ({ facts }) => facts.status === 'closed' && facts.closureReason === 'declined',
  extension: ({ facts, extendedThisStage }) =>
    (facts.status === 'stage1' || facts.status === 'stage2') && extendedThisStage,
  stage1_response: ({ facts }) => facts.status === 'stage1',
  stage2_response: ({ facts }) => facts.status === 'stage2',
  escalation_refused: ({ facts }) =>
    facts.status === 'closed' && facts.closureReason === 'escalation_refused',
  action_update: ({ openActions }) => openActions > 0,
  closure: ({ facts }) =>
    facts.status === 'stage1_responded' ||
    facts.status === 'stage2_responded' ||
    (facts.status === 'closed' && facts.closureReason === 'resolved'),
};

/** The letter types this case allows now, in the usual order of a complaint's life. */
export function lettersAllowed(state: LetterCaseState): LetterType[] {
  if (state.facts.type !== 'complaint') return [];
  return LETTER_TYPES.filter((t) => RULES[t](state));
}

/** Why a type is not offered, in plain words (for a refused draft). */
export function notAllowedReason(type: LetterType): string {
  switch (type) {
    case 'ack_stage1':
      return 'An acknowledgement at stage 1 is for a complaint not yet responded to at stage 1';
    case 'ack_stage2':
      return 'An acknowledgement at stage 2 is for a complaint whose escalation was requested';
    case 'not_accepted':
      return 'A "not accepted" letter is for a complaint that was declined';
    case 'extension':
      return 'An extension notice needs an extension recorded for the stage in progress';
    case 'stage1_response':
      return 'A stage 1 response is for a complaint acknowledged at stage 1 and not yet answered';
    case 'stage2_response':
      return 'A stage 2 final response is for a complaint acknowledged at stage 2 and not yet answered';
    case 'escalation_refused':
      return 'A refusal to escalate is for a complaint whose escalation was refused';
    case 'action_update':
      return 'An update on promised actions needs at least one action still open';
    case 'closure':
      return 'A closure letter is for a complaint that has had its response';
  }
}

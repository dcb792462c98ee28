// Which letters a complaint allows, by where it is in the Code's lifecycle.
import { describe, expect, it } from 'vitest';
import { lettersAllowed, type LetterCaseState } from '../../../src/shared/letters/allowed';
import type { CaseStatus, ClosureReason } from '../../../src/shared/domain/vocabulary';

function state(
  status: CaseStatus,
  extra: Partial<LetterCaseState> & { closureReason?: ClosureReason } = {},
): LetterCaseState {
  return {
    facts: {
      type: 'complaint',
      status,
      closureReason: extra.closureReason ?? null,
      stage1AcknowledgedOn: null,
      stage2AcknowledgedOn: null,
    },
    extendedThisStage: extra.extendedThisStage ?? false,
    openActions: extra.openActions ?? 0,
  };
}

describe('letters a case allows', () => {
  it.each([
    ['a complaint received, not yet acknowledged', state('open'), ['ack_stage1']],
    ['at stage 1', state('stage1'), ['ack_stage1', 'stage1_response']],
    [
      'at stage 1 with an extension',
      state('stage1', { extendedThisStage: true }),
      ['ack_stage1', 'extension', 'stage1_response'],
    ],
    ['after the stage 1 response', state('stage1_responded'), ['closure']],
    ['escalation requested', state('stage2_requested'), ['ack_stage2']],
    [
      'at stage 2 with actions open',
      state('stage2', { openActions: 2 }),
      ['ack_stage2', 'stage2_response', 'action_update'],
    ],
    ['after the final response', state('stage2_responded'), ['closure']],
    ['declined', state('closed', { closureReason: 'declined' }), ['not_accepted']],
    ['escalation refused', state('closed', { closureReason: 'escalation_refused' }), ['escalation_refused']],
    [
      'closed as resolved with actions open',
      state('closed', { closureReason: 'resolved', openActions: 1 }),
      ['action_update', 'closure'],
    ],
    ['withdrawn', state('closed', { closureReason: 'withdrawn' }), []],
  ])('%s', (_what, s, expected) => {
    expect(lettersAllowed(s)).toEqual(expected);
  });

  it('offers no complaint letters for an enquiry', () => {
    const s = state('open');
    expect(lettersAllowed({ ...s, facts: { ...s.facts, type: 'enquiry' } })).toEqual([]);
  });
});

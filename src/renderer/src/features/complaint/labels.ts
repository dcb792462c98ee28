// Words for the complaint panel that the shared vocabulary does not carry.
import type { DeadlineView } from '../../../../shared/contract/types';
import type { LifecycleCommandKind } from '../../../../shared/complaints/lifecycle';
import type { CaseStatus, OutcomePossible } from '../../../../shared/domain/vocabulary';

export const OUTCOME_POSSIBLE_LABELS: Record<OutcomePossible, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
};

/** The button (and dialog title) for a lifecycle step; some read differently at each stage. */
export function commandLabel(kind: LifecycleCommandKind, status: CaseStatus): string {
  switch (kind) {
    case 'triage':
      return 'Change the case type';
    case 'acknowledge':
      return status === 'stage2_requested' ? 'Acknowledge stage 2' : 'Acknowledge the complaint';
    case 'decline':
      return 'Do not accept as a complaint';
    case 'extend':
      return status === 'stage2' ? 'Extend the stage 2 deadline' : 'Extend the stage 1 deadline';
    case 'respond':
      return status === 'stage2' ? 'Issue the final response' : 'Issue the stage 1 response';
    case 'escalate':
      return 'Escalate to stage 2';
    case 'refuse_escalation':
      return 'Refuse escalation';
    case 'close':
      return 'Close the case';
    case 'withdraw':
      return 'Record a withdrawal';
    case 'merge':
      return 'Merge into another case';
    case 'assign':
      return 'Hand to another officer';
    case 'reopen':
      return 'Reopen the case';
  }
}

/** "Acknowledge (stage 1)", "Respond (stage 2)", "Ombudsman request". */
export function deadlineWhat(d: Pick<DeadlineView, 'what' | 'stage'>): string {
  const stage = d.stage ? ` (stage ${d.stage})` : '';
  switch (d.what) {
    case 'acknowledge':
      return `Acknowledge${stage}`;
    case 'respond':
      return `Respond${stage}`;
    case 'ombudsman':
      return 'Ombudsman request';
  }
}

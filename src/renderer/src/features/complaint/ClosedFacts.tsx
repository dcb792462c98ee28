// What happened to a closed case: when each response went out, and why it closed.
import type { ComplaintView } from '../../../../shared/contract/types';
import { EXCLUSION_REASON_LABELS } from '../../../../shared/domain/vocabulary';
import { formatIsoDate } from '../../ui/dates';
import { Fact } from './Fact';

export function ClosedFacts({ complaint }: { complaint: ComplaintView }) {
  const f = complaint.facts;
  const refusal =
    f.closureReason === 'declined' && f.declineReason
      ? { reason: f.declineReason, explanation: f.declineExplanation }
      : f.closureReason === 'escalation_refused' && f.escalationRefusalReason
        ? { reason: f.escalationRefusalReason, explanation: f.escalationRefusalExplanation }
        : null;
  return (
    <>
      {f.closedOn && <Fact label="Closed">{formatIsoDate(f.closedOn)}</Fact>}
      {f.stage1RespondedOn && <Fact label="Stage 1 response">{formatIsoDate(f.stage1RespondedOn)}</Fact>}
      {f.stage2RespondedOn && <Fact label="Final response">{formatIsoDate(f.stage2RespondedOn)}</Fact>}
      {refusal && (
        <Fact label="Reason">
          {EXCLUSION_REASON_LABELS[refusal.reason]}
          {refusal.explanation ? ` — ${refusal.explanation}` : ''}
        </Fact>
      )}
      {f.closureNote && <Fact label="Closing note">{f.closureNote}</Fact>}
    </>
  );
}

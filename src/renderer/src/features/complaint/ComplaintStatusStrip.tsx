// Where the case stands: status, stage, the next deadline and how close it is, who handles it,
// and the Code's dates for the stage in progress.
import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ComplaintView } from '../../../../shared/contract/types';
import { stageOf } from '../../../../shared/complaints/lifecycle';
import {
  CASE_STATUS_LABELS,
  CLOSURE_REASON_LABELS,
  type CaseStatus,
} from '../../../../shared/domain/vocabulary';
import { ClosedFacts } from './ClosedFacts';
import { DeadlineBadge } from './DeadlineBadge';
import { formatIsoDate } from '../../ui/dates';
import { Fact } from './Fact';
import { deadlineWhat } from './labels';

/**
 * Where the case stands, said once (the page's header carries its type): the stage under the Code
 * is part of the status ("Stage 1", "Escalation requested"), and a closed case says how far it got.
 */
function statusWords(status: CaseStatus, complaint: ComplaintView): string {
  const f = complaint.facts;
  const label = CASE_STATUS_LABELS[status];
  if (status === 'open' && f.type === 'complaint') return `${label} — awaiting acknowledgement`;
  if (status !== 'closed') return label;
  const why = f.closureReason ? `${label} — ${CLOSURE_REASON_LABELS[f.closureReason]}` : label;
  if (f.type !== 'complaint') return why;
  const reached = f.stage2AcknowledgedOn
    ? 'reached stage 2'
    : f.stage1AcknowledgedOn
      ? 'reached stage 1'
      : null;
  return reached ? `${why} (${reached})` : why;
}

function Handlers({ complaint }: { complaint: ComplaintView }) {
  const { stage1HandlerName, stage2HandlerName } = complaint;
  if (!stage1HandlerName && !stage2HandlerName) return <>{complaint.ownerName ?? 'Not assigned yet'}</>;
  return (
    <Stack gap={0} component="span">
      {stage1HandlerName && <span>Stage 1: {stage1HandlerName}</span>}
      {stage2HandlerName && <span>Stage 2: {stage2HandlerName}</span>}
    </Stack>
  );
}

export function ComplaintStatusStrip({
  status,
  complaint,
  countingRule,
}: {
  status: CaseStatus;
  complaint: ComplaintView;
  /** How working days are counted, in words (from the policy). */
  countingRule?: string | undefined;
}) {
  const stage = stageOf({ status });
  const isComplaint = complaint.facts.type === 'complaint';
  const d = complaint.deadline;
  const extendedTo = stage === 2 ? complaint.facts.stage2ExtendedTo : complaint.facts.stage1ExtendedTo;
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" verticalSpacing="sm" m={0}>
        <Fact label="Status">{statusWords(status, complaint)}</Fact>
        <Fact label="Handler">
          <Handlers complaint={complaint} />
        </Fact>
        <Fact label="Next deadline">
          {d ? (
            <Group gap={8} component="span" wrap="wrap">
              <span>
                {deadlineWhat(d)} by <strong>{formatIsoDate(d.due)}</strong>
              </span>
              <DeadlineBadge deadline={d} />
            </Group>
          ) : (
            'Nothing due'
          )}
        </Fact>
      </SimpleGrid>
      {isComplaint && (
        <SimpleGrid
          component="dl"
          cols={{ base: 1, xs: 2, lg: 4 }}
          spacing="md"
          verticalSpacing="sm"
          m={0}
          aria-label="The Code’s dates"
        >
          {stage === 2 && complaint.facts.escalationRequestedOn ? (
            <Fact label="Escalation requested">
              {formatIsoDate(complaint.facts.escalationRequestedOn)}
              <Text span size="sm" display="block" c="dimmed">
                Received {formatIsoDate(complaint.facts.receivedOn)}
              </Text>
            </Fact>
          ) : (
            <Fact label="Received">{formatIsoDate(complaint.facts.receivedOn)}</Fact>
          )}
          {complaint.acknowledgeBy && (
            <Fact label={stage === 2 ? 'Acknowledge stage 2 by' : 'Acknowledge by'}>
              {formatIsoDate(complaint.acknowledgeBy)}
              {acknowledgedNote(stage, complaint)}
            </Fact>
          )}
          {complaint.respondBy && (
            <Fact label={stage === 2 ? 'Respond (stage 2) by' : 'Respond by'}>
              {formatIsoDate(complaint.respondBy)}
              {extendedTo && (
                <Text span size="sm" display="block" fw={600}>
                  Extended to {formatIsoDate(extendedTo)}
                </Text>
              )}
              {respondedNote(stage, complaint)}
            </Fact>
          )}
          {complaint.latestExtendedResponse && (
            <Fact label="Latest with extension">{formatIsoDate(complaint.latestExtendedResponse)}</Fact>
          )}
          {(stage === 2 || status === 'closed') && (
            <StageOneFacts complaint={complaint} closed={status === 'closed'} />
          )}
          {status === 'closed' && <ClosedFacts complaint={complaint} />}
        </SimpleGrid>
      )}
      {isComplaint && complaint.acknowledgeBy && countingRule && (
        <Text size="xs" c="dimmed">
          {countingRule}
        </Text>
      )}
    </Stack>
  );
}

function respondedNote(stage: 1 | 2 | null, complaint: ComplaintView) {
  const on = stage === 2 ? complaint.facts.stage2RespondedOn : complaint.facts.stage1RespondedOn;
  if (!on) return null;
  return (
    <Text span size="sm" display="block" c="dimmed">
      Responded {formatIsoDate(on)}
    </Text>
  );
}

function acknowledgedNote(stage: 1 | 2 | null, complaint: ComplaintView) {
  const on = stage === 2 ? complaint.facts.stage2AcknowledgedOn : complaint.facts.stage1AcknowledgedOn;
  if (!on) return null;
  return (
    <Text span size="sm" display="block" c="dimmed">
      Acknowledged {formatIsoDate(on)}
    </Text>
  );
}

/** Stage 1's dates once the case has moved past it: escalation or closure must not hide them. */
function StageOneFacts({ complaint, closed }: { complaint: ComplaintView; closed: boolean }) {
  const f = complaint.facts;
  if (!f.stage1AcknowledgedOn && !f.stage1RespondedOn) return null;
  return (
    <>
      {f.stage1AcknowledgedOn && (
        <Fact label="Stage 1 acknowledged">{formatIsoDate(f.stage1AcknowledgedOn)}</Fact>
      )}
      {/* A closed case lists its responses with its closure. */}
      {!closed && f.stage1RespondedOn && (
        <Fact label="Stage 1 response">{formatIsoDate(f.stage1RespondedOn)}</Fact>
      )}
    </>
  );
}

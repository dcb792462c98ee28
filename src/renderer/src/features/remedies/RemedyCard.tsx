// One remedy as the case page shows it: what it is, the amount with its band as guidance, where it
// has got to (with dates), and the next steps this officer may take.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { Remedy } from '../../../../shared/contract/remedyTypes';
import type { Role } from '../../../../shared/domain/vocabulary';
import { formatPounds } from '../../../../shared/remedies/money';
import {
  COMPENSATION_HEAD_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_STATUS_LABELS,
} from '../../../../shared/domain/vocabulary';
import { formatIsoDate } from '../../ui/dates';
import { formatDateTime } from '../../ui/format';
import { STEP_WORDS, type RemedyStep } from './RemedyStepForm';

export const SEPARATED = {
  borderTop: '1px solid var(--mantine-color-default-border)',
  paddingTop: 'var(--mantine-spacing-md)',
};

const NEXT: Record<Remedy['status'], RemedyStep[]> = {
  proposed: ['offer'],
  offered: ['accept', 'decline'],
  accepted: ['pay'],
  declined: [],
  paid: [],
};

export function RemedyCard({
  remedy: r,
  separated,
  source,
  role,
  busy,
  onStep,
  onApprove,
}: {
  remedy: Remedy;
  /** Not the first in the list: a rule above it. */
  separated: boolean;
  source: string;
  role: Role;
  busy: boolean;
  onStep: (step: RemedyStep) => void;
  onApprove: () => void;
}) {
  const kind = REMEDY_KIND_LABELS[r.kind];
  const awaitingPanel = r.needsSignOff && !r.approvedAt;
  const steps = NEXT[r.status].filter((s) => s !== 'pay' || r.kind === 'financial');
  const dates = [
    r.offeredOn && `offered ${formatIsoDate(r.offeredOn)}`,
    r.acceptedOn && `accepted ${formatIsoDate(r.acceptedOn)}`,
    r.declinedOn && `declined ${formatIsoDate(r.declinedOn)}`,
    r.paidOn && `paid ${formatIsoDate(r.paidOn)}`,
  ].filter(Boolean);
  return (
    <Stack
      gap={6}
      component="li"
      style={separated ? SEPARATED : undefined}
      aria-label={`${kind}${r.amountPence !== null ? ` ${formatPounds(r.amountPence)}` : ''}`}
    >
      <Group gap="xs">
        <Text fw={600}>{kind}</Text>
        {r.amountPence !== null && <Text fw={600}>{formatPounds(r.amountPence)}</Text>}
        <Badge variant="filled" radius="sm" color={r.status === 'declined' ? 'gray.7' : 'blue.9'}>
          {REMEDY_STATUS_LABELS[r.status]}
        </Badge>
        {awaitingPanel && (
          <Badge variant="filled" radius="sm" color="violet.9">
            Needs panel sign-off
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          Stage {r.stage}
        </Text>
      </Group>
      {r.text && <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>}
      {r.heads.length > 0 && (
        <Text size="sm">For: {r.heads.map((h) => COMPENSATION_HEAD_LABELS[h].toLowerCase()).join(', ')}</Text>
      )}
      {r.band && (
        <Text size="sm" c="dimmed">
          Ombudsman guidance: {r.band.label} — {r.band.meaning} ({source})
        </Text>
      )}
      {r.approvedAt && (
        <Text size="sm">
          Approved by the compensation panel: {r.approvedByName ?? 'a colleague'},{' '}
          {formatDateTime(r.approvedAt)}
        </Text>
      )}
      {(dates.length > 0 || r.offsetArrears) && (
        <Text size="sm">
          {dates.join(', ')}
          {r.offsetArrears ? ' — offset against rent arrears at the resident’s choice' : ''}
        </Text>
      )}
      <Group gap="xs">
        {awaitingPanel && r.status === 'proposed' && role !== 'officer' && (
          <Button
            size="compact-sm"
            variant="light"
            color="orange.9"
            loading={busy}
            onClick={onApprove}
            aria-label={`Approve ${kind} for the panel`}
          >
            Approve (panel)
          </Button>
        )}
        {steps.map((step) => (
          <Button
            key={step}
            size="compact-sm"
            variant="light"
            disabled={step === 'offer' && awaitingPanel}
            onClick={() => onStep(step)}
            aria-label={`${STEP_WORDS[step].title}: ${kind}`}
          >
            {STEP_WORDS[step].button}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

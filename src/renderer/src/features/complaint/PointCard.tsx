// One point of complaint: what the resident said and wants, and the decision on it with reasons.
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import type { ComplaintPoint } from '../../../../shared/contract/types';
import {
  POINT_DECISION_LABELS,
  POINT_DECISIONS,
  type PointDecision,
} from '../../../../shared/domain/vocabulary';
import { UpdatePointInput } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { formatIsoDate } from '../../ui/dates';
import { AmendPointButton } from '../amendments';
import { OUTCOME_POSSIBLE_LABELS } from './labels';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

const DECISION_OPTIONS = POINT_DECISIONS.map((d) => ({ value: d, label: POINT_DECISION_LABELS[d] }));
const DECISION_COLOURS: Record<PointDecision, string> = {
  upheld: 'red.9',
  partly_upheld: 'orange.9',
  not_upheld: 'gray.7',
};

export function PointCard({
  point,
  number,
  editable: open,
  issuedOn = null,
  onEdit,
  onSaved,
}: {
  point: ComplaintPoint;
  number: number;
  /** False once the case is closed. */
  editable: boolean;
  /** When the response of this point's stage was issued: its decision then stands, amended only. */
  issuedOn?: string | null;
  onEdit: () => void;
  onSaved: OnCaseSaved;
}) {
  const api = useApi();
  const editable = open && !issuedOn;
  const [decision, setDecision] = useState<PointDecision | null>(point.decision);
  const [reasons, setReasons] = useState(point.reasons ?? '');
  const { busy, check, run, shown } = useCaseAction(['decision', 'reasons'], { prefixes: ['changes'] });
  const changed = decision !== point.decision || reasons.trim() !== (point.reasons ?? '');
  const headingId = `point-${point.id}`;

  const changes = { decision, reasons: reasons || null };
  const local = check(UpdatePointInput, { id: point.id, changes });
  // A decision needs its reasons: the form's rule (the schema lets reasons wait).
  if (decision && !reasons.trim()) local.fields.reasons = 'Give the reasons for the decision.';
  const shownErrors = shown(local);

  function save(event?: FormEvent) {
    event?.preventDefault();
    if (!changed) return;
    void run(
      () => api.call('points.update', { id: point.id, changes }),
      (d) => onSaved(d, `Decision on point ${number} saved.`),
      local,
    );
  }

  return (
    <Paper withBorder radius="sm" p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={650} id={headingId}>
              Point {number}
            </Text>
            <Badge variant="outline" color="gray.7" radius="sm">
              Stage {point.stage}
            </Badge>
            {point.decision ? (
              <Badge color={DECISION_COLOURS[point.decision]} radius="sm">
                {POINT_DECISION_LABELS[point.decision]}
              </Badge>
            ) : (
              <Badge variant="outline" color="orange.9" radius="sm">
                No decision yet
              </Badge>
            )}
          </Group>
          {issuedOn ? (
            <AmendPointButton point={point} number={number} onSaved={onSaved} />
          ) : (
            editable && (
              <Button size="compact-sm" variant="subtle" onClick={onEdit} aria-label={`Edit point ${number}`}>
                Edit
              </Button>
            )
          )}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>“{point.point}”</Text>
        <Text size="sm">
          <Text span fw={600}>
            Outcome sought:
          </Text>{' '}
          {point.outcomeSought ?? 'Not recorded'}
        </Text>
        {point.outcomePossible && (
          <Text size="sm">
            <Text span fw={600}>
              Possible:
            </Text>{' '}
            {OUTCOME_POSSIBLE_LABELS[point.outcomePossible]}
            {point.possibilityNote ? ` — ${point.possibilityNote}` : ''}
          </Text>
        )}
        {editable ? (
          <form
            onSubmit={save}
            onKeyDownCapture={(e) =>
              getHotkeyHandler([
                [
                  'mod+Enter',
                  () => {
                    e.stopPropagation();
                    save();
                  },
                ],
              ])(e)
            }
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && e.target instanceof HTMLInputElement)
                e.preventDefault();
            }}
            noValidate
            aria-label={`Decision on point ${number}`}
          >
            <Stack gap="xs" mt={4}>
              <Group align="flex-start" gap="sm" wrap="wrap">
                <Select
                  label="Decision"
                  placeholder="Not decided"
                  data={DECISION_OPTIONS}
                  value={decision}
                  onChange={(v) => setDecision(v as PointDecision | null)}
                  error={shownErrors.fields.decision}
                  w={200}
                  clearable
                />
                <Textarea
                  label="Reasons"
                  description="Reference the policy, law or good practice relied on."
                  value={reasons}
                  onChange={(e) => setReasons(e.currentTarget.value)}
                  error={shownErrors.fields.reasons}
                  autosize
                  minRows={2}
                  maxRows={8}
                  style={{ flex: 1, minWidth: 260 }}
                />
              </Group>
              {shownErrors.form && (
                <Alert color="red" variant="light" role="alert" p="xs">
                  {shownErrors.form}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button type="submit" size="compact-md" variant="light" disabled={!changed} loading={busy}>
                  Save decision
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <>
            {issuedOn && (
              <Text size="sm" c="dimmed">
                Decision as issued in the stage {point.stage} response of {formatIsoDate(issuedOn)}.
              </Text>
            )}
            {point.reasons && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600}>
                  Reasons:
                </Text>{' '}
                {point.reasons}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

// The Code self-assessment, section by section: for each provision, comply yes or no, the evidence
// and a commentary. Where the case data answers a provision its suggestion is shown with the
// figure it rests on and a "Use this" button: nothing is filled in until the manager chooses.
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SelfAssessment, SelfAssessmentProvision } from '../../../../shared/contract/reports';
import type { ComplyAnswer } from '../../../../shared/reports/narrative';
import { useApi } from '../../api/ApiContext';
import { FormAlert } from '../../ui/FormAlert';
import { formatDateTime } from '../../ui/format';
import { useSave } from '../../ui/useSave';

interface Answer {
  comply: ComplyAnswer | null;
  evidence: string;
  commentary: string;
}

const answerOf = (p: SelfAssessmentProvision): Answer => ({
  comply: p.comply,
  evidence: p.evidence ?? '',
  commentary: p.commentary ?? '',
});

function ProvisionRow({
  p,
  answer,
  onChange,
}: {
  p: SelfAssessmentProvision;
  answer: Answer;
  onChange: (a: Answer) => void;
}) {
  const labelId = `provision-${p.number}`;
  const s = p.suggestion;
  return (
    <Paper withBorder p="sm" component="fieldset" aria-labelledby={labelId} style={{ margin: 0 }}>
      <Stack gap="xs">
        <Text id={labelId} fw={600}>
          {p.number} {p.requirement}
        </Text>
        {s && (
          <Alert variant="light" color="blue" p="xs">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">
                From the case data: <strong>{s.comply === 'yes' ? 'Yes' : 'No'}</strong> — {s.evidence}.
              </Text>
              <Button
                size="xs"
                variant="default"
                aria-label={`Use this for ${p.number}`}
                onClick={() => onChange({ ...answer, comply: s.comply, evidence: s.evidence })}
              >
                Use this
              </Button>
            </Group>
          </Alert>
        )}
        <div>
          <Text size="sm" fw={500} id={`${labelId}-comply`}>
            Do we comply?
          </Text>
          <SegmentedControl
            aria-labelledby={`${labelId}-comply`}
            data={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
              { value: '', label: 'Not answered' },
            ]}
            value={answer.comply ?? ''}
            onChange={(v) => onChange({ ...answer, comply: v === '' ? null : (v as ComplyAnswer) })}
          />
        </div>
        <Textarea
          label={`Evidence for ${p.number}`}
          autosize
          minRows={1}
          value={answer.evidence}
          onChange={(e) => onChange({ ...answer, evidence: e.currentTarget.value })}
        />
        <Textarea
          label={`Commentary for ${p.number}`}
          autosize
          minRows={1}
          value={answer.commentary}
          onChange={(e) => onChange({ ...answer, commentary: e.currentTarget.value })}
        />
      </Stack>
    </Paper>
  );
}

export function SelfAssessmentForm({
  assessment,
  onSaved,
}: {
  assessment: SelfAssessment;
  onSaved: (a: SelfAssessment) => void;
}) {
  const api = useApi();
  const all = assessment.sections.flatMap((s) => s.provisions);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(all.map((p) => [p.number, answerOf(p)])),
  );
  const { busy, errors, run } = useSave([]);
  const changed = all.filter((p) => {
    const a = answers[p.number]!;
    const was = answerOf(p);
    return a.comply !== was.comply || a.evidence !== was.evidence || a.commentary !== was.commentary;
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (changed.length === 0) return;
    void run(
      () =>
        api.call('selfAssessment.save', {
          year: assessment.year,
          items: changed.map((p) => ({ provision: p.number, ...answers[p.number]! })),
        }),
      'Self-assessment saved.',
      (saved) => {
        setAnswers(
          Object.fromEntries(saved.sections.flatMap((s) => s.provisions).map((p) => [p.number, answerOf(p)])),
        );
        onSaved(saved);
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Code self-assessment">
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={760}>
          {assessment.source}
        </Text>
        <FormAlert message={errors.form} />
        {assessment.sections.map((s) => (
          <Stack key={s.number} gap="sm">
            <Title order={3} size="h4">
              {s.number}. {s.title}
            </Title>
            {s.provisions.map((p) => (
              <ProvisionRow
                key={p.number}
                p={p}
                answer={answers[p.number]!}
                onChange={(a) => setAnswers((prev) => ({ ...prev, [p.number]: a }))}
              />
            ))}
          </Stack>
        ))}
        <Group>
          <Button type="submit" loading={busy} disabled={changed.length === 0}>
            Save the self-assessment
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {changed.length > 0
              ? `${changed.length} unsaved answer${changed.length === 1 ? '' : 's'}`
              : assessment.lastSavedAt
                ? `Last saved by ${assessment.lastSavedBy ?? 'someone'}, ${formatDateTime(assessment.lastSavedAt)}`
                : 'Not saved yet'}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

// After closure: how satisfied the resident was with the handling and with the outcome (1–5),
// what they said, and the day they were asked.
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CaseLearning } from '../../../../shared/contract/learning';
import { SATISFACTION_LABELS } from '../../../../shared/learning/satisfaction';
import { useApi } from '../../api/ApiContext';
import { DateField } from '../../ui/DateField';
import { todayIso } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { useSave } from '../../ui/useSave';

const SCORES = [1, 2, 3, 4, 5] as const;

function ScoreField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  return (
    <Radio.Group label={label} value={value} onChange={onChange} error={error} required>
      <Group gap="md" mt={6}>
        {SCORES.map((s) => (
          <Radio key={s} value={String(s)} label={`${s} · ${SATISFACTION_LABELS[s]}`} />
        ))}
      </Group>
    </Radio.Group>
  );
}

export function SatisfactionForm({
  learning,
  onSaved,
}: {
  learning: CaseLearning;
  onSaved: (l: CaseLearning) => void;
}) {
  const api = useApi();
  const s = learning.satisfaction;
  const [handling, setHandling] = useState(s ? String(s.handling) : '');
  const [outcome, setOutcome] = useState(s ? String(s.outcome) : '');
  const [comment, setComment] = useState(s?.comment ?? '');
  const [on, setOn] = useState(s?.askedOn ?? todayIso());
  const { busy, errors, run } = useSave(['handling', 'outcome', 'comment', 'on']);
  const [missing, setMissing] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const gaps: Record<string, string> = {};
    if (!handling) gaps.handling = 'Choose how satisfied the resident was with the handling.';
    if (!outcome) gaps.outcome = 'Choose how satisfied the resident was with the outcome.';
    setMissing(gaps);
    if (Object.keys(gaps).length) return;
    void run(
      () =>
        api.call('satisfaction.record', {
          caseId: learning.caseId,
          handling: Number(handling),
          outcome: Number(outcome),
          comment,
          on,
        }),
      'Satisfaction recorded.',
      onSaved,
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Satisfaction after closure">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Asked once the case is closed. 1 is very dissatisfied, 5 very satisfied.
        </Text>
        <FormAlert message={errors.form} />
        <ScoreField
          label="Satisfaction with how the complaint was handled"
          value={handling}
          onChange={setHandling}
          error={missing.handling ?? errors.fields.handling}
        />
        <ScoreField
          label="Satisfaction with the outcome"
          value={outcome}
          onChange={setOutcome}
          error={missing.outcome ?? errors.fields.outcome}
        />
        <Textarea
          label="What the resident said"
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={errors.fields.comment}
          autosize
          minRows={2}
        />
        <DateField
          label="Date asked"
          value={on}
          onChange={setOn}
          min={learning.closedOn ?? undefined}
          max={todayIso()}
          error={errors.fields.on}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={busy}>
            {s ? 'Update satisfaction' : 'Record satisfaction'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

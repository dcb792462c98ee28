// Offering a remedy, and recording the resident's answer and the payment, each on a date; when the
// resident accepts or is paid compensation they may choose to have it offset against rent arrears.
import { Checkbox, Stack } from '@mantine/core';
import { useState } from 'react';
import { RemedyMoneyStepInput } from '../../../../shared/contract/remedies';
import type { Remedy } from '../../../../shared/contract/remedyTypes';
import { useApi } from '../../api/ApiContext';
import { todayIso } from '../../ui/dates';
import { ModalForm, useCaseAction } from '../complaint';
import { DateField } from '../../ui/DateField';

export type RemedyStep = 'offer' | 'accept' | 'decline' | 'pay';

export const STEP_WORDS: Record<RemedyStep, { button: string; title: string; date: string; done: string }> = {
  offer: { button: 'Offer', title: 'Offer the remedy', date: 'Date offered', done: 'Remedy offered.' },
  accept: {
    button: 'Accepted',
    title: 'Record that the resident accepted',
    date: 'Date accepted',
    done: 'Recorded as accepted.',
  },
  decline: {
    button: 'Declined',
    title: 'Record that the resident declined',
    date: 'Date declined',
    done: 'Recorded as declined.',
  },
  pay: { button: 'Paid', title: 'Record that it was paid', date: 'Date paid', done: 'Recorded as paid.' },
};

export function RemedyStepForm({
  step,
  remedy,
  onSaved,
  onCancel,
}: {
  step: RemedyStep;
  remedy: Remedy;
  onSaved: (r: Remedy) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const w = STEP_WORDS[step];
  const [on, setOn] = useState(todayIso);
  const [offset, setOffset] = useState(remedy.offsetArrears);
  const { busy, check, run, shown } = useCaseAction(['on', 'offsetArrears']);
  const money = remedy.kind === 'financial' && (step === 'accept' || step === 'pay');

  const input = { id: remedy.id, on, ...(money ? { offsetArrears: offset } : {}) };
  const local = check(RemedyMoneyStepInput, input, { on: 'Enter the date.' });
  const errors = shown(local);

  function submit() {
    void run(() => api.call(`remedies.${step}`, input), onSaved, local);
  }

  return (
    <ModalForm
      label={w.title}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel={w.title}
    >
      <Stack gap="md">
        <DateField
          label={w.date}
          value={on}
          onChange={setOn}
          max={todayIso()}
          error={errors.fields.on}
          autoFocus
        />
        {money && (
          <Checkbox
            label="The resident chose to offset it against rent arrears"
            checked={offset}
            onChange={(e) => setOffset(e.currentTarget.checked)}
          />
        )}
      </Stack>
    </ModalForm>
  );
}

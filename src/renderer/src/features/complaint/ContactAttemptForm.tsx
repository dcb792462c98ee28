// A call or message to the resident before the response is issued, and what came of it.
import { Radio, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ContactAttempt } from '../../../../shared/contract/types';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../../../shared/domain/vocabulary';
import { ContactAttemptInput } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { DateField } from './DateField';
import { localDateTimeToIso, nowLocalDateTime } from '../../ui/dates';
import { ATTEMPT_OUTCOME_LABELS } from './labels';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

type Outcome = ContactAttempt['outcome'];
const OUTCOMES: Outcome[] = ['reached', 'no_answer', 'message_left'];
const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

export function ContactAttemptForm({
  caseId,
  onSaved,
  onCancel,
}: {
  caseId: string;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}) {
  const api = useApi();
  const [at, setAt] = useState(nowLocalDateTime);
  const [channel, setChannel] = useState<Channel>('phone');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState('');
  const { busy, errors, check, run } = useCaseAction(['at', 'channel', 'outcome', 'note']);

  function submit() {
    const input = { caseId, at: localDateTimeToIso(at), channel, outcome, note: note || null };
    const local = check(ContactAttemptInput, input, {
      at: 'Enter the date and time of the attempt.',
      outcome: 'Choose what happened.',
    });
    void run(
      () => api.call('cases.contactAttempt', { ...input, at: input.at!, outcome: input.outcome! }),
      (d) => onSaved(d, 'Contact attempt recorded.'),
      local,
    );
  }

  return (
    <ModalForm
      label="Record a contact attempt"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Record the attempt"
    >
      <Stack gap="md">
        <Radio.Group
          label="What happened?"
          value={outcome}
          onChange={(v) => setOutcome(v as Outcome)}
          error={errors.fields.outcome}
          required
          data-invalid-group={errors.fields.outcome ? true : undefined}
        >
          <Stack gap={8} mt={6}>
            {OUTCOMES.map((o, i) => (
              <Radio
                key={o}
                value={o}
                label={ATTEMPT_OUTCOME_LABELS[o]}
                {...(i === 0 ? { 'data-autofocus': true } : {})}
              />
            ))}
          </Stack>
        </Radio.Group>
        <DateField type="datetime-local" label="When" value={at} onChange={setAt} error={errors.fields.at} />
        <Select
          label="How"
          data={CHANNEL_OPTIONS}
          value={channel}
          onChange={(v) => v && setChannel(v as Channel)}
          allowDeselect={false}
          error={errors.fields.channel}
          w={260}
          maw="100%"
        />
        <Textarea
          label="Note"
          description="What was said or left, in brief."
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.fields.note}
          autosize
          minRows={2}
          maxRows={6}
        />
      </Stack>
    </ModalForm>
  );
}

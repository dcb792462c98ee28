// A call or message to the resident before the response is issued, and what came of it.
import { Radio, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  CHANNEL_LABELS,
  CHANNELS,
  CONTACT_OUTCOME_LABELS,
  CONTACT_OUTCOMES,
  type Channel,
  type ContactOutcome,
} from '../../../../shared/domain/vocabulary';
import { ContactAttemptInput } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { DateField } from '../../ui/DateField';
import { localDateTimeToIso, nowLocalDateTime } from '../../ui/dates';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

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
  const [outcome, setOutcome] = useState<ContactOutcome | null>(null);
  const [note, setNote] = useState('');
  const { busy, check, run, shown } = useCaseAction(['at', 'channel', 'outcome', 'note']);

  const input = { caseId, at: localDateTimeToIso(at), channel, outcome, note: note || null };
  const local = check(ContactAttemptInput, input, {
    at: 'Enter the date and time of the attempt.',
    outcome: 'Choose what happened.',
  });
  const shownErrors = shown(local);

  function submit() {
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
      errors={shownErrors}
      submitLabel="Record the attempt"
    >
      <Stack gap="md">
        <Radio.Group
          label="What happened?"
          value={outcome}
          onChange={(v) => setOutcome(v as ContactOutcome)}
          error={shownErrors.fields.outcome}
          required
          data-invalid-group={shownErrors.fields.outcome ? true : undefined}
        >
          <Stack gap={8} mt={6}>
            {CONTACT_OUTCOMES.map((o, i) => (
              <Radio
                key={o}
                value={o}
                label={CONTACT_OUTCOME_LABELS[o]}
                {...(i === 0 ? { 'data-autofocus': true } : {})}
              />
            ))}
          </Stack>
        </Radio.Group>
        <DateField
          type="datetime-local"
          label="When"
          value={at}
          onChange={setAt}
          error={shownErrors.fields.at}
        />
        <Select
          label="How"
          data={CHANNEL_OPTIONS}
          value={channel}
          onChange={(v) => v && setChannel(v as Channel)}
          allowDeselect={false}
          error={shownErrors.fields.channel}
          w={260}
          maw="100%"
        />
        <Textarea
          label="Note"
          description="What was said or left, in brief."
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={shownErrors.fields.note}
          autosize
          minRows={2}
          maxRows={6}
        />
      </Stack>
    </ModalForm>
  );
}

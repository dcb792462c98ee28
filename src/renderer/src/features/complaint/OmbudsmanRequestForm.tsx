// Something the Housing Ombudsman asked for: evidence (due in 15 working days unless they set a
// date) or an order to carry out.
import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { OmbudsmanRequestInput } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { DateField } from '../../ui/DateField';
import { todayIso } from '../../ui/dates';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

type Kind = 'evidence' | 'order';

export function OmbudsmanRequestForm({
  caseId,
  onSaved,
  onCancel,
}: {
  caseId: string;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}) {
  const api = useApi();
  const [kind, setKind] = useState<Kind>('evidence');
  const [detail, setDetail] = useState('');
  const [requestedOn, setRequestedOn] = useState(todayIso);
  const [dueOn, setDueOn] = useState('');
  const { busy, check, run, shown } = useCaseAction(['kind', 'detail', 'requestedOn', 'dueOn']);

  const input = { caseId, kind, detail, requestedOn, dueOn: dueOn || null };
  const local = check(OmbudsmanRequestInput, input, {
    detail: 'Say what the Ombudsman asked for.',
    requestedOn: 'Enter the date of the request.',
  });
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('ombudsman.addRequest', input),
      (d) => onSaved(d, kind === 'evidence' ? 'Evidence request recorded.' : 'Ombudsman order recorded.'),
      local,
    );
  }

  return (
    <ModalForm
      label="Add an Ombudsman request"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel="Add the request"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="ombudsman-kind">
            Kind of request
          </Text>
          <SegmentedControl
            aria-labelledby="ombudsman-kind"
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={[
              { value: 'evidence', label: 'Evidence request' },
              { value: 'order', label: 'Order' },
            ]}
            w={320}
            maw="100%"
          />
        </Stack>
        <Textarea
          label="What was asked for"
          value={detail}
          onChange={(e) => setDetail(e.currentTarget.value)}
          error={shownErrors.fields.detail}
          required
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
        />
        <DateField
          label="Date of the request"
          value={requestedOn}
          onChange={setRequestedOn}
          max={todayIso()}
          error={shownErrors.fields.requestedOn}
        />
        <DateField
          label="Due"
          value={dueOn}
          onChange={setDueOn}
          min={requestedOn || undefined}
          error={shownErrors.fields.dueOn}
          required={false}
          description={
            kind === 'evidence'
              ? 'Leave empty for the usual 15 working days.'
              : 'The date the Ombudsman set for the order.'
          }
        />
      </Stack>
    </ModalForm>
  );
}

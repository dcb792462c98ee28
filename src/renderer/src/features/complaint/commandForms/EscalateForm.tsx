// The resident asks for stage 2. They need not give reasons.
import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { CaseCommandInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiContext';
import { DateField } from '../../../ui/DateField';
import { todayIso } from '../../../ui/dates';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import type { CommandFormProps } from './types';

export function EscalateForm({ caseId, reference, complaint, onSaved, onCancel }: CommandFormProps) {
  const api = useApi();
  const [requestedOn, setRequestedOn] = useState(todayIso);
  const [reason, setReason] = useState('');
  const { busy, check, run, shown } = useCaseAction(['requestedOn', 'reason'], {
    prefixes: ['command'],
    aliases: { on: 'requestedOn' },
  });

  const command = { kind: 'escalate', requestedOn, reason: reason || null } as const;
  const local = check(
    CaseCommandInput,
    { id: caseId, command },
    { requestedOn: 'Enter the date the resident asked.' },
  );
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.command', { id: caseId, command }),
      (detail) => onSaved(detail, `${reference} escalated to stage 2.`),
      local,
    );
  }

  return (
    <ModalForm
      label="Escalate to stage 2"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel="Escalate to stage 2"
    >
      <Stack gap="md">
        <Text size="sm">
          Stage 2 must be acknowledged within 5 working days of the request and handled by someone other than{' '}
          {complaint.stage1HandlerName ?? 'the stage 1 handler'}.
        </Text>
        <DateField
          label="Date the resident asked to escalate"
          value={requestedOn}
          onChange={setRequestedOn}
          max={todayIso()}
          min={complaint.facts.stage1RespondedOn ?? undefined}
          error={shownErrors.fields.requestedOn}
          autoFocus
        />
        <Textarea
          label="What the resident is still unhappy about"
          description="Optional: the resident does not have to give reasons."
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={shownErrors.fields.reason}
          autosize
          minRows={2}
          maxRows={6}
        />
      </Stack>
    </ModalForm>
  );
}

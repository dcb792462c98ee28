// Extend the response deadline: the new date, the reason (it goes to the resident), when they
// were told, and an exceptional reason only when going beyond the Code's limit.
import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { stageTimescales } from '../../../../../shared/complaints/deadlines';
import { CODE_POLICY } from '../../../../../shared/complaints/policy';
import { CaseCommandInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiContext';
import { useQuery } from '../../../api/useQuery';
import { DateField } from '../../../ui/DateField';
import { formatIsoDate, todayIso, workingDays } from '../../../ui/dates';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import type { CommandFormProps } from './types';

export function ExtendForm({ caseId, reference, status, complaint, onSaved, onCancel }: CommandFormProps) {
  const api = useApi();
  const policy = useQuery('policy.get', {});
  const stage = status === 'stage2' ? 2 : 1;
  const current = complaint.deadline?.what === 'respond' ? complaint.deadline.due : complaint.respondBy;
  const latest = complaint.latestExtendedResponse;
  const limit = stageTimescales(policy.data?.policy ?? CODE_POLICY, stage).extend;
  const [newDue, setNewDue] = useState('');
  const [reason, setReason] = useState('');
  const [residentToldOn, setResidentToldOn] = useState(todayIso);
  const [exceptionalReason, setExceptionalReason] = useState('');
  const { busy, check, run, shown } = useCaseAction(
    ['newDue', 'reason', 'residentToldOn', 'exceptionalReason'],
    {
      prefixes: ['command'],
    },
  );
  const beyondLimit = Boolean(latest && newDue && newDue > latest);

  const command = {
    kind: 'extend',
    newDue,
    reason,
    residentToldOn,
    exceptionalReason: exceptionalReason || null,
  } as const;
  const local = check(
    CaseCommandInput,
    { id: caseId, command },
    {
      newDue: 'Enter the new response date.',
      reason: 'Give the reason for the extension (it goes to the resident).',
      residentToldOn: 'Enter the date the resident was told.',
    },
  );
  // The Code's limits, which depend on this case's deadlines: the schema cannot know them.
  if (!local.fields.newDue && current && newDue <= current)
    local.fields.newDue = `The new date must be after the current deadline, ${formatIsoDate(current)}.`;
  if (beyondLimit && !exceptionalReason.trim())
    local.fields.exceptionalReason = `Going beyond ${formatIsoDate(latest)} needs an exceptional reason.`;
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.command', { id: caseId, command }),
      (detail) => onSaved(detail, `${reference}: stage ${stage} response now due ${formatIsoDate(newDue)}.`),
      local,
    );
  }

  return (
    <ModalForm
      label={`Extend the stage ${stage} deadline`}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel="Extend the deadline"
    >
      <Stack gap="md">
        <Alert color="indigo" variant="light" icon={<IconInfoCircle aria-hidden />} p="sm">
          <Text size="sm">
            Currently due <strong>{formatIsoDate(current)}</strong>. The Code allows an extension of at most{' '}
            {workingDays(limit)} at stage {stage}
            {latest ? (
              <>
                {' '}
                — no later than <strong>{formatIsoDate(latest)}</strong>
              </>
            ) : null}{' '}
            — unless there is good reason. Tell the resident before the current deadline, with the new date,
            the reasons and the Housing Ombudsman’s contact details.
          </Text>
        </Alert>
        <DateField
          label="New response date"
          value={newDue}
          onChange={setNewDue}
          min={current ?? undefined}
          error={shownErrors.fields.newDue}
          autoFocus
        />
        <Textarea
          label="Reason for the extension"
          description="In plain words: it goes to the resident."
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={shownErrors.fields.reason}
          required
          autosize
          minRows={2}
          maxRows={6}
        />
        <DateField
          label="Date the resident was told"
          value={residentToldOn}
          onChange={setResidentToldOn}
          max={todayIso()}
          error={shownErrors.fields.residentToldOn}
        />
        <Textarea
          label="Exceptional reason"
          description={
            latest
              ? `Only needed to go beyond ${formatIsoDate(latest)}, the Code’s limit of ${workingDays(limit)}: record the good reason.`
              : `Only needed to go beyond the Code’s limit of ${workingDays(limit)}: record the good reason.`
          }
          value={exceptionalReason}
          onChange={(e) => setExceptionalReason(e.currentTarget.value)}
          error={shownErrors.fields.exceptionalReason}
          required={beyondLimit}
          autosize
          minRows={beyondLimit ? 2 : 1}
          maxRows={6}
        />
      </Stack>
    </ModalForm>
  );
}

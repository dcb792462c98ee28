// Not accepting a complaint, or refusing to escalate it: only on the Code's grounds, explained in
// writing, and the resident is told of their right to take the decision to the Ombudsman.
import { Alert, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import {
  EXCLUSION_REASON_LABELS,
  EXCLUSION_REASONS,
  type ExclusionReason,
} from '../../../../../shared/domain/vocabulary';
import { CaseCommandInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiContext';
import { DateField } from '../../../ui/DateField';
import { todayIso } from '../../../ui/dates';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import { WindowNoteAlert } from '../WindowNoteAlert';
import type { CommandFormProps } from './types';

const REASON_OPTIONS = EXCLUSION_REASONS.map((r) => ({ value: r, label: EXCLUSION_REASON_LABELS[r] }));

export function ExclusionForm({
  kind,
  caseId,
  reference,
  complaint,
  onSaved,
  onCancel,
}: CommandFormProps & { kind: 'decline' | 'refuse_escalation' }) {
  const api = useApi();
  const [on, setOn] = useState(todayIso);
  const [reason, setReason] = useState<ExclusionReason | null>(null);
  const [explanation, setExplanation] = useState('');
  const { busy, check, run, shown } = useCaseAction(['on', 'reason', 'explanation'], {
    prefixes: ['command'],
  });
  const decline = kind === 'decline';

  const local = check(
    CaseCommandInput,
    { id: caseId, command: { kind, on, reason, explanation } },
    {
      on: 'Enter the date of the decision.',
      reason: 'Choose the reason.',
      explanation: decline
        ? 'Explain in writing why the complaint is not accepted.'
        : 'Explain in writing why escalation is refused.',
    },
  );
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.command', { id: caseId, command: { kind, on, reason: reason!, explanation } }),
      (detail) =>
        onSaved(
          detail,
          decline
            ? `${reference} not accepted as a complaint and closed.`
            : `${reference}: escalation refused.`,
        ),
      local,
    );
  }

  return (
    <ModalForm
      label={decline ? 'Do not accept as a complaint' : 'Refuse escalation'}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel={decline ? 'Do not accept' : 'Refuse escalation'}
      submitColor="red.9"
    >
      <Stack gap="md">
        <Text size="sm">
          {decline
            ? 'A complaint must be accepted unless one of these reasons applies to this case, with evidence.'
            : 'Escalation may be refused only on the same grounds as not accepting a complaint.'}
        </Text>
        {decline && complaint.windowNote && <WindowNoteAlert note={complaint.windowNote} />}
        <Select
          label="Reason"
          placeholder="Choose the reason"
          data={REASON_OPTIONS}
          value={reason}
          onChange={(v) => setReason(v as ExclusionReason | null)}
          error={shownErrors.fields.reason}
          required
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label="Written explanation to the resident"
          description="The reasons, in plain words, as they will read them."
          value={explanation}
          onChange={(e) => setExplanation(e.currentTarget.value)}
          error={shownErrors.fields.explanation}
          required
          autosize
          minRows={3}
          maxRows={8}
        />
        <DateField
          label="Date of the decision"
          value={on}
          onChange={setOn}
          max={todayIso()}
          error={shownErrors.fields.on}
        />
        <Alert color="indigo" variant="light" icon={<IconScale aria-hidden />} p="sm">
          The resident will be told, in writing, of their right to take this decision to the Housing
          Ombudsman.
        </Alert>
      </Stack>
    </ModalForm>
  );
}

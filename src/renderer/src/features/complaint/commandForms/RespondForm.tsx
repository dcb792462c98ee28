// Issue the stage 1 or final (stage 2) response. Every point needs a decision first; the dialog
// lists what the response letter must say under the Code (6.9 and 6.19).
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { CaseCommandInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiContext';
import { plural } from '../../../ui/format';
import { DateField } from '../../../ui/DateField';
import { formatIsoDate, todayIso } from '../../../ui/dates';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import type { CommandFormProps } from './types';

export function RespondForm({ caseId, reference, status, complaint, onSaved, onCancel }: CommandFormProps) {
  const api = useApi();
  const stage = status === 'stage2' ? 2 : 1;
  const [on, setOn] = useState(todayIso);
  const { busy, check, run, shown } = useCaseAction(['on'], { prefixes: ['command'] });
  const undecided = complaint.points.filter((p) => p.stage <= stage && !p.decision).length;
  const title = stage === 2 ? 'Issue the final response' : 'Issue the stage 1 response';

  const command = { kind: 'respond', on } as const;
  const local = check(
    CaseCommandInput,
    { id: caseId, command },
    { on: 'Enter the date the response was sent.' },
  );
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.command', { id: caseId, command }),
      (detail) =>
        onSaved(
          detail,
          stage === 2
            ? `${reference}: final response issued on ${formatIsoDate(on)}.`
            : `${reference}: stage 1 response issued on ${formatIsoDate(on)}.`,
        ),
      local,
    );
  }

  return (
    <ModalForm
      label={title}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel={title}
    >
      <Stack gap="md">
        {undecided > 0 && !shownErrors.form && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} p="sm">
            {plural(undecided, 'point of complaint')} still {undecided === 1 ? 'needs' : 'need'} a decision.
            Record one on every point before responding.
          </Alert>
        )}
        <DateField
          label="Date the response was sent"
          value={on}
          onChange={setOn}
          max={todayIso()}
          error={shownErrors.fields.on}
          autoFocus
        />
        <div>
          <Text size="sm" fw={600}>
            The response must set out, in plain language:
          </Text>
          <List size="sm" spacing={2} mt={4}>
            <List.Item>the complaint stage and the complaint definition</List.Item>
            <List.Item>the decision on each point, with the reasons</List.Item>
            <List.Item>any remedy offered and the actions still outstanding</List.Item>
            <List.Item>
              {stage === 2
                ? 'how to take the complaint to the Housing Ombudsman if still dissatisfied'
                : 'how to escalate to stage 2 if still dissatisfied'}
            </List.Item>
          </List>
        </div>
      </Stack>
    </ModalForm>
  );
}

// Hand the case to another officer: it moves to their My work. At stage 2 the stage 1 handler
// cannot take it (the Code requires a different person), so they are shown but cannot be chosen.
import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CaseCommandInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiContext';
import { useSession } from '../../../api/SessionContext';
import { AddColleagueInline, useColleagues } from '../../people';
import { makesStage2Handler } from '../../../../../shared/complaints/stage2Handler';
import { mayHandleStage2 } from '../../../../../shared/domain/roles';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import type { CommandFormProps } from './types';

export function AssignForm({ caseId, reference, complaint, onSaved, onCancel }: CommandFormProps) {
  const api = useApi();
  const { me } = useSession();
  const people = useColleagues();
  const atStage2 = makesStage2Handler(complaint.facts, 'assign');
  const stage1Handler = complaint.facts.stage1HandlerId;
  const [handlerId, setHandlerId] = useState<string | null>(null);
  const { busy, check, run, shown } = useCaseAction(['handlerId'], { prefixes: ['command'] });
  const offered = (people.data ?? [{ id: me.id, name: me.name, role: me.role, active: true }]).filter(
    (p) => p.active,
  );
  const options = offered.map((p) => {
    const barred = atStage2 && p.id === stage1Handler;
    const junior = atStage2 && !barred && !mayHandleStage2(p.role);
    return {
      value: p.id,
      label: `${p.name}${p.id === me.id ? ' (you)' : ''}${p.id === complaint.facts.ownerId ? ' — has it now' : ''}${barred ? ' — handled stage 1' : ''}${junior ? ' — not a senior officer' : ''}`,
      disabled: barred || junior,
    };
  });

  const command = { kind: 'assign', handlerId: handlerId ?? '' } as const;
  const local = check(CaseCommandInput, { id: caseId, command }, { handlerId: 'Choose who takes the case.' });
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.command', { id: caseId, command }),
      (detail) =>
        onSaved(detail, `${reference} handed to ${detail.complaint.ownerName ?? 'another officer'}.`),
      local,
    );
  }

  return (
    <ModalForm
      label="Hand to another officer"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel="Hand over"
    >
      <Stack gap="md">
        <Text size="sm">
          Currently with <strong>{complaint.ownerName ?? 'nobody'}</strong>. The case moves to the new
          officer’s My work, and the history records the handover.
        </Text>
        <Select
          label="New handler"
          placeholder={people.loading && !people.data ? 'Loading people…' : 'Choose a person'}
          data={options}
          value={handlerId}
          onChange={setHandlerId}
          error={shownErrors.fields.handlerId}
          required
          data-autofocus
          styles={{ wrapper: { width: 360, maxWidth: '100%' } }}
        />
        <AddColleagueInline
          role={atStage2 ? 'senior_officer' : 'officer'}
          onAdded={(c) => {
            people.add(c);
            setHandlerId(c.id);
          }}
        />
      </Stack>
    </ModalForm>
  );
}

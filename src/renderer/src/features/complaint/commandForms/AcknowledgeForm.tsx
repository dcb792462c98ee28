// Acknowledge at stage 1 or 2: when, how the resident was told, and who handles the stage. At
// stage 2 the Code requires a different person from the stage 1 handler, so that person is shown
// but cannot be chosen — and a colleague can be added in place, so a one-laptop store is not stuck.
import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../../../../shared/domain/vocabulary';
import { CaseCommandInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiContext';
import { useSession } from '../../../api/SessionContext';
import { AddColleagueInline, useColleagues } from '../../people';
import { mayHandleStage2 } from '../../../../../shared/domain/roles';
import { DateField } from '../../../ui/DateField';
import { formatIsoDate, todayIso } from '../../../ui/dates';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import type { CommandFormProps } from './types';

const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

export function AcknowledgeForm({
  caseId,
  reference,
  status,
  complaint,
  onSaved,
  onCancel,
}: CommandFormProps) {
  const api = useApi();
  const { me } = useSession();
  const people = useColleagues();
  const stage = status === 'stage2_requested' ? 2 : 1;
  const stage1Handler = complaint.facts.stage1HandlerId;
  const [on, setOn] = useState(todayIso);
  const [how, setHow] = useState<Channel>('phone');
  const [handlerId, setHandlerId] = useState<string | null>(
    stage === 2 && (me.id === stage1Handler || !mayHandleStage2(me.role)) ? null : me.id,
  );
  const { busy, check, run, shown } = useCaseAction(['on', 'how', 'handlerId'], { prefixes: ['command'] });

  const stage1Name = complaint.stage1HandlerName ?? 'the stage 1 handler';
  const mustDiffer = `Stage 2 must be handled by someone other than ${stage1Name}, who handled stage 1.`;
  const chooseOther = `Choose someone other than ${stage1Name}: the Code requires a different person at stage 2.`;
  // Deactivated colleagues are not offered new work (the stage 1 handler is shown, barred, for why).
  const offered = (people.data ?? [{ id: me.id, name: me.name, role: me.role, active: true }]).filter(
    (p) => p.active || (stage === 2 && p.id === stage1Handler),
  );
  const options = offered.map((p) => {
    const handledStage1 = stage === 2 && p.id === stage1Handler;
    // Stage 2 is for a senior officer or above: officers are shown, barred, so the list explains itself.
    const junior = stage === 2 && !handledStage1 && !mayHandleStage2(p.role);
    return {
      value: p.id,
      label: `${p.name}${p.id === me.id ? ' (you)' : ''}${handledStage1 ? ' — handled stage 1' : ''}${junior ? ' — not a senior officer' : ''}`,
      disabled: handledStage1 || junior,
    };
  });

  const command = { kind: 'acknowledge', on, how, handlerId } as const;
  const local = check(
    CaseCommandInput,
    { id: caseId, command },
    { on: 'Enter the date the complaint was acknowledged.' },
  );
  // The Code's rule, which needs to know who handled stage 1: the schema cannot say it.
  if (stage === 2 && (!handlerId || handlerId === stage1Handler)) local.fields.handlerId = chooseOther;
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.command', { id: caseId, command }),
      (detail) => onSaved(detail, `${reference} acknowledged at stage ${stage}.`),
      local,
    );
  }

  const due = complaint.deadline?.what === 'acknowledge' ? complaint.deadline.due : complaint.acknowledgeBy;
  return (
    <ModalForm
      label={stage === 2 ? 'Acknowledge stage 2' : 'Acknowledge the complaint'}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel={stage === 2 ? 'Acknowledge stage 2' : 'Acknowledge'}
    >
      <Stack gap="md">
        {due && (
          <Text size="sm">
            The Code asks for the acknowledgement within 5 working days: by{' '}
            <strong>{formatIsoDate(due)}</strong>. It sets out the complaint definition, the response date,
            who is handling it, any adjustments agreed and how to contact the Housing Ombudsman.
          </Text>
        )}
        <DateField
          label="Date acknowledged"
          value={on}
          onChange={setOn}
          max={todayIso()}
          error={shownErrors.fields.on}
          autoFocus
        />
        <Select
          label="How the resident was told"
          data={CHANNEL_OPTIONS}
          value={how}
          onChange={(v) => v && setHow(v as Channel)}
          allowDeselect={false}
          error={shownErrors.fields.how}
          w={260}
          maw="100%"
        />
        <Select
          label={`Handler for stage ${stage}`}
          description={stage === 2 ? mustDiffer : 'Who will investigate and respond.'}
          placeholder={people.loading && !people.data ? 'Loading people…' : 'Choose a person'}
          data={options}
          value={handlerId}
          onChange={setHandlerId}
          error={shownErrors.fields.handlerId}
          required
          styles={{ wrapper: { width: 360, maxWidth: '100%' } }}
        />
        <AddColleagueInline
          role={stage === 2 ? 'senior_officer' : 'officer'}
          onAdded={(c) => {
            people.add(c);
            setHandlerId(c.id);
          }}
        />
        {people.error ? (
          <Text size="sm" c="red.9" role="alert">
            The list of people could not be loaded; only you can be chosen.
          </Text>
        ) : null}
      </Stack>
    </ModalForm>
  );
}

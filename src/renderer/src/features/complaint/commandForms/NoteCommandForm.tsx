// Close, withdraw or reopen: a date and a note (required for a withdrawal and a reopening).
import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { CaseCommandInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiContext';
import { DateField } from '../../../ui/DateField';
import { todayIso } from '../../../ui/dates';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import { ActionsManagerField } from './ActionsManagerField';
import type { CommandFormProps } from './types';

type Kind = 'close' | 'withdraw' | 'reopen';

const WORDS: Record<
  Kind,
  { title: string; submit: string; date: string; note: string; hint: string; required: boolean; done: string }
> = {
  close: {
    title: 'Close the case',
    submit: 'Close the case',
    date: 'Date closed',
    note: 'Closing note',
    hint: 'Optional: how it was resolved, or anything to follow up.',
    required: false,
    done: 'closed',
  },
  withdraw: {
    title: 'Record a withdrawal',
    submit: 'Record the withdrawal',
    date: 'Date withdrawn',
    note: 'How and why the resident withdrew',
    hint: 'Keep the resident’s own words where you can.',
    required: true,
    done: 'withdrawn by the resident and closed',
  },
  reopen: {
    title: 'Reopen the case',
    submit: 'Reopen the case',
    date: 'Date reopened',
    note: 'Why the case is reopened',
    hint: 'It goes back to where it was before it closed.',
    required: true,
    done: 'reopened',
  },
};

export function NoteCommandForm({
  kind,
  caseId,
  reference,
  status,
  complaint,
  onSaved,
  onCancel,
}: CommandFormProps & { kind: Kind }) {
  const api = useApi();
  const w = WORDS[kind];
  const [on, setOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const [actionsManager, setActionsManager] = useState('');
  const { busy, check, run, shown } = useCaseAction(['on', 'note', 'actionsManager'], {
    prefixes: ['command'],
  });

  const command =
    kind === 'close'
      ? { kind, on, note: note || null, actionsManager: actionsManager || null }
      : { kind, on, note };
  const local = check(
    CaseCommandInput,
    { id: caseId, command },
    { on: 'Enter the date.', note: `${w.note} is needed.` },
  );
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.command', { id: caseId, command }),
      (detail) => onSaved(detail, `${reference} ${w.done}.`),
      local,
    );
  }

  const canStillEscalate =
    kind === 'close' && status === 'stage1_responded' && complaint.facts.type === 'complaint';
  return (
    <ModalForm
      label={w.title}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel={w.submit}
    >
      <Stack gap="md">
        {canStillEscalate && (
          <Text size="sm">The resident can still ask to escalate to stage 2 after the case is closed.</Text>
        )}
        <DateField
          label={w.date}
          value={on}
          onChange={setOn}
          max={todayIso()}
          error={shownErrors.fields.on}
          autoFocus
        />
        <Textarea
          label={w.note}
          description={w.hint}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={shownErrors.fields.note}
          required={w.required}
          autosize
          minRows={2}
          maxRows={6}
        />
        {kind === 'close' && (
          <ActionsManagerField
            caseId={caseId}
            value={actionsManager}
            onChange={setActionsManager}
            error={shownErrors.fields.actionsManager}
          />
        )}
      </Stack>
    </ModalForm>
  );
}

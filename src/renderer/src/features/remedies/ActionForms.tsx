// The dialogs of a promised action: promise it (what, who owns it and the contact the resident
// was given, by when), record an update given to the resident, and complete it with evidence.
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ActionUpdateInput, AddActionInput, CompleteActionInput } from '../../../../shared/contract/remedies';
import type { PromisedAction, Remedy } from '../../../../shared/contract/remedyTypes';
import {
  CHANNELS,
  CHANNEL_LABELS,
  REMEDY_KIND_LABELS,
  type Channel,
} from '../../../../shared/domain/vocabulary';
import { formatPounds } from '../../../../shared/remedies/money';
import { useApi } from '../../api/ApiContext';
import { todayIso } from '../../ui/dates';
import { ModalForm, useCaseAction } from '../complaint';
import { DateField } from '../../ui/DateField';

const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

export function AddActionForm({
  caseId,
  remedies,
  onSaved,
  onCancel,
}: {
  caseId: string;
  remedies: Remedy[];
  onSaved: (a: PromisedAction) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [ownerContact, setOwnerContact] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [remedyId, setRemedyId] = useState<string | null>(null);
  const { busy, check, run, shown } = useCaseAction(['what', 'owner', 'ownerContact', 'dueOn', 'remedyId']);

  const input = { caseId, what, owner, ownerContact, dueOn, remedyId };
  const local = check(AddActionInput, input, {
    dueOn: 'Enter the date it is promised by.',
    owner: 'Name the colleague or team who owns it.',
    ownerContact: 'Enter the contact the resident was given.',
    what: 'Say what was promised.',
  });
  const errors = shown(local);

  function submit() {
    void run(() => api.call('actions.add', input), onSaved, local);
  }

  return (
    <ModalForm
      label="Add a promised action"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Add the action"
    >
      <Stack gap="md">
        <Textarea
          label="What was promised"
          value={what}
          onChange={(e) => setWhat(e.currentTarget.value)}
          error={errors.fields.what}
          required
          autosize
          minRows={2}
          data-autofocus
        />
        <TextInput
          label="Owner"
          description="A colleague’s name (as in People) or a team."
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          error={errors.fields.owner}
          required
        />
        <TextInput
          label="Contact given to the resident"
          description="The phone number or email the resident can use about this action."
          value={ownerContact}
          onChange={(e) => setOwnerContact(e.currentTarget.value)}
          error={errors.fields.ownerContact}
          required
        />
        <DateField label="Due by" value={dueOn} onChange={setDueOn} error={errors.fields.dueOn} />
        {remedies.length > 0 && (
          <Select
            label="Remedy it carries out"
            description="Optional."
            data={remedies.map((r) => ({
              value: r.id,
              label: `${REMEDY_KIND_LABELS[r.kind]}${r.amountPence !== null ? ` ${formatPounds(r.amountPence)}` : ''}${r.text ? ` — ${r.text.slice(0, 60)}` : ''}`,
            }))}
            value={remedyId}
            onChange={setRemedyId}
            clearable
            error={errors.fields.remedyId}
          />
        )}
      </Stack>
    </ModalForm>
  );
}

export function ActionUpdateForm({
  action,
  onSaved,
  onCancel,
}: {
  action: PromisedAction;
  onSaved: (a: PromisedAction) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [method, setMethod] = useState<Channel>('phone');
  const [said, setSaid] = useState('');
  const [on, setOn] = useState(todayIso);
  const { busy, check, run, shown } = useCaseAction(['method', 'said', 'on']);

  const input = { id: action.id, method, said, on };
  const local = check(ActionUpdateInput, input, {
    said: 'Say what the resident was told.',
    on: 'Enter the date.',
  });
  const errors = shown(local);

  function submit() {
    void run(() => api.call('actions.update', input), onSaved, local);
  }

  return (
    <ModalForm
      label="Record an update to the resident"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Record the update"
    >
      <Stack gap="md">
        <Select
          label="How the resident was told"
          data={CHANNEL_OPTIONS}
          value={method}
          onChange={(v) => v && setMethod(v as Channel)}
          allowDeselect={false}
          error={errors.fields.method}
          data-autofocus
        />
        <Textarea
          label="What was said"
          value={said}
          onChange={(e) => setSaid(e.currentTarget.value)}
          error={errors.fields.said}
          required
          autosize
          minRows={2}
        />
        <DateField label="Date" value={on} onChange={setOn} max={todayIso()} error={errors.fields.on} />
      </Stack>
    </ModalForm>
  );
}

export function CompleteActionForm({
  action,
  onSaved,
  onCancel,
}: {
  action: PromisedAction;
  onSaved: (a: PromisedAction) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [evidence, setEvidence] = useState('');
  const [on, setOn] = useState(todayIso);
  const { busy, check, run, shown } = useCaseAction(['evidence', 'on']);

  const input = { id: action.id, evidence, on };
  const local = check(CompleteActionInput, input, {
    evidence: 'Say what shows it was done (a job number, a signed-off visit…).',
    on: 'Enter the date it was done.',
  });
  const errors = shown(local);

  function submit() {
    void run(() => api.call('actions.complete', input), onSaved, local);
  }

  return (
    <ModalForm
      label="Complete the action"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Mark it done"
    >
      <Stack gap="md">
        <Textarea
          label="Evidence it was done"
          description="A job number, a signed-off visit, a letter sent…"
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
          error={errors.fields.evidence}
          required
          autosize
          minRows={2}
          data-autofocus
        />
        <DateField label="Date done" value={on} onChange={setOn} max={todayIso()} error={errors.fields.on} />
      </Stack>
    </ModalForm>
  );
}

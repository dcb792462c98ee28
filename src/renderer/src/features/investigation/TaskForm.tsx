// A new investigation task: what must be checked, with whom, by when, and who chases it.
import { Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { AddTaskInput } from '../../../../shared/contract/investigation';
import { useApi } from '../../api/ApiContext';
import { todayIso } from '../../ui/dates';
import { ModalForm, useCaseAction } from '../complaint';
import { DateField } from '../../ui/DateField';
import type { PointChoice } from './NoteForm';

const WHOLE_CASE = 'case';

export function TaskForm({
  caseId,
  people,
  points,
  onSaved,
  onCancel,
}: {
  caseId: string;
  people: { id: string; name: string }[];
  points: PointChoice[];
  onSaved: (done: string) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [what, setWhat] = useState('');
  const [withWhom, setWithWhom] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [about, setAbout] = useState<string>(WHOLE_CASE);
  const { busy, check, run, shown } = useCaseAction(['what', 'withWhom', 'dueOn', 'assigneeId', 'pointId']);
  const input = { caseId, what, withWhom, dueOn, assigneeId, pointId: about === WHOLE_CASE ? null : about };
  const local = check(AddTaskInput, input, {
    what: 'Say what must be checked.',
    withWhom: 'Say who it is checked with: a department, contractor or person.',
    dueOn: 'Enter the date it is due.',
  });
  const errors = shown(local);

  function submit() {
    const done = () => onSaved('Task added.');
    void run(() => api.call('tasks.add', input), done, local, done);
  }

  return (
    <ModalForm
      label="Add a task"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Add the task"
    >
      <Stack gap="md">
        <Textarea
          label="What must be checked"
          value={what}
          onChange={(e) => setWhat(e.currentTarget.value)}
          error={errors.fields.what}
          required
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
        />
        <TextInput
          label="With whom"
          description="A department, contractor or person."
          value={withWhom}
          onChange={(e) => setWithWhom(e.currentTarget.value)}
          error={errors.fields.withWhom}
          required
        />
        <DateField
          label="Due"
          value={dueOn}
          onChange={setDueOn}
          min={todayIso()}
          error={errors.fields.dueOn}
        />
        <Select
          label="Assigned to"
          placeholder="Nobody yet"
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          value={assigneeId}
          onChange={setAssigneeId}
          error={errors.fields.assigneeId}
          clearable
          searchable
        />
        {points.length > 0 && (
          <Select
            label="About"
            data={[{ value: WHOLE_CASE, label: 'The whole case' }, ...points]}
            value={about}
            onChange={(v) => setAbout(v ?? WHOLE_CASE)}
            error={errors.fields.pointId}
            allowDeselect={false}
          />
        )}
      </Stack>
    </ModalForm>
  );
}

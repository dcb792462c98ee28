// The answer to an investigation task, recorded when it comes back.
import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { CompleteTaskInput } from '../../../../shared/contract/investigation';
import type { InvestigationTask } from '../../../../shared/contract/investigationTypes';
import { useApi } from '../../api/ApiContext';
import { todayIso } from '../../ui/dates';
import { ModalForm, useCaseAction } from '../complaint';
import { DateField } from '../../ui/DateField';

export function TaskDoneForm({
  task,
  onSaved,
  onCancel,
}: {
  task: InvestigationTask;
  onSaved: (done: string) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [answer, setAnswer] = useState('');
  const [on, setOn] = useState(todayIso);
  const { busy, check, run, shown } = useCaseAction(['answer', 'on']);
  const input = { taskId: task.id, answer, on };
  const local = check(CompleteTaskInput, input, {
    answer: 'Write the answer that came back.',
    on: 'Enter the date the answer came back.',
  });
  const errors = shown(local);

  function submit() {
    const done = () => onSaved('Task marked done.');
    void run(() => api.call('tasks.complete', input), done, local, done);
  }

  return (
    <ModalForm
      label="Mark the task done"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Mark done"
    >
      <Stack gap="md">
        <Text size="sm">
          {task.what} (with {task.withWhom})
        </Text>
        <Textarea
          label="Answer"
          value={answer}
          onChange={(e) => setAnswer(e.currentTarget.value)}
          error={errors.fields.answer}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
        />
        <DateField
          label="Answer received on"
          value={on}
          onChange={setOn}
          max={todayIso()}
          error={errors.fields.on}
        />
      </Stack>
    </ModalForm>
  );
}

// A case's learning: its service area, the root cause from the landlord's list, the lesson learned.
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CaseLearning } from '../../../../shared/contract/learning';
import type { ServiceArea } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { FormAlert } from '../../ui/FormAlert';
import { SERVICE_AREA_OPTIONS } from './options';
import { useSave } from '../../ui/useSave';

export function LearningForm({
  learning,
  onSaved,
}: {
  learning: CaseLearning;
  onSaved: (l: CaseLearning) => void;
}) {
  const api = useApi();
  const [area, setArea] = useState<string | null>(learning.serviceArea);
  const [rootCause, setRootCause] = useState<string | null>(learning.rootCause);
  const [lesson, setLesson] = useState(learning.lesson ?? '');
  const { busy, errors, run } = useSave(['serviceArea', 'rootCause', 'lesson']);
  // A cause recorded before the list changed is still shown (and kept unless changed).
  const causes =
    rootCause && !learning.rootCauses.includes(rootCause)
      ? [rootCause, ...learning.rootCauses]
      : learning.rootCauses;

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () =>
        api.call('learning.set', {
          caseId: learning.caseId,
          serviceArea: (area as ServiceArea | null) ?? null,
          rootCause,
          lesson,
        }),
      'Learning saved.',
      onSaved,
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Learning from this complaint">
      <Stack gap="sm">
        <FormAlert message={errors.form} />
        <Group grow align="flex-start">
          <Select
            label="Service area"
            data={SERVICE_AREA_OPTIONS}
            value={area}
            onChange={setArea}
            clearable
            error={errors.fields.serviceArea}
          />
          <Select
            label="Root cause"
            description="From your landlord’s list (Settings)"
            data={causes}
            value={rootCause}
            onChange={setRootCause}
            clearable
            searchable
            error={errors.fields.rootCause}
          />
        </Group>
        <Textarea
          label="Lesson learned"
          description="What will be done differently because of this complaint"
          value={lesson}
          onChange={(e) => setLesson(e.currentTarget.value)}
          error={errors.fields.lesson}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={busy}>
            Save learning
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// Merge into another case (the same complaint logged twice): this one closes and points there.
import { Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { AppError } from '../../../../../shared/contract/errors';
import { useApi } from '../../../api/ApiContext';
import { DateField } from '../../../ui/DateField';
import { todayIso } from '../../../ui/dates';
import { ModalForm } from '../ModalForm';
import { useCaseAction } from '../useCaseAction';
import type { CommandFormProps } from './types';

export function MergeForm({ caseId, reference, onSaved, onCancel }: CommandFormProps) {
  const api = useApi();
  const [into, setInto] = useState('');
  const [on, setOn] = useState(todayIso);
  const { busy, errors, run, setErrors } = useCaseAction(['into', 'on'], {
    prefixes: ['command'],
    aliases: { intoCaseId: 'into' },
  });

  async function submit() {
    const wanted = into.trim();
    if (!wanted)
      return setErrors({ fields: { into: 'Enter the reference of the case to merge into.' }, form: null });
    if (wanted.toUpperCase() === reference.toUpperCase())
      return setErrors({ fields: { into: 'Choose a different case from this one.' }, form: null });
    let target: { id: string; reference: string };
    try {
      target = (await api.call('cases.get', { idOrReference: wanted })).case;
    } catch (error) {
      const notFound = error instanceof AppError && error.code === 'NOT_FOUND';
      return setErrors({
        fields: notFound ? { into: `No case ${wanted} in this store.` } : {},
        form: notFound ? null : 'That case could not be looked up. Try again.',
      });
    }
    await run(
      () => api.call('cases.command', { id: caseId, command: { kind: 'merge', on, intoCaseId: target.id } }),
      (detail) => onSaved(detail, `${reference} merged into ${target.reference}.`),
    );
  }

  return (
    <ModalForm
      label="Merge into another case"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Merge"
    >
      <Stack gap="md">
        <Text size="sm">
          Use this when the same complaint was logged twice. {reference} closes and points to the other case;
          nothing is deleted.
        </Text>
        <TextInput
          label="Reference of the case to keep"
          value={into}
          onChange={(e) => setInto(e.currentTarget.value)}
          error={errors.fields.into}
          required
          spellCheck={false}
          autoComplete="off"
          w={260}
          maw="100%"
          data-autofocus
        />
        <DateField
          label="Date merged"
          value={on}
          onChange={setOn}
          max={todayIso()}
          error={errors.fields.on}
        />
      </Stack>
    </ModalForm>
  );
}

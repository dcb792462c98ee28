// The Ombudsman's case reference and, when it comes, its determination.
import { Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ComplaintView } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { DateField } from '../../ui/DateField';
import { todayIso } from '../../ui/dates';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

export function OmbudsmanDetailsForm({
  caseId,
  complaint,
  onSaved,
  onCancel,
}: {
  caseId: string;
  complaint: ComplaintView;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}) {
  const api = useApi();
  const [reference, setReference] = useState(complaint.ombudsmanReference ?? '');
  const [determination, setDetermination] = useState(complaint.ombudsmanDetermination ?? '');
  const [determinedOn, setDeterminedOn] = useState(complaint.ombudsmanDeterminedOn ?? '');
  const { busy, errors, run } = useCaseAction(
    ['ombudsmanReference', 'ombudsmanDetermination', 'ombudsmanDeterminedOn'],
    { prefixes: ['changes'] },
  );

  function submit() {
    const changes: Record<string, string | null> = {};
    const put = (key: string, now: string, before: string | null) => {
      if ((now.trim() || null) !== (before || null)) changes[key] = now.trim() || null;
    };
    put('ombudsmanReference', reference, complaint.ombudsmanReference);
    put('ombudsmanDetermination', determination, complaint.ombudsmanDetermination);
    put('ombudsmanDeterminedOn', determinedOn, complaint.ombudsmanDeterminedOn);
    if (Object.keys(changes).length === 0) return onCancel();
    void run(
      () => api.call('cases.updateComplaint', { id: caseId, changes }),
      (d) => onSaved(d, 'Ombudsman details saved.'),
    );
  }

  return (
    <ModalForm
      label="Ombudsman details"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Save"
    >
      <Stack gap="md">
        <TextInput
          label="Ombudsman’s reference"
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={errors.fields.ombudsmanReference}
          w={260}
          maw="100%"
          spellCheck={false}
          data-autofocus
        />
        <Textarea
          label="Determination"
          description="The Ombudsman’s findings and any orders, in brief."
          value={determination}
          onChange={(e) => setDetermination(e.currentTarget.value)}
          error={errors.fields.ombudsmanDetermination}
          autosize
          minRows={2}
          maxRows={8}
        />
        <DateField
          label="Date of the determination"
          value={determinedOn}
          onChange={setDeterminedOn}
          max={todayIso()}
          error={errors.fields.ombudsmanDeterminedOn}
          required={false}
        />
      </Stack>
    </ModalForm>
  );
}

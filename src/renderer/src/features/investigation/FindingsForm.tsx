// What the investigation found on one point, and the policy, law or good practice relied on.
import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { InvestigatePointInput } from '../../../../shared/contract/investigation';
import type { PointInvestigation } from '../../../../shared/contract/investigationTypes';
import { useApi } from '../../api/ApiContext';
import { ModalForm } from '../complaint';
import { useSave } from './useSave';

export function FindingsForm({
  point,
  number,
  onSaved,
  onCancel,
}: {
  point: PointInvestigation;
  number: number;
  onSaved: (done: string) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [findings, setFindings] = useState(point.findings ?? '');
  const [basis, setBasis] = useState(point.basis ?? '');
  const { busy, errors, save } = useSave(['findings', 'basis']);

  function submit() {
    const input = { pointId: point.id, findings, basis };
    void save(
      InvestigatePointInput,
      input,
      () => api.call('points.investigate', input),
      () => onSaved(`Findings on point ${number} saved.`),
    );
  }

  return (
    <ModalForm
      label={`Findings on point ${number}`}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Save findings"
    >
      <Stack gap="md">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          “{point.point}”
        </Text>
        <Textarea
          label="Findings"
          description="What the investigation found."
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
          error={errors.fields.findings}
          autosize
          minRows={4}
          maxRows={12}
          data-autofocus
        />
        <Textarea
          label="Basis"
          description="The policy, law or good practice the decision relies on."
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          error={errors.fields.basis}
          autosize
          minRows={2}
          maxRows={6}
        />
      </Stack>
    </ModalForm>
  );
}

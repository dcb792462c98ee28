// What the investigation found on one point, and the policy, law or good practice relied on.
import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { InvestigatePointInput } from '../../../../shared/contract/investigation';
import type { PointInvestigation } from '../../../../shared/contract/investigationTypes';
import { useApi } from '../../api/ApiContext';
import { ModalForm, useCaseAction } from '../complaint';

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
  const { busy, check, run, shown } = useCaseAction(['findings', 'basis']);
  const input = { pointId: point.id, findings, basis };
  const local = check(InvestigatePointInput, input);
  const errors = shown(local);

  function submit() {
    const done = () => onSaved(`Findings on point ${number} saved.`);
    void run(() => api.call('points.investigate', input), done, local, done);
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

// A remedy for the case (or one of its points): its kind, what it says, and for compensation the
// amount in pounds with what it is for, the Ombudsman's band shown beside it as guidance.
import { Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { AddRemedyInput } from '../../../../shared/contract/remedies';
import type { Remedy, RemedyList } from '../../../../shared/contract/remedyTypes';
import type { ComplaintPoint } from '../../../../shared/contract/complaintTypes';
import { compensationBand, needsPanelSignOff } from '../../../../shared/remedies/compensation';
import { poundsToPence } from '../../../../shared/remedies/money';
import {
  COMPENSATION_HEADS,
  COMPENSATION_HEAD_LABELS,
  REMEDY_KINDS,
  REMEDY_KIND_LABELS,
  type CompensationHead,
  type RemedyKind,
} from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { truncate } from '../../ui/format';
import { ModalForm, useCaseAction } from '../complaint';
import { BandGuidance } from './BandGuidance';

const KIND_OPTIONS = REMEDY_KINDS.map((k) => ({ value: k, label: REMEDY_KIND_LABELS[k] }));

export function AddRemedyForm({
  caseId,
  points,
  policy,
  onSaved,
  onCancel,
}: {
  caseId: string;
  points: ComplaintPoint[];
  policy: Pick<RemedyList, 'thresholdPence' | 'bands'>;
  onSaved: (r: Remedy) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [kind, setKind] = useState<RemedyKind>('apology');
  const [pointId, setPointId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [amount, setAmount] = useState('');
  const [heads, setHeads] = useState<CompensationHead[]>([]);
  const { busy, check, run, shown } = useCaseAction(['kind', 'pointId', 'text', 'amountPence', 'heads']);
  const financial = kind === 'financial';
  const pence = financial ? poundsToPence(amount) : null;

  const input = {
    caseId,
    pointId,
    kind,
    text: text || null,
    ...(financial ? { amountPence: pence ?? Number.NaN, heads } : {}),
  };
  const local = check(AddRemedyInput, input, { amountPence: 'Enter the amount in pounds, e.g. 150.00.' });
  if (financial && amount.trim() && pence === null)
    local.fields.amountPence = 'Enter the amount in pounds and pence, e.g. 150.00.';
  const errors = shown(local);

  function submit() {
    void run(() => api.call('remedies.add', input), onSaved, local);
  }

  return (
    <ModalForm
      label="Add a remedy"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Add the remedy"
    >
      <Stack gap="md">
        <Select
          label="Kind of remedy"
          data={KIND_OPTIONS}
          value={kind}
          onChange={(v) => v && setKind(v as RemedyKind)}
          allowDeselect={false}
          error={errors.fields.kind}
          data-autofocus
        />
        {points.length > 0 && (
          <Select
            label="Point of complaint"
            description="Optional: the point this remedy puts right."
            data={points.map((p) => ({ value: p.id, label: truncate(p.point, 80) }))}
            value={pointId}
            onChange={setPointId}
            clearable
            error={errors.fields.pointId}
          />
        )}
        <Textarea
          label="What it says"
          description="In the words the resident will read, e.g. the apology or what will be done."
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.fields.text}
          autosize
          minRows={2}
          maxRows={6}
        />
        {financial && (
          <>
            <Group align="flex-start" wrap="nowrap" gap="md">
              <TextInput
                label="Amount (£)"
                inputMode="decimal"
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                error={errors.fields.amountPence}
                required
                w={160}
              />
              <Stack gap={4} pt={24} style={{ flex: 1 }} aria-live="polite">
                {pence !== null && (
                  <BandGuidance
                    band={compensationBand(pence, policy.bands)}
                    source={policy.bands.source}
                    signOff={needsPanelSignOff(pence, policy.thresholdPence)}
                    thresholdPence={policy.thresholdPence}
                  />
                )}
              </Stack>
            </Group>
            <Checkbox.Group
              label="What it is for"
              description="At least one."
              value={heads}
              onChange={(v) => setHeads(v as CompensationHead[])}
              error={errors.fields.heads}
              required
            >
              <Stack gap={6} mt={6}>
                {COMPENSATION_HEADS.map((h) => (
                  <Checkbox key={h} value={h} label={COMPENSATION_HEAD_LABELS[h]} />
                ))}
              </Stack>
            </Checkbox.Group>
          </>
        )}
      </Stack>
    </ModalForm>
  );
}

// Flag a health and safety risk (what it is, the senior manager told, and when) or clear the flag.
import { Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ComplaintView } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { DateField } from '../../ui/DateField';
import { localDateTimeToIso, nowLocalDateTime } from '../../ui/dates';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return nowLocalDateTime();
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? nowLocalDateTime() : nowLocalDateTime(d);
}

export function HealthAndSafetyForm({
  mode,
  caseId,
  reference,
  complaint,
  onSaved,
  onCancel,
}: {
  mode: 'flag' | 'clear';
  caseId: string;
  reference: string;
  complaint: ComplaintView;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}) {
  const api = useApi();
  // As it was when the dialog opened (the case moves on while the dialog fades out after a save).
  const [current] = useState(complaint.healthAndSafety);
  const [detail, setDetail] = useState(current?.detail ?? '');
  const [toldWhom, setToldWhom] = useState(current?.toldWhom ?? '');
  const [toldAt, setToldAt] = useState(() => toLocalInput(current?.toldAt));
  const { busy, errors, run } = useCaseAction(['detail', 'toldWhom', 'toldAt']);

  if (mode === 'clear') {
    return (
      <ModalForm
        label="Clear the health and safety flag"
        onSubmit={() =>
          void run(
            () => api.call('cases.healthAndSafety', { id: caseId, risk: false }),
            (d) => onSaved(d, `${reference}: health and safety flag cleared.`),
          )
        }
        onCancel={onCancel}
        busy={busy}
        errors={errors}
        submitLabel="Clear the flag"
        focusCancel
      >
        <Text size="sm">
          Clear the flag only once the risk has been dealt with. The case history keeps who raised it and who
          cleared it.
        </Text>
      </ModalForm>
    );
  }

  function submit() {
    // Not the schema's to say: it lets a flag be cleared without detail, and cannot see a half-typed time.
    const local: Record<string, string> = {};
    if (!detail.trim()) local.detail = 'Describe the risk.';
    const at = toldAt ? localDateTimeToIso(toldAt) : null;
    if (toldAt && !at) local.toldAt = 'Enter a date and time.';
    void run(
      () =>
        api.call('cases.healthAndSafety', {
          id: caseId,
          risk: true,
          detail,
          toldWhom: toldWhom || null,
          toldAt: at,
        }),
      (d) => onSaved(d, `${reference}: health and safety risk flagged.`),
      { fields: local, form: null },
    );
  }

  return (
    <ModalForm
      label="Health and safety risk"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel={current ? 'Save' : 'Flag the risk'}
      submitColor="red.9"
    >
      <Stack gap="md">
        <Text size="sm">
          A risk to health or safety is referred to a senior manager straight away. Record what it is and who
          was told.
        </Text>
        <Textarea
          label="What is the risk?"
          value={detail}
          onChange={(e) => setDetail(e.currentTarget.value)}
          error={errors.fields.detail}
          required
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
        />
        <TextInput
          label="Who was told"
          description="The senior manager the risk was referred to."
          value={toldWhom}
          onChange={(e) => setToldWhom(e.currentTarget.value)}
          error={errors.fields.toldWhom}
        />
        <DateField
          type="datetime-local"
          label="When they were told"
          value={toldAt}
          onChange={setToldAt}
          error={errors.fields.toldAt}
          required={false}
        />
      </Stack>
    </ModalForm>
  );
}

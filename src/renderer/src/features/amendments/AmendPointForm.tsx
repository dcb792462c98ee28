// Amend what an issued response said about a point: which field, its new value, and why. The
// original stays on the case beside the amendment.
import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import {
  AMENDED_FIELD_LABELS,
  amendedValueText,
  type AmendablePointField,
} from '../../../../shared/complaints/amendments';
import { FROZEN_POINT_FIELDS } from '../../../../shared/complaints/issued';
import { AmendInput } from '../../../../shared/contract/amendments';
import type { CaseDetail } from '../../../../shared/contract/types';
import { POINT_DECISION_LABELS, POINT_DECISIONS } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf, type FieldErrors } from '../../api/errors';
import { DialogFields } from '../../ui/DialogFields';

/** What the form needs of a point (findings and basis when the case page has them). */
export interface AmendablePoint {
  id: string;
  decision: string | null;
  reasons: string | null;
  findings?: string | null;
  basis?: string | null;
}

const FIELD_OPTIONS = FROZEN_POINT_FIELDS.map((f) => ({ value: f, label: AMENDED_FIELD_LABELS[f] }));
const DECISION_OPTIONS = POINT_DECISIONS.map((d) => ({ value: d, label: POINT_DECISION_LABELS[d] }));

export function AmendPointForm({
  point,
  number,
  onSaved,
  onCancel,
}: {
  point: AmendablePoint;
  number: number;
  onSaved: (detail: CaseDetail, done: string) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [field, setField] = useState<AmendablePointField>('decision');
  const current = (f: AmendablePointField) => point[f] ?? '';
  const [value, setValue] = useState<string>(current('decision'));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ fields: FieldErrors; form: string | null }>({
    fields: {},
    form: null,
  });

  function chooseField(f: AmendablePointField) {
    setField(f);
    setValue(current(f));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const input = { recordKind: 'complaint_point' as const, recordId: point.id, field, value, reason };
    const local = AmendInput.safeParse(input);
    if (!local.success) return setErrors({ fields: fieldErrorsFromZod(local.error.issues), form: null });
    setBusy(true);
    try {
      const detail = await api.call('amendments.amend', input);
      onSaved(detail, `Point ${number}: ${AMENDED_FIELD_LABELS[field].toLowerCase()} amended.`);
    } catch (error) {
      const fields = fieldErrorsFrom(error);
      const placed = fields.value || fields.reason;
      setErrors(placed ? { fields, form: null } : { fields: {}, form: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Amend point ${number}`}
      onKeyDownCapture={(e) => getHotkeyHandler([['mod+Enter', () => void submit()]])(e)}
    >
      <Stack gap="md">
        <Text size="sm">
          The response has been issued, so this is recorded as an amendment: the original stays on the case,
          with your reason, for the resident and the Ombudsman to see.
        </Text>
        {errors.form && (
          <Alert
            color="red"
            variant="light"
            title="Not saved"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
          >
            {errors.form}
          </Alert>
        )}
        <DialogFields>
          <Select
            label="What to amend"
            data={FIELD_OPTIONS}
            value={field}
            onChange={(v) => v && chooseField(v as AmendablePointField)}
            allowDeselect={false}
            w={320}
            maw="100%"
            data-autofocus
          />
          <Text size="sm">
            <Text span fw={600}>
              As issued:
            </Text>{' '}
            {amendedValueText(field, point[field] ?? null)}
          </Text>
          {field === 'decision' ? (
            <Select
              label="New decision"
              data={DECISION_OPTIONS}
              value={value || null}
              onChange={(v) => setValue(v ?? '')}
              allowDeselect={false}
              error={errors.fields.value}
              required
              w={240}
            />
          ) : (
            <Textarea
              label={`New ${AMENDED_FIELD_LABELS[field].toLowerCase()}`}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={errors.fields.value}
              required
              autosize
              minRows={3}
              maxRows={10}
            />
          )}
          <Textarea
            label="Reason for the amendment"
            description="Why the issued response was wrong or incomplete."
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.fields.reason}
            required
            autosize
            minRows={2}
            maxRows={6}
          />
        </DialogFields>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Record the amendment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

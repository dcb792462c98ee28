import { Radio, Stack } from '@mantine/core';
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType } from '../../../../shared/domain/vocabulary';

export type Classification = CaseType | 'none';

const HINTS: Record<Classification, string> = {
  complaint: 'An expression of dissatisfaction that needs a response, however it is worded.',
  service_request: 'Asking us to do something, such as a repair.',
  enquiry: 'A question or a request for information.',
  negative_feedback: 'Unhappy, but does not want it handled as a complaint.',
  compliment: 'Praise for a person or a service.',
  none: 'Record the call without opening a case.',
};

const ORDER: Classification[] = [
  'complaint',
  'service_request',
  'enquiry',
  'negative_feedback',
  'compliment',
  'none',
];

export function ClassificationField({
  value,
  onChange,
  error,
}: {
  value: Classification | null;
  onChange: (v: Classification) => void;
  error?: string | undefined;
}) {
  return (
    <Radio.Group
      data-invalid-group={error ? true : undefined}
      label="What is this?"
      description="Opens a case of this type from the call. If the resident is unhappy, treat it as a complaint."
      value={value}
      onChange={(v) => onChange(v as Classification)}
      error={error}
      required
      name="classification"
    >
      <Stack gap={8} mt="xs">
        {ORDER.map((c) => (
          <Radio
            key={c}
            value={c}
            label={c === 'none' ? 'Just log the call' : CASE_TYPE_LABELS[c]}
            description={HINTS[c]}
            styles={{ label: { fontWeight: 600 } }}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function openCaseAsFrom(c: Classification | null): CaseType | null {
  return c && c !== 'none' && (CASE_TYPES as readonly string[]).includes(c) ? c : null;
}

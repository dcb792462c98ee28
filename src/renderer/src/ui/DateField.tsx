// A calendar date (YYYY-MM-DD) typed or picked with the browser's own date control.
import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

export function DateField({
  label,
  value,
  onChange,
  error,
  description,
  min,
  max,
  required = true,
  autoFocus = false,
  type = 'date',
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  min?: string | undefined;
  max?: string | undefined;
  required?: boolean;
  /** Where the dialog puts focus when it opens. */
  autoFocus?: boolean;
  /** `datetime-local` for a date and time. */
  type?: 'date' | 'datetime-local';
}) {
  return (
    <TextInput
      type={type}
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required={required}
      min={min}
      max={max}
      // Only the box is narrow: the label, hint and error use the dialog's width.
      styles={{ wrapper: { width: type === 'date' ? 200 : 240, maxWidth: '100%' } }}
      {...(autoFocus ? { 'data-autofocus': true } : {})}
    />
  );
}

// One number in the complaint policy: its label, the Code's figure, the box, and beneath it any
// error from checking or a yellow note where the setting is looser than the Code.
import { NumberInput, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { CodeWarning } from './CodeWarning';
import classes from './PolicyNumberField.module.css';
import type { NumberValue } from './policyForm';

export function PolicyNumberField({
  name,
  label,
  description,
  value,
  onChange,
  error,
  warning,
  min,
  max,
  suffix,
  placeholder,
}: {
  name: string;
  label: string;
  description: ReactNode;
  value: NumberValue;
  onChange: (value: NumberValue) => void;
  error?: string | undefined;
  warning?: string | undefined;
  min: number;
  max: number;
  suffix: string;
  placeholder?: string;
}) {
  return (
    <Stack gap={6} data-policy-field={name}>
      <NumberInput
        name={name}
        label={label}
        description={description}
        value={value}
        onChange={onChange}
        error={error}
        min={min}
        max={max}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        hideControls
        rightSection={<span aria-hidden>{suffix}</span>}
        rightSectionWidth={suffix.length * 7 + 16}
        rightSectionPointerEvents="none"
        placeholder={placeholder}
        classNames={{
          root: classes.root,
          label: classes.label,
          description: classes.description,
          wrapper: classes.wrapper,
          error: classes.error,
        }}
        styles={{
          section: { color: 'var(--mantine-color-dimmed)', fontSize: 'var(--mantine-font-size-sm)' },
        }}
      />
      {warning && !error && <CodeWarning message={warning} />}
    </Stack>
  );
}

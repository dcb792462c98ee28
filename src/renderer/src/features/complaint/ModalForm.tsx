// The body of every complaint dialog: the fields, a plain-English error at the top when the main
// side refused, and Cancel / save. Ctrl+Enter saves from any field (as on Log a call); plain Enter
// in a one-line field never does. After a failed save, focus goes to the first field in error.
import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { DialogFields } from '../../ui/DialogFields';
import { useModKey } from '../../ui/useModKey';
import type { FormErrors } from './formErrors';

export function ModalForm({
  label,
  onSubmit,
  onCancel,
  busy,
  errors,
  submitLabel,
  submitColor,
  focusCancel = false,
  children,
}: {
  /** The form's accessible name (usually the dialog's title). */
  label: string;
  onSubmit: () => void;
  onCancel: () => void;
  busy: boolean;
  errors: FormErrors;
  submitLabel: string;
  submitColor?: string;
  /** A confirmation with no fields: focus starts on Cancel, the safe choice. */
  focusCancel?: boolean;
  children: ReactNode;
}) {
  const modKey = useModKey();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // A new set of errors: take the person to the first thing that needs fixing. Not when an error
  // clears as its field is put right (the person is still typing there).
  const shownBefore = useRef<FormErrors>(errors);
  useEffect(() => {
    const before = shownBefore.current;
    shownBefore.current = errors;
    if (!errors.form && Object.keys(errors.fields).length === 0) return;
    const fewer =
      errors.form === before.form &&
      Object.keys(errors.fields).length < Object.keys(before.fields).length &&
      Object.keys(errors.fields).every((k) => k in before.fields);
    if (fewer) return;
    const field = formRef.current?.querySelector<HTMLElement>(
      'input[aria-invalid="true"], textarea[aria-invalid="true"], [data-invalid-group] input',
    );
    if (field) field.focus();
    else alertRef.current?.focus();
  }, [errors]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!busy) onSubmit();
  }

  // Caught on the way down, so a list box with focus does not open on the same key.
  function onKeyDownCapture(event: KeyboardEvent<HTMLFormElement>) {
    // A part of the form that saves on its own (adding a colleague in place) keeps its keys.
    if ((event.target as HTMLElement).closest('[data-own-hotkeys]')) return;
    getHotkeyHandler([
      [
        'mod+Enter',
        () => {
          event.stopPropagation();
          submit();
        },
      ],
    ])(event);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && target instanceof HTMLInputElement)
      event.preventDefault();
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onKeyDownCapture={onKeyDownCapture}
      noValidate
      aria-label={label}
    >
      <Stack gap="md">
        {errors.form && (
          <Alert
            ref={alertRef}
            tabIndex={-1}
            color="red"
            variant="light"
            title="Not saved"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
          >
            {errors.form}
          </Alert>
        )}
        <DialogFields>{children}</DialogFields>
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            Save with <Kbd size="xs">{modKey}</Kbd> + <Kbd size="xs">Enter</Kbd>
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              onClick={onCancel}
              disabled={busy}
              {...(focusCancel ? { 'data-autofocus': true } : {})}
            >
              Cancel
            </Button>
            <Button type="submit" loading={busy} {...(submitColor ? { color: submitColor } : {})}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

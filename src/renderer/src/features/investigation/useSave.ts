// One save from an investigation dialog: checked first with the contract's schema, busy while it
// runs, errors placed by field when it fails (the form stays as typed), done when it succeeds.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { z } from 'zod';
import { messageOf, wasSaved } from '../../api/errors';
import { checkInput, hasErrors, NO_FORM_ERRORS, placeErrors, type FormErrors } from '../complaint';

export function useSave(fields: readonly string[], prefixes: readonly string[] = []) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);

  async function save(
    schema: z.ZodType,
    input: unknown,
    call: () => Promise<unknown>,
    onDone: () => void,
    whenEmpty: Record<string, string> = {},
  ): Promise<void> {
    if (busy) return;
    const local = checkInput(schema, input, fields, { prefixes, whenEmpty });
    if (hasErrors(local)) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors(NO_FORM_ERRORS);
    try {
      await call();
      onDone();
    } catch (error) {
      if (wasSaved(error)) {
        notifications.show({ color: 'yellow.9', title: 'Saved', message: messageOf(error) });
        onDone();
      } else setErrors(placeErrors(error, fields, { prefixes }));
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, save };
}

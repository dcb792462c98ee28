// One save from a remedies or actions form: checked first with the contract's schema, busy while
// it runs, errors placed by field when it fails (the form stays as typed).
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { z } from 'zod';
import { messageOf, wasSaved } from '../../api/errors';
import { checkInput, hasErrors, NO_FORM_ERRORS, placeErrors, type FormErrors } from '../complaint';

export function useSave(fields: readonly string[], options: { prefixes?: readonly string[] } = {}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);

  function check(schema: z.ZodType, input: unknown, whenEmpty: Record<string, string> = {}): FormErrors {
    return checkInput(schema, input, fields, { ...options, whenEmpty });
  }

  async function run<T>(call: () => Promise<T>, onDone: (value: T) => void, local = NO_FORM_ERRORS) {
    if (busy) return;
    if (hasErrors(local)) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors(NO_FORM_ERRORS);
    try {
      onDone(await call());
    } catch (error) {
      if (wasSaved(error)) {
        notifications.show({ color: 'yellow.9', title: 'Saved', message: messageOf(error) });
        return;
      }
      setErrors(placeErrors(error, fields, options));
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, setErrors, check, run };
}

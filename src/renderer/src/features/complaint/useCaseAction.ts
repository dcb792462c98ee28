// One save from a case's dialog (complaint steps, investigation, remedies and actions): checked
// first with the contract's schema, busy while it runs, errors placed by field when it fails (the
// form stays as typed), and what the main side answered when it succeeds.
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { stillWrong } from '../../ui/stillWrong';
import { messageOf, wasSaved } from '../../api/errors';
import type { z } from 'zod';
import { checkInput, type EmptyWording } from './checkInput';
import { hasErrors, NO_FORM_ERRORS, placeErrors, type FormErrors, type Placement } from './formErrors';

export function useCaseAction(fields: readonly string[], options: Placement = {}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  // The errors came from the form's own check (so they clear as the fields are put right).
  const [found, setFound] = useState(false);
  // The same object while what is shown stays the same, so the form moves focus only on a change.
  const last = useRef<{ key: string; errors: FormErrors } | null>(null);

  /** What the contract's `schema` finds wrong with `input`, placed on this form's fields. */
  function check(schema: z.ZodType, input: unknown, whenEmpty: EmptyWording = {}): FormErrors {
    return checkInput(schema, input, fields, { ...options, whenEmpty });
  }

  /**
   * Runs `call` unless the form's own check (`local`) found problems; true when it saved.
   * `onSavedNotShown`: what to do when it saved but the answer could not be read (close the form).
   */
  async function run<T>(
    call: () => Promise<T>,
    onSaved: (answer: T) => void,
    local: FormErrors = NO_FORM_ERRORS,
    onSavedNotShown?: () => void,
  ): Promise<boolean> {
    if (busy) return false;
    if (hasErrors(local)) {
      setErrors(local);
      setFound(true);
      return false;
    }
    setBusy(true);
    setErrors(NO_FORM_ERRORS);
    setFound(false);
    try {
      onSaved(await call());
      return true;
    } catch (error) {
      if (wasSaved(error)) {
        notifications.show({ color: 'yellow.9', title: 'Saved', message: messageOf(error) });
        onSavedNotShown?.();
        return true;
      }
      setErrors(placeErrors(error, fields, options));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /**
   * The errors to show, given the same check of what the form holds `now`: one the check found
   * clears as soon as its field is put right; the main side's stay until the next save.
   */
  function shown(now: FormErrors): FormErrors {
    if (!found) return errors;
    const fields = stillWrong(errors.fields, now.fields);
    if (Object.keys(fields).length === Object.keys(errors.fields).length) return errors;
    const key = JSON.stringify(fields);
    if (last.current?.key !== key || last.current.errors.form !== errors.form)
      last.current = { key, errors: { fields, form: errors.form } };
    return last.current.errors;
  }

  return { busy, errors, setErrors, check, run, shown };
}

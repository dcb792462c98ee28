// One save from a complaint form: checked first with the contract's schema, busy while it runs,
// errors placed by field when it fails (the form stays as typed), and the case as the main side
// now has it when it succeeds.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { messageOf, wasSaved } from '../../api/errors';
import type { z } from 'zod';
import type { CaseDetail } from '../../../../shared/contract/types';
import { checkInput, type EmptyWording } from './checkInput';
import { hasErrors, NO_FORM_ERRORS, placeErrors, type FormErrors, type Placement } from './formErrors';

export function useCaseAction(fields: readonly string[], options: Placement = {}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);

  /** What the contract's `schema` finds wrong with `input`, placed on this form's fields. */
  function check(schema: z.ZodType, input: unknown, whenEmpty: EmptyWording = {}): FormErrors {
    return checkInput(schema, input, fields, { ...options, whenEmpty });
  }

  /** Runs `call` unless the form's own check (`local`) found problems; true when it saved. */
  async function run(
    call: () => Promise<CaseDetail>,
    onSaved: (detail: CaseDetail) => void,
    local: FormErrors = NO_FORM_ERRORS,
  ): Promise<boolean> {
    if (busy) return false;
    if (hasErrors(local)) {
      setErrors(local);
      return false;
    }
    setBusy(true);
    setErrors(NO_FORM_ERRORS);
    try {
      const detail = await call();
      onSaved(detail);
      return true;
    } catch (error) {
      if (wasSaved(error)) {
        notifications.show({ color: 'yellow.9', title: 'Saved', message: messageOf(error) });
        return true;
      }
      setErrors(placeErrors(error, fields, options));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, setErrors, check, run };
}

// One save from a complaint form: busy while it runs, errors placed by field when it fails (the
// form stays as typed), and the case as the main side now has it when it succeeds.
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { NO_FORM_ERRORS, placeErrors, type FormErrors } from './formErrors';

export function useCaseAction(
  fields: readonly string[],
  options: { prefixes?: readonly string[]; aliases?: Record<string, string> } = {},
) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);

  /** Runs `call` unless the form's own check (`local`) found problems; true when it saved. */
  async function run(
    call: () => Promise<CaseDetail>,
    onSaved: (detail: CaseDetail) => void,
    local: FormErrors['fields'] = {},
  ): Promise<boolean> {
    if (busy) return false;
    if (Object.keys(local).length > 0) {
      setErrors({ fields: local, form: null });
      return false;
    }
    setBusy(true);
    setErrors(NO_FORM_ERRORS);
    try {
      const detail = await call();
      onSaved(detail);
      return true;
    } catch (error) {
      setErrors(placeErrors(error, fields, options));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, setErrors, run };
}

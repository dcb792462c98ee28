// What was wrong with a form, placed where a person will see it: next to the field it is about, or
// at the top of the form in plain English when no field on screen matches. The problems come from
// the contract's schema before sending (checkInput) or from the main side after.
import { AppError, type FieldIssue } from '../../../../shared/contract/errors';
import { messageOf, type FieldErrors } from '../../api/errors';

export interface FormErrors {
  fields: FieldErrors;
  form: string | null;
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * `prefixes` are stripped from issue paths (`command.reason` → `reason`); `fields` are the ones the
 * form shows, and `aliases` send a path to another field (e.g. `on` → `requestedOn`).
 */
export interface Placement {
  prefixes?: readonly string[];
  aliases?: Record<string, string>;
}

/** Each issue beside its field, the rest (once each) at the top. */
export function placeIssues(
  issues: readonly FieldIssue[],
  fields: readonly string[],
  options: Placement = {},
): FormErrors {
  const placed: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    let key = issue.path;
    for (const prefix of options.prefixes ?? []) {
      if (key.startsWith(`${prefix}.`)) key = key.slice(prefix.length + 1);
    }
    key = options.aliases?.[key] ?? key;
    if (fields.includes(key)) {
      if (!(key in placed)) placed[key] = issue.message;
    } else if (!unplaced.includes(issue.message)) {
      unplaced.push(issue.message);
    }
  }
  return { fields: placed, form: unplaced.length ? unplaced.join(' ') : null };
}

/** The main side's refusal, placed: its VALIDATION issues by field, anything else at the top. */
export function placeErrors(error: unknown, fields: readonly string[], options: Placement = {}): FormErrors {
  if (!(error instanceof AppError) || error.code !== 'VALIDATION') {
    return { fields: {}, form: messageOf(error) };
  }
  const issues = error.details?.issues ?? [];
  if (issues.length === 0) return { fields: {}, form: messageOf(error) };
  return placeIssues(
    issues.map((i) => ({ path: String(i.path ?? ''), message: i.message })),
    fields,
    options,
  );
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

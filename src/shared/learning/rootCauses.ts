// Root causes: why a complaint happened, chosen from the landlord's own list (a setting) so the
// reasons can be counted. Pure rules shared by the service, the CLI and the Settings form.

/** The longest root cause a case can hold (the store's rule for cases.root_cause). */
export const ROOT_CAUSE_MAX = 100;
/** Enough for any landlord's categories; a longer list is a paste gone wrong. */
export const ROOT_CAUSES_MAX = 60;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The list's own spelling of `cause` (matched ignoring case and outer spaces), or null when it is not on the list. */
export function knownRootCause(cause: string, list: readonly string[]): string | null {
  return list.find((known) => same(known, cause)) ?? null;
}

/** Why `cause` cannot be recorded as a case's root cause, naming the ones that can. */
export function rootCauseProblem(cause: string, list: readonly string[]): string | null {
  if (knownRootCause(cause, list) !== null) return null;
  return `"${cause}" is not on this landlord's list of root causes. Choose one of: ${list.join('; ')}.`;
}

/** Why `list` cannot be the landlord's root causes, or null when it can. */
export function rootCauseListProblem(list: readonly string[]): string | null {
  if (list.length === 0) return 'Give at least one root cause.';
  if (list.length > ROOT_CAUSES_MAX) return `A list of at most ${ROOT_CAUSES_MAX} root causes.`;
  for (const [i, cause] of list.entries()) {
    if (cause.trim() === '') return 'A root cause cannot be blank.';
    if (cause.length > ROOT_CAUSE_MAX)
      return `"${cause.slice(0, 40)}…" is longer than ${ROOT_CAUSE_MAX} characters.`;
    if (list.slice(0, i).some((earlier) => same(earlier, cause))) return `"${cause}" is on the list twice.`;
  }
  return null;
}

// Turning AppErrors into things a form or a page can show.
import { AppError } from '../../../shared/contract/errors';

export type FieldErrors = Record<string, string>;

function pathToKey(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  return String(path ?? '');
}

/** Field errors from a VALIDATION error, keyed by dotted path (e.g. `property.postcode`). */
export function fieldErrorsFrom(error: unknown, prefix = ''): FieldErrors {
  if (!(error instanceof AppError) || error.code !== 'VALIDATION') return {};
  const out: FieldErrors = {};
  for (const issue of error.details?.issues ?? []) {
    let key = pathToKey(issue.path);
    if (prefix && key.startsWith(`${prefix}.`)) key = key.slice(prefix.length + 1);
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** Field errors from a zod safeParse failure, in the same shape as the server's. */
export function fieldErrorsFromZod(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/**
 * Whether a failed call had in fact saved its change (SAVED_NOT_SHOWN): the form must close as
 * saved, never invite the officer to enter it again.
 */
export function wasSaved(error: unknown): boolean {
  return error instanceof AppError && error.code === 'SAVED_NOT_SHOWN';
}

/** A sentence for a person. */
export function messageOf(error: unknown): string {
  if (error instanceof AppError) {
    switch (error.code) {
      case 'NOT_FOUND':
        return error.message || 'That record could not be found.';
      case 'STORE_TOO_NEW':
        return 'This data was written by a newer version of Redress. Update Redress to open it.';
      case 'NOT_SET_UP':
        // Used for "no officer yet" and for "no central share yet": the main side's sentence says which.
        return error.message || 'Redress has not been set up on this computer yet.';
      default:
        return error.message;
    }
  }
  return 'Something went wrong. Try again, and if it keeps happening, restart Redress.';
}

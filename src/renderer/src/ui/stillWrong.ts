// A form's errors as they stand while the officer corrects them: an error the form's own check
// found clears the moment its field becomes valid (leaving the field is not needed, nor saving).
import type { FieldErrors } from '../api/errors';

/**
 * Of the field errors the last save attempt `found`, those the same check of what is on screen
 * `now` still finds, in its current words. None are added before the next save: an officer
 * part-way through a form is not told off for fields they have not reached.
 */
export function stillWrong(found: FieldErrors, now: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const key of Object.keys(found)) {
    const message = now[key];
    if (message) out[key] = message;
  }
  return out;
}

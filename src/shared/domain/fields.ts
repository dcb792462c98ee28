// The value rules every input shares (ids, dates, free text), as zod field schemas: a date or a
// piece of text is checked the same way, with the same words, wherever it comes in — from a
// window, the CLI, a backup, or another computer through the share (`storedValueProblem`).
import { z } from 'zod';
import { isIsoDate } from '../complaints/calendar';

export const recordId = z.string().uuid({ message: 'Must be a record id' });

/**
 * The dates a complaint file can plausibly hold. Nothing Redress records happened before 2000,
 * and nothing it plans (a deadline, an extension) runs past 2099: a value outside is a typing
 * slip (1900, 9999) that would otherwise sit in a case, and travel to every computer, for good.
 */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2099-12-31';
export const IMPLAUSIBLE_DATE = `Must be a date between ${EARLIEST_DATE.slice(0, 4)} and ${LATEST_DATE.slice(0, 4)}`;

/** A real calendar date, YYYY-MM-DD, inside the plausible range. */
export function isPlausibleDate(value: unknown): value is string {
  return isIsoDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** A moment (ISO 8601 with its offset) inside the plausible range, e.g. when a call was made. */
export function isPlausibleInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const ms = Date.parse(value);
  // Its UTC day within the range, compared as numbers: this runs for every change a merge applies.
  return ms >= EARLIEST_MS && ms < AFTER_LATEST_MS;
}
const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const AFTER_LATEST_MS = Date.parse(`${LATEST_DATE}T00:00:00Z`) + 86_400_000;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date, YYYY-MM-DD, that exists and is plausible (see EARLIEST_DATE). */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Must be a real date (YYYY-MM-DD)' })
  .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, { message: IMPLAUSIBLE_DATE });

/** A moment, ISO 8601 with its offset, that is plausible. */
export const isoInstant = z
  .string()
  .datetime({ offset: true, message: 'Must be a date and time (ISO 8601)' })
  .refine(isPlausibleInstant, { message: IMPLAUSIBLE_DATE });

// Characters no officer types and that change what others see: C0 controls (NUL, ESC for terminal
// escapes, …) but tab and newline, DEL and C1 controls, and the bidi overrides/isolates that make
// text read differently from what is stored (U+202A–U+202E, U+2066–U+2069).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_ANYWHERE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\n\u2028\u2029]/;

/** Text longer than this may run to several lines (notes, summaries); shorter is one line (names, phones). */
const ONE_LINE_UP_TO = 200;

export const CONTROL_CHARACTERS = 'Must not contain control or text-direction characters';
export const ONE_LINE = 'Must be on one line';

/** Why `value` cannot be stored as text of at most `max` characters, or null when it can. */
export function textProblem(value: string, max: number, lines: 'one' | 'many'): string | null {
  if (value.length > max) return `Must be at most ${max} characters`;
  if (FORBIDDEN_ANYWHERE.test(value)) return CONTROL_CHARACTERS;
  if (lines === 'one' && LINE_BREAK.test(value)) return ONE_LINE;
  return null;
}

/**
 * Free text, trimmed, with Windows line endings made plain. Texts up to 200 characters are one line
 * (names, phones, references); longer ones may hold line breaks and tabs.
 */
export const text = (max: number, lines: 'one' | 'many' = max > ONE_LINE_UP_TO ? 'many' : 'one') =>
  z
    .string()
    .overwrite((v) => v.replace(/\r\n?/g, '\n'))
    .trim()
    .superRefine((v, ctx) => {
      const problem = textProblem(v, max, lines);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

export const requiredText = (max: number, what: string) =>
  text(max).refine((v) => v.length > 0, { message: `${what} is required` });

/** Free text that may be left out: blank or null becomes null. */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

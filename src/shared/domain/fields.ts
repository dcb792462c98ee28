// The value rules every input shares (ids, dates, free text), as zod field schemas: a date or a
// piece of text is checked the same way, with the same words, wherever it comes in.
import { z } from 'zod';
import { isIsoDate } from '../complaints/calendar';

export const recordId = z.string().uuid({ message: 'Must be a record id' });

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z.string().refine(isIsoDate, { message: 'Must be a real date (YYYY-MM-DD)' });

export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` });

export const requiredText = (max: number, what: string) =>
  text(max).min(1, { message: `${what} is required` });

/** Free text that may be left out: blank or null becomes null. */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

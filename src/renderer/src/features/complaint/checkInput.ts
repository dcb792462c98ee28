// A form's input checked with the contract's own schema before it is sent, so the form and the
// main side can never disagree about what is required, how long a text may be or what is a date.
// The schema decides what is wrong; a form may say it in its own words when a field is left empty
// ("Enter the date the complaint was acknowledged." rather than "Must be a real date").
import type { z } from 'zod';
import { placeIssues, type FormErrors, type Placement } from './formErrors';

/** Messages for fields left empty, by field name as the form shows it. */
export type EmptyWording = Record<string, string>;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export function checkInput(
  schema: z.ZodType,
  input: unknown,
  fields: readonly string[],
  options: Placement & { whenEmpty?: EmptyWording } = {},
): FormErrors {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { fields: {}, form: null };
  const placed = placeIssues(
    parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    fields,
    options,
  );
  // Put the form's own words on the fields that are simply empty.
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = Object.keys(placed.fields).find((f) => path === f || path.endsWith(`.${f}`));
    const wording = field ? options.whenEmpty?.[field] : undefined;
    if (field && wording && isEmpty(valueAt(input, issue.path))) placed.fields[field] = wording;
  }
  return placed;
}

// What an officer types into the command bar, read the ways it could be meant: the start of a
// case reference (as quoted on the phone, any case, spaces for dashes) or a phone number (as
// written, with spaces, brackets or +44). Names go to the residents' word index as typed.

/** A reference's start: its letters, then year, code and number, e.g. "CMP-26-A" or "cmp 26". */
const REFERENCE_START = /^[A-Z]{1,5}(-[0-9A-Z]*)*$/;

/** The start of a case reference, upper-cased with dashes, or null when it cannot be one. */
export function referencePrefix(typed: string): string | null {
  const ref = typed
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '-');
  return REFERENCE_START.test(ref) ? ref : null;
}

const PHONE_LIKE = /^\+?[\d\s().-]+$/;
/** Fewer digits than this match too many numbers to be worth showing. */
const MIN_PHONE_DIGITS = 3;

/** The digits of a phone number as stored (a UK 0 for +44), or null when it is not a number. */
export function phoneDigits(typed: string): string | null {
  const t = typed.trim();
  if (!PHONE_LIKE.test(t)) return null;
  let digits = t.replace(/\D/g, '');
  if (t.startsWith('+44')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
  return digits.length >= MIN_PHONE_DIGITS ? digits : null;
}

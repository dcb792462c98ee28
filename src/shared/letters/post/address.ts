// How a posted letter's address is laid out: the postcode on its own (Royal Mail asks for it on
// the last line, and a manifest column lets a mail-merge sort by it), the other lines as written.

// A UK postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA), any spacing.
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$/i;

/** The postcode written as Royal Mail prints it (upper case, one space), or null when it is not one. */
export function tidyPostcode(text: string): string | null {
  const m = POSTCODE.exec(text.trim());
  return m ? `${m[1]!.toUpperCase()} ${m[2]!.toUpperCase()}` : null;
}

export interface SplitAddress {
  lines: string[];
  postcode: string | null;
}

/**
 * The address lines with the postcode taken out: the last line when it is a postcode, or the end
 * of the last line ("Leeds LS1 4AB"). Blank lines are dropped.
 */
export function splitPostcode(addressLines: readonly string[]): SplitAddress {
  const lines = addressLines.map((l) => l.trim()).filter((l) => l.length > 0);
  const last = lines.at(-1);
  if (last === undefined) return { lines, postcode: null };
  const whole = tidyPostcode(last);
  if (whole) return { lines: lines.slice(0, -1), postcode: whole };
  const tail = /^(.*?)[\s,]+(\S+\s*\S+)$/.exec(last);
  const end = tail ? tidyPostcode(tail[2]!) : null;
  if (tail && end) return { lines: [...lines.slice(0, -1), tail[1]!.trim()], postcode: end };
  return { lines, postcode: null };
}

/** What goes on an address label: the name, the address lines, the postcode last. */
export function labelLines(name: string, addressLines: readonly string[]): string[] {
  const { lines, postcode } = splitPostcode(addressLines);
  return [name, ...lines, ...(postcode ? [postcode] : [])].filter((l) => l.trim().length > 0);
}

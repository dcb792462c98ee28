// Retention: how long a resident's complaint files are kept after their last case closed, and
// who is due for review. Pure rules, table-tested in tests/unit/retention.test.ts.

/** The period the Housing Ombudsman and most landlords' schedules use: six years after closure. */
export const DEFAULT_RETENTION_YEARS = 6;

/**
 * The day `years` whole years before `today` (YYYY-MM-DD): a case closed before it was closed more
 * than that long ago. 29 February falls back to 28 February in a year without one.
 */
export function retentionCutoff(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether a resident's files are due for review: they have cases, every one is closed, and the
 * last closed before the cut-off.
 */
export function dueForReview(cases: ReadonlyArray<{ closedOn: string | null }>, cutoff: string): boolean {
  if (cases.length === 0) return false;
  return cases.every((c) => c.closedOn !== null && c.closedOn < cutoff);
}

/** A name shown as initials only (the review list names no one): "Mary-Jane O'Brien" → "M.O." */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  if (words.length === 0) return '?';
  const picked = words.length === 1 ? words : [words[0]!, words[words.length - 1]!];
  return picked.map((w) => `${w[0]!.toUpperCase()}.`).join('');
}

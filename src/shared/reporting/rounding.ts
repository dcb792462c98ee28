// How published figures are rounded: to one decimal place, halves away from zero (12.25 → 12.3),
// as the Regulator's TSM returns are reported to one decimal place. Worked on integers so binary
// fractions never tip a half the wrong way.

/** part / whole as a percentage to 1 dp; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : ratioTo1dp(part * 100, whole);
}

/** count per 1,000 homes to 1 dp; null when the number of homes is not known. */
export function per1000(count: number, homes: number | null): number | null {
  return homes === null || homes <= 0 ? null : ratioTo1dp(count * 1000, homes);
}

/** A mean to 1 dp; null for no values. */
export function mean1dp(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return ratioTo1dp(
    values.reduce((a, b) => a + b, 0),
    values.length,
  );
}

/** The median (the mean of the middle two for an even count) to 1 dp; null for no values. */
export function median1dp(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (n % 2 === 1) return sorted[(n - 1) / 2]!;
  return ratioTo1dp(sorted[n / 2 - 1]! + sorted[n / 2]!, 2);
}

/** numerator / denominator to 1 dp, halves away from zero, for integer inputs. */
export function ratioTo1dp(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator) * 10;
  const d = Math.abs(denominator);
  const tenths = Math.floor((2 * n + d) / (2 * d));
  return (sign * tenths) / 10;
}

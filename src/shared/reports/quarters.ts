// Calendar quarters named as a board paper names them (the periods themselves: reporting/period.ts).
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(quarter: string): { year: number; q: number } {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`Not a calendar quarter: ${quarter}`);
  return { year: Number(m[1]), q: Number(m[2]) };
}

/** 2026Q3 → "July to September 2026". */
export function quarterLabel(quarter: string): string {
  const { year, q } = parts(quarter);
  return `${MONTHS[(q - 1) * 3]} to ${MONTHS[(q - 1) * 3 + 2]} ${year}`;
}

/** 2026Q1 → 2025Q4. */
export function previousQuarter(quarter: string): string {
  const { year, q } = parts(quarter);
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

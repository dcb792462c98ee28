// Reporting periods. The Regulator's TSMs and the Code's annual report run over the landlord's
// reporting year, 1 April – 31 March (TSM technical requirements, "reporting year"); board packs
// run over calendar quarters. Every period is a pair of inclusive YYYY-MM-DD dates.
import type { IsoDate } from '../complaints/calendar';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (month 1–12). */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reporting year 2026 = 1 April 2026 – 31 March 2027 (named by the year it starts in). */
export function reportingYear(year: number): Period {
  return { from: `${year}-04-01`, to: `${year + 1}-03-31` };
}

/** The reporting year a date falls in: 15 March 2027 is in reporting year 2026. */
export function reportingYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '04-01' ? year : year - 1;
}

/** "2026/27": how landlords name a reporting year. */
export function reportingYearName(year: number): string {
  return `${year}/${pad((year + 1) % 100)}`;
}

const QUARTER = /^(\d{4})Q([1-4])$/;

/** A CALENDAR quarter: 2026Q3 = 1 July – 30 September 2026. Null when not of the form 2026Q3. */
export function quarterPeriod(quarter: string): Period | null {
  const m = QUARTER.exec(quarter);
  if (!m) return null;
  const year = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3 + 1;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`,
  };
}

const MONTH_NAMES = [
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

function quarterParts(quarter: string): { year: number; q: number } {
  const m = QUARTER.exec(quarter);
  if (!m) throw new Error(`Not a calendar quarter: ${quarter}`);
  return { year: Number(m[1]), q: Number(m[2]) };
}

/** 2026Q3 → "July to September 2026", as a board paper names it. */
export function quarterLabel(quarter: string): string {
  const { year, q } = quarterParts(quarter);
  return `${MONTH_NAMES[(q - 1) * 3]} to ${MONTH_NAMES[(q - 1) * 3 + 2]} ${year}`;
}

/** 2026Q1 → 2025Q4. */
export function previousQuarter(quarter: string): string {
  const { year, q } = quarterParts(quarter);
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** A calendar quarter as the reporting year names it: 2026Q3 is "Q2 of 2026/27", 2027Q1 "Q4 of 2026/27". */
export function reportingQuarterName(quarter: string): string | null {
  const period = quarterPeriod(quarter);
  if (!period) return null;
  const year = reportingYearOf(period.from);
  const month = Number(period.from.slice(5, 7));
  const q = month >= 4 ? (month - 4) / 3 + 1 : 4;
  return `Q${q} of ${reportingYearName(year)}`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month: 2026-11 = 1–30 November 2026. Null when not of the form YYYY-MM. */
export function monthPeriod(month: string): Period | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const mm = Number(m[2]);
  return { from: `${month}-01`, to: `${month}-${pad(lastDay(year, mm))}` };
}

/** The months (YYYY-MM) a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${pad(month)}`;
    if (key > last) return months;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

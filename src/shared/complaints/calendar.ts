// Working days, the unit of every Code deadline. Bank holidays arrive as data (substitute days
// and one-off proclamations are not rules), so the calendar only knows dates it is given.
//
// Counting rule, shown to users:
//   "Within N working days of X": X is day 0 and the deadline is the Nth working day after X.
//   If X falls on a weekend or a holiday, day 1 is still the first working day after it.
//
// Deadlines for every open case are recomputed on each list, so within TABLE_FIRST..TABLE_LAST
// both counting functions are two array reads on precomputed per-calendar tables; outside that
// range a plain day-by-day loop gives the same answers, only slower.

/** The counting rule above, in the words the app shows with the policy and next to a deadline. */
export const WORKING_DAY_RULE =
  'Deadlines count working days (Monday to Friday, not bank holidays or closure days). The day something happens is day 0; the deadline is the Nth working day after it, even when day 0 is a weekend or holiday.';

/** A calendar date, YYYY-MM-DD, with no time or zone. */
export type IsoDate = string;

export type Region = 'england-and-wales' | 'scotland' | 'northern-ireland';

export const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export const REGION_LABELS: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export interface WorkingCalendar {
  readonly region: Region;
  readonly bankHolidays: readonly IsoDate[];
  readonly closureDays: readonly IsoDate[];
  /** Day numbers of the given bank holidays and closure days. */
  readonly nonWorking: ReadonlySet<number>;
  /** cumulative[i]: working days in TABLE_FIRST..TABLE_FIRST+i inclusive. */
  readonly cumulative: Int32Array;
  /** nth[k]: table index of the k-th working day (k from 1; nth[0] is unused). */
  readonly nth: Int32Array;
}

const MS_PER_DAY = 86_400_000;
const TABLE_FIRST = Date.UTC(2020, 0, 1) / MS_PER_DAY;
const TABLE_LAST = Date.UTC(2031, 11, 31) / MS_PER_DAY;
const TABLE_SIZE = TABLE_LAST - TABLE_FIRST + 1;

// Shared by every calendar: the ISO text of each day in the table and its inverse, so the hot
// path neither parses nor formats.
let isoOfDay: string[] | null = null;
let dayOfIso: Map<string, number> | null = null;

function tableText(): { isoOfDay: string[]; dayOfIso: Map<string, number> } {
  if (!isoOfDay || !dayOfIso) {
    const texts = new Array<string>(TABLE_SIZE);
    const days = new Map<string, number>();
    for (let i = 0; i < TABLE_SIZE; i++) {
      const iso = new Date((TABLE_FIRST + i) * MS_PER_DAY).toISOString().slice(0, 10);
      texts[i] = iso;
      days.set(iso, TABLE_FIRST + i);
    }
    isoOfDay = texts;
    dayOfIso = days;
  }
  return { isoOfDay, dayOfIso };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC calendar, so no daylight-saving drift). Throws on anything but a real YYYY-MM-DD date. */
export function dayNumber(d: IsoDate): number {
  const known = tableText().dayOfIso.get(d);
  if (known !== undefined) return known;
  const m = ISO_DATE.exec(d);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const da = Number(m[3]);
    const ms = Date.UTC(y, mo - 1, da);
    // Date.UTC maps years 0–99 to 1900–1999 and rolls 31 Feb into March: reject both.
    const check = new Date(ms);
    if (check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === da) {
      return ms / MS_PER_DAY;
    }
  }
  throw new Error(`Not a date (expected YYYY-MM-DD): ${JSON.stringify(d)}`);
}

export function isIsoDate(d: unknown): d is IsoDate {
  if (typeof d !== 'string') return false;
  try {
    dayNumber(d);
    return true;
  } catch {
    return false;
  }
}

function formatDay(day: number): IsoDate {
  const i = day - TABLE_FIRST;
  if (isoOfDay && i >= 0 && i < TABLE_SIZE) return isoOfDay[i]!;
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function isWeekend(day: number): boolean {
  // 1970-01-01 was a Thursday, so day + 4 is 0 on Sundays.
  const dow = (((day + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}

export function workingCalendar(
  region: Region,
  bankHolidays: readonly IsoDate[],
  closureDays: readonly IsoDate[] = [],
): WorkingCalendar {
  tableText();
  const nonWorking = new Set<number>();
  for (const d of [...bankHolidays, ...closureDays]) nonWorking.add(dayNumber(d));
  const cumulative = new Int32Array(TABLE_SIZE);
  const nth = new Int32Array(TABLE_SIZE + 1);
  let count = 0;
  for (let i = 0; i < TABLE_SIZE; i++) {
    const day = TABLE_FIRST + i;
    if (!isWeekend(day) && !nonWorking.has(day)) nth[++count] = i;
    cumulative[i] = count;
  }
  return {
    region,
    bankHolidays: [...bankHolidays],
    closureDays: [...closureDays],
    nonWorking,
    cumulative,
    nth: nth.subarray(0, count + 1),
  };
}

function isWorkingDayNumber(cal: WorkingCalendar, day: number): boolean {
  return !isWeekend(day) && !cal.nonWorking.has(day);
}

export function isWorkingDay(cal: WorkingCalendar, d: IsoDate): boolean {
  return isWorkingDayNumber(cal, dayNumber(d));
}

/**
 * The Nth working day after `from` (see the counting rule above); `from` itself when n is 0.
 * A negative n counts back so that workingDaysBetween(from, result) === n.
 */
export function addWorkingDays(cal: WorkingCalendar, from: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new Error(`A number of working days must be a whole number, not ${n}`);
  if (n === 0) return from;
  const day = dayNumber(from);
  const i = day - TABLE_FIRST;
  if (i >= 0 && i < TABLE_SIZE) {
    const k = cal.cumulative[i]! + n;
    if (k >= 1 && k < cal.nth.length) return formatDay(TABLE_FIRST + cal.nth[k]!);
  }
  return formatDay(addWorkingDaysSlowly(cal, day, n));
}

/**
 * Working days after `from` up to and including `to`; when `to` is before `from`, minus the
 * working days after `to` up to and including `from`.
 */
export function workingDaysBetween(cal: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  const a = dayNumber(from) - TABLE_FIRST;
  const b = dayNumber(to) - TABLE_FIRST;
  if (a >= 0 && a < TABLE_SIZE && b >= 0 && b < TABLE_SIZE) return cal.cumulative[b]! - cal.cumulative[a]!;
  return workingDaysBetweenSlowly(cal, a + TABLE_FIRST, b + TABLE_FIRST);
}

function addWorkingDaysSlowly(cal: WorkingCalendar, day: number, n: number): number {
  if (n > 0) {
    let left = n;
    while (left > 0) if (isWorkingDayNumber(cal, ++day)) left--;
    return day;
  }
  // Going back from a weekend or holiday starts at the working day before it, which is the same
  // distance from `from` (0) as `from` itself: that keeps workingDaysBetween(from, result) === n.
  while (!isWorkingDayNumber(cal, day)) day--;
  let left = -n;
  while (left > 0) if (isWorkingDayNumber(cal, --day)) left--;
  return day;
}

function workingDaysBetweenSlowly(cal: WorkingCalendar, from: number, to: number): number {
  const sign = to >= from ? 1 : -1;
  const [lo, hi] = sign === 1 ? [from, to] : [to, from];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorkingDayNumber(cal, day)) count++;
  // Never minus zero: en-GB number formatting shows it as "-0".
  return count === 0 ? 0 : sign * count;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the UK (or the given zone), whatever the machine's own zone. */
export function todayIso(now: Date, timeZone = 'Europe/London'): IsoDate {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

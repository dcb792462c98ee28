import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import data from '../../resources/calendars/bank-holidays.json';
import { bankHolidays, calendarFor } from '../../src/main/calendars';
import {
  addWorkingDays,
  isWorkingDay,
  REGIONS,
  todayIso,
  workingCalendar,
  workingDaysBetween,
  type IsoDate,
  type Region,
  type WorkingCalendar,
} from '../../src/shared/complaints/calendar';
import { CODE_POLICY } from '../../src/shared/complaints/policy';

const cal = (region: Region = 'england-and-wales', closureDays: IsoDate[] = []) =>
  calendarFor({ ...CODE_POLICY, region, closureDays });
const EW = cal();
const SC = cal('scotland');
const NI = cal('northern-ireland');

// ── An independent slow reference, on Date objects ─────────────────────────────────────────────
const DAY = 86_400_000;
const ms = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const shift = (d: IsoDate, days: number) => iso(ms(d) + days * DAY);
const dow = (d: IsoDate) => new Date(ms(d)).getUTCDay();
const refWorking = (off: ReadonlySet<string>, d: IsoDate) => dow(d) !== 0 && dow(d) !== 6 && !off.has(d);
function refAdd(off: ReadonlySet<string>, from: IsoDate, n: number): IsoDate {
  let d = from;
  for (let left = n; left > 0;) {
    d = shift(d, 1);
    if (refWorking(off, d)) left--;
  }
  return d;
}
function refBetween(off: ReadonlySet<string>, from: IsoDate, to: IsoDate): number {
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let d = shift(lo, 1); d <= hi; d = shift(d, 1)) if (refWorking(off, d)) n++;
  return n === 0 ? 0 : sign * n;
}
const offDays = (c: WorkingCalendar) => new Set([...c.bankHolidays, ...c.closureDays]);

function everyDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = shift(d, 1)) out.push(d);
  return out;
}

// ── The bank holiday data, checked against the rules rather than memory ────────────────────────
function easterSunday(y: number): IsoDate {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(Date.UTC(y, month - 1, day));
}
const ymd = (y: number, m: number, d: number) => iso(Date.UTC(y, m - 1, d));
const mondays = (y: number, m: number) =>
  everyDay(ymd(y, m, 1), shift(ymd(y, m + 1, 1), -1)).filter((d) => dow(d) === 1);

/** Fixed-date holidays in order, each moved to the next weekday not already taken. */
function withSubstitutes(days: IsoDate[], taken: Set<IsoDate>): IsoDate[] {
  return days.map((d) => {
    while (dow(d) === 0 || dow(d) === 6 || taken.has(d)) d = shift(d, 1);
    taken.add(d);
    return d;
  });
}

// Proclamations that no rule predicts (GOV.UK), for every region.
const ONE_OFF_ADDED = ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08'];
const ONE_OFF_MOVED = ['2020-05-04', '2022-05-30'];

function expectedHolidays(region: Region, y: number): IsoDate[] {
  const easter = easterSunday(y);
  const fixed: IsoDate[] = [shift(easter, -2), mondays(y, 5)[0]!, mondays(y, 5).at(-1)!];
  if (region !== 'scotland') fixed.push(shift(easter, 1), mondays(y, 8).at(-1)!);
  else fixed.push(mondays(y, 8)[0]!);
  const taken = new Set(fixed);
  const moved = [
    ...withSubstitutes(region === 'scotland' ? [ymd(y, 1, 1), ymd(y, 1, 2)] : [ymd(y, 1, 1)], taken),
    ...(region === 'northern-ireland' ? withSubstitutes([ymd(y, 3, 17)], taken) : []),
    ...(region === 'northern-ireland' ? withSubstitutes([ymd(y, 7, 12)], taken) : []),
    ...(region === 'scotland' ? withSubstitutes([ymd(y, 11, 30)], taken) : []),
    ...withSubstitutes([ymd(y, 12, 25), ymd(y, 12, 26)], taken),
  ];
  return [...fixed, ...moved, ...ONE_OFF_ADDED.filter((d) => d.startsWith(`${y}-`))]
    .filter((d) => !ONE_OFF_MOVED.includes(d))
    .sort();
}

const YEARS = Array.from({ length: 11 }, (_, i) => 2020 + i);
const regions = data.regions as Record<Region, Array<{ date: string; title: string }>>;

describe('bank holiday data', () => {
  it.each(REGIONS)('%s agrees with the rules and the one-off proclamations for 2020–2030', (region) => {
    for (const y of YEARS) {
      const actual = regions[region].filter((h) => h.date.startsWith(`${y}-`)).map((h) => h.date);
      expect(actual, `${region} ${y}`).toEqual(expectedHolidays(region, y));
    }
  });

  it.each(REGIONS)(
    '%s puts Good Friday and (outside Scotland) Easter Monday on the computed Easter',
    (region) => {
      for (const y of YEARS) {
        const easter = easterSunday(y);
        const titleOn = (d: IsoDate) => regions[region].find((h) => h.date === d)?.title;
        expect(titleOn(shift(easter, -2)), `${region} ${y}`).toBe('Good Friday');
        expect(titleOn(shift(easter, 1)), `${region} ${y}`).toBe(
          region === 'scotland' ? undefined : 'Easter Monday',
        );
      }
    },
  );

  it('knows the Easter dates the algorithm is checked against', () => {
    expect(YEARS.map(easterSunday)).toEqual([
      '2020-04-12',
      '2021-04-04',
      '2022-04-17',
      '2023-04-09',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2029-04-01',
      '2030-04-21',
    ]);
  });

  it('matches the England and Wales dates in domain.md exactly', () => {
    const ew = (y: number) =>
      regions['england-and-wales'].filter((h) => h.date.startsWith(`${y}-`)).map((h) => h.date);
    expect(ew(2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(ew(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(ew(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
    expect(ew(2028)[0]).toBe('2028-01-03');
  });

  it('lists every region in date order, on weekdays only, with a title, and says where it came from', () => {
    expect(data.source).toMatch(/GOV\.UK/);
    for (const region of REGIONS) {
      const list = regions[region];
      for (let i = 0; i < list.length; i++) {
        const h = list[i]!;
        expect(dow(h.date), h.date).not.toBe(0);
        expect(dow(h.date), h.date).not.toBe(6);
        expect(h.title.length).toBeGreaterThan(0);
        if (i > 0) expect(list[i - 1]!.date < h.date).toBe(true);
      }
    }
  });

  it('names substitute days as such', () => {
    const title = (region: Region, d: IsoDate) => bankHolidays(region).find((h) => h.date === d)?.title;
    expect(title('england-and-wales', '2022-12-26')).toBe('Boxing Day');
    expect(title('england-and-wales', '2022-12-27')).toBe('Christmas Day (substitute day)');
    expect(title('scotland', '2025-12-01')).toBe('St Andrew’s Day (substitute day)');
    expect(title('northern-ireland', '2025-07-14')).toMatch(/Battle of the Boyne.*substitute/);
  });

  it('names the file when it is malformed', async () => {
    vi.resetModules();
    vi.doMock('../../resources/calendars/bank-holidays.json', () => ({
      default: { source: 'x', regions: { 'england-and-wales': [{ date: '2026-02-30', title: 'Nope' }] } },
    }));
    try {
      const fresh = await import('../../src/main/calendars');
      expect(() => fresh.bankHolidays('england-and-wales')).toThrow(
        /resources\/calendars\/bank-holidays\.json is malformed: regions\.england-and-wales\.0\.date/,
      );
    } finally {
      vi.doUnmock('../../resources/calendars/bank-holidays.json');
      vi.resetModules();
    }
  });
});

// ── Counting ────────────────────────────────────────────────────────────────────────────────
type Case = [label: string, calendar: WorkingCalendar, from: IsoDate, n: number, expected: IsoDate];

describe('addWorkingDays', () => {
  const cases: Case[] = [
    // Year ends
    ['New Year 2026 (E&W)', EW, '2025-12-31', 1, '2026-01-02'],
    ['New Year 2027 (E&W)', EW, '2026-12-31', 1, '2027-01-04'],
    ['New Year 2027 (Scotland: 4 Jan substitute)', SC, '2026-12-31', 1, '2027-01-05'],
    ['New Year 2028 (E&W: 3 Jan substitute)', EW, '2027-12-31', 1, '2028-01-04'],
    ['New Year 2028 (Scotland: 3 and 4 Jan)', SC, '2027-12-31', 1, '2028-01-05'],
    ['New Year 2022 (NI: 3 Jan substitute)', NI, '2021-12-31', 1, '2022-01-04'],
    ['New Year 2023 (Scotland: 2 and 3 Jan)', SC, '2022-12-30', 1, '2023-01-04'],
    // Easter, all three regions
    ['Easter 2021 (E&W)', EW, '2021-04-01', 1, '2021-04-06'],
    ['Easter 2021 (Scotland)', SC, '2021-04-01', 1, '2021-04-05'],
    ['Easter 2024 (NI)', NI, '2024-03-28', 1, '2024-04-02'],
    ['Easter 2024 (Scotland)', SC, '2024-03-28', 1, '2024-04-01'],
    ['Easter 2025 (E&W)', EW, '2025-04-17', 1, '2025-04-22'],
    ['Easter 2026 (E&W)', EW, '2026-04-02', 1, '2026-04-07'],
    ['Easter 2026 (Scotland)', SC, '2026-04-02', 1, '2026-04-06'],
    ['Easter 2026 (NI)', NI, '2026-04-02', 1, '2026-04-07'],
    ['Easter 2027 (E&W)', EW, '2027-03-25', 1, '2027-03-30'],
    ['Easter 2027 (Scotland)', SC, '2027-03-25', 1, '2027-03-29'],
    ['Easter 2030 (NI)', NI, '2030-04-18', 1, '2030-04-23'],
    // Christmas with substitutes
    ['Christmas 2020 (Boxing Day on Monday 28th)', EW, '2020-12-24', 1, '2020-12-29'],
    ['Christmas 2021 (27th and 28th)', EW, '2021-12-24', 1, '2021-12-29'],
    ['Christmas 2022 (26th and 27th)', EW, '2022-12-23', 1, '2022-12-28'],
    ['Christmas 2026 (Boxing Day on Monday 28th)', EW, '2026-12-24', 1, '2026-12-29'],
    ['Christmas 2027 (27th and 28th)', EW, '2027-12-24', 1, '2027-12-29'],
    ['Christmas 2027 (Scotland)', SC, '2027-12-24', 1, '2027-12-29'],
    // Regional days
    ["St Patrick's Day 2026 (NI)", NI, '2026-03-16', 1, '2026-03-18'],
    ["St Patrick's Day 2026 (E&W)", EW, '2026-03-16', 1, '2026-03-17'],
    ['Battle of the Boyne 2025, substitute Monday (NI)', NI, '2025-07-11', 1, '2025-07-15'],
    ["St Andrew's Day 2025, substitute Monday (Scotland)", SC, '2025-11-28', 1, '2025-12-02'],
    ['Summer bank holiday 2026 (Scotland, first Monday)', SC, '2026-07-31', 1, '2026-08-04'],
    ['Summer bank holiday 2026 (E&W, last Monday)', EW, '2026-08-28', 1, '2026-09-01'],
    ['Platinum Jubilee 2022', EW, '2022-06-01', 1, '2022-06-06'],
    // Weekends and holidays as day 0: day 1 is the first working day after
    ['Saturday as day 0', EW, '2026-01-10', 1, '2026-01-12'],
    ['Sunday as day 0', EW, '2026-01-11', 1, '2026-01-12'],
    ['Saturday before a bank holiday Monday', EW, '2026-05-23', 5, '2026-06-01'],
    ['Good Friday as day 0', EW, '2026-04-03', 1, '2026-04-07'],
    ['Christmas Day as day 0', EW, '2025-12-25', 2, '2025-12-30'],
    // n = 0 is the day itself, whatever it is
    ['n = 0 on a working day', EW, '2026-01-14', 0, '2026-01-14'],
    ['n = 0 on a Saturday', EW, '2026-05-23', 0, '2026-05-23'],
    ['n = 0 on a bank holiday', EW, '2025-12-25', 0, '2025-12-25'],
    // Long spans, across the end of the table and wholly outside it
    ['260 working days', EW, '2026-01-01', 260, refAdd(offDays(EW), '2026-01-01', 260)],
    ['across the end of the table', EW, '2031-12-15', 30, refAdd(offDays(EW), '2031-12-15', 30)],
    ['before the table, where only the dates given count as holidays', EW, '2019-12-20', 5, '2019-12-27'],
    ['from before the table into it', EW, '2019-12-31', 1, '2020-01-02'],
    ['after the table', EW, '2040-02-28', 1, '2040-02-29'],
    // Counting back
    ['one back from a Monday', EW, '2026-01-12', -1, '2026-01-09'],
    ['one back from a Saturday', EW, '2026-01-10', -1, '2026-01-08'],
    ['back over Christmas', EW, '2025-12-29', -2, '2025-12-23'],
    ['back out of the table', EW, '2020-01-03', -3, '2019-12-30'],
  ];

  it.each(cases)('%s', (_label, c, from, n, expected) => {
    expect(addWorkingDays(c, from, n)).toBe(expected);
    expect(workingDaysBetween(c, from, expected)).toBe(n);
  });

  it('skips closure days as well as bank holidays', () => {
    const shut = cal('england-and-wales', ['2025-12-29', '2025-12-30', '2025-12-31']);
    expect(addWorkingDays(shut, '2025-12-19', 5)).toBe('2026-01-05');
    expect(isWorkingDay(shut, '2025-12-30')).toBe(false);
    expect(isWorkingDay(EW, '2025-12-30')).toBe(true);
    expect(workingDaysBetween(shut, '2025-12-24', '2026-01-02')).toBe(1);
  });

  it('refuses fractions and text that is not a date', () => {
    expect(() => addWorkingDays(EW, '2026-01-01', 1.5)).toThrow(/whole number/);
    expect(() => addWorkingDays(EW, '2026-02-30', 1)).toThrow(/Not a date/);
    expect(() => addWorkingDays(EW, '1/2/2026', 1)).toThrow(/Not a date/);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['same day', '2026-01-14', '2026-01-14', 0],
    ['Friday to Monday', '2026-01-09', '2026-01-12', 1],
    ['Friday to Saturday', '2026-01-09', '2026-01-10', 0],
    ['Saturday to Monday', '2026-01-10', '2026-01-12', 1],
    ['over Christmas 2025', '2025-12-19', '2026-01-05', 8],
    ['backwards over Christmas 2025', '2026-01-05', '2025-12-19', -8],
    ['Monday back to Friday', '2026-01-12', '2026-01-09', -1],
    // No working day between, backwards: zero, not minus zero (which en-GB formats as "-0").
    ['Saturday back to Friday', '2028-02-12', '2028-02-11', 0],
    ['Saturday back to Friday, beyond the table', '2042-02-15', '2042-02-14', 0],
    // 2026 starts on a Thursday: 261 weekdays, less 8 bank holidays.
    ['a whole year 2026', '2025-12-31', '2026-12-31', 253],
    [
      'ten years, into and out of the table',
      '2015-06-01',
      '2035-06-01',
      refBetween(offDays(EW), '2015-06-01', '2035-06-01'),
    ],
  ] as const)('%s', (_label, from, to, n) => {
    expect(workingDaysBetween(EW, from, to)).toBe(n);
  });
});

describe('the fast path agrees with a slow day-by-day count', () => {
  const days = everyDay('2020-01-01', '2031-12-31');

  it.each(REGIONS)('for every day 2020–2031 in %s, for several n', (region) => {
    const c = cal(region);
    const off = offDays(c);
    for (const n of [1, 2, 5, 10, 20]) {
      for (const d of days) {
        const got = addWorkingDays(c, d, n);
        if (got !== refAdd(off, d, n)) expect(`${d} + ${n} = ${got}`).toBe(refAdd(off, d, n));
      }
    }
    for (const d of days) {
      if (isWorkingDay(c, d) !== refWorking(off, d)) expect(`${d} working`).toBe(refWorking(off, d));
    }
  });

  it('for random spans, closure days and dates either side of the table', () => {
    const date = (from: string, to: string) =>
      fc.integer({ min: ms(from) / DAY, max: ms(to) / DAY }).map((n) => iso(n * DAY));
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIONS),
        fc.uniqueArray(date('2019-06-01', '2032-06-30'), { maxLength: 12 }).map((a) => a.sort()),
        date('2017-01-01', '2034-12-31'),
        date('2017-01-01', '2034-12-31'),
        fc.integer({ min: -80, max: 80 }),
        (region, closures, from, to, n) => {
          const c = workingCalendar(
            region,
            bankHolidays(region).map((h) => h.date),
            closures,
          );
          const off = offDays(c);
          expect(workingDaysBetween(c, from, to)).toBe(refBetween(off, from, to));
          const end = addWorkingDays(c, from, n);
          if (n >= 0) expect(end).toBe(refAdd(off, from, n));
          else expect(refWorking(off, end)).toBe(true);
          expect(refBetween(off, from, end)).toBe(n);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('todayIso', () => {
  it('gives the UK date, whatever the UTC date', () => {
    expect(todayIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
    expect(todayIso(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(todayIso(new Date('2026-06-30T23:30:00Z'), 'UTC')).toBe('2026-06-30');
  });
});

// Reporting periods and how published figures are rounded.
import { describe, expect, it } from 'vitest';
import {
  monthPeriod,
  monthsOf,
  quarterPeriod,
  reportingQuarterName,
  reportingYear,
  reportingYearOf,
} from '../../src/shared/reporting/period';
import { median1dp, mean1dp, per1000, percent, ratioTo1dp } from '../../src/shared/reporting/rounding';

describe('periods', () => {
  it('a reporting year runs 1 April – 31 March, named by the year it starts', () => {
    expect(reportingYear(2026)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect([reportingYearOf('2027-03-31'), reportingYearOf('2027-04-01')]).toEqual([2026, 2027]);
  });

  it.each([
    ['2026Q1', '2026-01-01', '2026-03-31', 'Q4 of 2025/26'],
    ['2026Q3', '2026-07-01', '2026-09-30', 'Q2 of 2026/27'],
    ['2028Q1', '2028-01-01', '2028-03-31', 'Q4 of 2027/28'],
    ['2026Q4', '2026-10-01', '2026-12-31', 'Q3 of 2026/27'],
  ])('%s is a calendar quarter', (q, from, to, name) => {
    expect(quarterPeriod(q)).toEqual({ from, to });
    expect(reportingQuarterName(q)).toBe(name);
  });

  it('refuses what is not a quarter or a month; months of a period in order', () => {
    expect([quarterPeriod('2026Q5'), quarterPeriod('Q3 2026'), monthPeriod('2026-13')]).toEqual([
      null,
      null,
      null,
    ]);
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
});

describe('rounding to one decimal place, halves away from zero', () => {
  it.each([
    [1, 8, 12.5], // 12.5% exactly
    [1, 7, 14.3], // 14.2857…
    [5, 7, 71.4], // 71.428…
    [2, 3, 66.7],
    [1, 3, 33.3],
  ])('%i of %i is %f%%', (part, whole, pct) => {
    expect(percent(part, whole)).toBe(pct);
  });

  it('halves go up, even where binary floating point would not', () => {
    // 0.25 and 0.35 sit exactly on a half of a tenth (0.35 is 0.34999… as a binary fraction).
    expect([ratioTo1dp(1, 4), ratioTo1dp(7, 20), ratioTo1dp(-1, 4)]).toEqual([0.3, 0.4, -0.3]);
  });

  it('per 1,000 homes, means and medians; null when there is nothing to divide', () => {
    expect([per1000(11, 2500), per1000(3, 30_000), per1000(5, null), percent(0, 0)]).toEqual([
      4.4,
      0.1,
      null,
      null,
    ]);
    expect([mean1dp([7, 9, 10, 13, 13, 15, 17]), median1dp([7, 9, 10, 13, 13, 15, 17])]).toEqual([12, 13]);
    expect([median1dp([10, 11]), mean1dp([]), median1dp([])]).toEqual([10.5, null, null]);
  });
});

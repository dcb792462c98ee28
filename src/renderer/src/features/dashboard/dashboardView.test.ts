// The dashboard's pure parts: the period each choice covers, the view kept in the address, and the
// CSV a chart's table downloads as.
import { describe, expect, it } from 'vitest';
import { csvFileName, tableCsv, type FigureTable } from './figureTable';
import { DEFAULT_VIEW, filtersOf, periodOf, readView, writeView, type PeriodChoice } from './view';

describe('the period each choice covers', () => {
  it.each<[PeriodChoice, string, string, string]>([
    // Reporting years run 1 April – 31 March; quarters are calendar quarters.
    ['this-year', '2026-12-03', '2026-04-01', '2027-03-31'],
    ['this-year', '2027-03-31', '2026-04-01', '2027-03-31'],
    ['this-year', '2027-04-01', '2027-04-01', '2028-03-31'],
    ['last-year', '2026-12-03', '2025-04-01', '2026-03-31'],
    ['this-quarter', '2026-12-03', '2026-10-01', '2026-12-31'],
    ['last-quarter', '2026-12-03', '2026-07-01', '2026-09-30'],
    ['last-quarter', '2027-02-10', '2026-10-01', '2026-12-31'],
    ['this-month', '2028-02-10', '2028-02-01', '2028-02-29'],
    ['last-month', '2027-01-15', '2026-12-01', '2026-12-31'],
  ])('%s on %s is %s to %s', (period, today, from, to) => {
    expect(periodOf({ ...DEFAULT_VIEW, period }, today)).toEqual({ from, to });
  });

  it('dates I choose: both needed, and not the wrong way round', () => {
    const dates = { ...DEFAULT_VIEW, period: 'dates' as const };
    expect(periodOf({ ...dates, from: '2026-05-01', to: '2026-05-31' }, '2026-12-03')).toEqual({
      from: '2026-05-01',
      to: '2026-05-31',
    });
    expect(periodOf({ ...dates, from: '2026-05-01' }, '2026-12-03')).toBeNull();
    expect(periodOf({ ...dates, from: '2026-06-01', to: '2026-05-31' }, '2026-12-03')).toBeNull();
  });
});

describe('the view in the address', () => {
  it('round-trips every filter', () => {
    const view = {
      period: 'dates' as const,
      from: '2026-04-01',
      to: '2026-06-30',
      stage: 2 as const,
      serviceArea: 'repairs' as const,
      officerId: 'p-1',
      rootCause: 'Missed appointment & no call',
    };
    expect(readView(writeView(view))).toEqual(view);
    expect(filtersOf(view)).toEqual({
      stage: 2,
      serviceArea: 'repairs',
      officerId: 'p-1',
      rootCause: 'Missed appointment & no call',
    });
  });

  it('ignores what does not read as a choice, so an old bookmark still opens', () => {
    expect(readView('period=fortnight&stage=3&serviceArea=gardening&from=2026-01-01')).toEqual(DEFAULT_VIEW);
    expect(readView('')).toEqual(DEFAULT_VIEW);
    expect(filtersOf(DEFAULT_VIEW)).toEqual({});
  });
});

describe('CSV of a chart’s table', () => {
  it('names the file after what it holds and its period', () => {
    expect(csvFileName('stage1.respondedOnTime', '2026-04-01', '2027-03-31')).toBe(
      'stage1-responded-on-time-2026-04-01-to-2027-03-31.csv',
    );
  });

  it('is UTF-8 with a mark Excel reads, CRLF lines, quoted fields and no formulas', () => {
    const table: FigureTable = {
      caption: 'Stage 1 complaints received, by root cause',
      columns: ['Root cause', 'Complaints'],
      rows: [
        { head: 'Damp, mould', cells: [{ text: '12' }] },
        { head: '=HYPERLINK("x")', cells: [{ text: '1,204' }] },
        { head: 'Café “quote"', cells: [{ text: '3' }] },
      ],
      fileName: 'x',
    };
    expect(tableCsv(table)).toBe(
      '\uFEFFRoot cause,Complaints\r\n"Damp, mould",12\r\n"\'=HYPERLINK(""x"")","1,204"\r\n"Café “quote""",3\r\n',
    );
  });
});

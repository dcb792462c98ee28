import { describe, expect, it } from 'vitest';
import { addMonths, formatIsoDate, showDatesIn } from './dates';

describe('calendar dates', () => {
  it('reads YYYY-MM-DD as a date, whatever the time zone', () => {
    expect(formatIsoDate('2026-01-14')).toBe('Wed 14 Jan 2026');
    expect(formatIsoDate('2026-01-14', { withYear: false })).toBe('Wed 14 Jan');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });

  it('writes dates as this computer is set to, and back', () => {
    showDatesIn('en-US');
    try {
      expect(formatIsoDate('2026-01-14')).toBe('Wed Jan 14 2026');
    } finally {
      showDatesIn('en-GB');
    }
    expect(formatIsoDate('2026-01-14')).toBe('Wed 14 Jan 2026');
  });

  it('adds calendar months, keeping to the end of short months', () => {
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
});

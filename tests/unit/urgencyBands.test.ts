// The urgency bands a list counts with must put every due date in the band ragStatus gives it.
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../../src/main/calendars';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import { ragStatus } from '../../src/shared/complaints/deadlines';
import { urgencyBands } from '../../src/shared/complaints/urgencyBands';

const cal = calendarFor({ ...CODE_POLICY, closureDays: ['2026-12-29'] });
const day = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('urgency bands', () => {
  it.each([
    // [today, soonFrom, onTrackFrom]
    // A Wednesday: Thursday and Friday are due soon, and so is the weekend after (no working day passes).
    ['2026-06-10', '2026-06-11', '2026-06-15'],
    // A Friday: the weekend is still today's; Monday and Tuesday are soon.
    ['2026-06-12', '2026-06-15', '2026-06-17'],
    // A Saturday: Sunday counts as today.
    ['2026-06-13', '2026-06-15', '2026-06-17'],
    // Christmas Eve: the bank holidays, the weekend and the closure day (29th) are all "today".
    ['2026-12-24', '2026-12-30', '2027-01-04'],
  ])('on %s', (today, soonFrom, onTrackFrom) => {
    expect(urgencyBands(cal, today)).toEqual({ today, soonFrom, onTrackFrom });
  });

  it('agrees with ragStatus for every due date around every day of a year', () => {
    for (let i = 0; i < 366; i++) {
      const today = day('2026-01-01', i);
      const b = urgencyBands(cal, today);
      for (let k = -3; k < 20; k++) {
        const due = day(today, k);
        const band =
          due < b.today
            ? 'overdue'
            : due < b.soonFrom
              ? 'due_today'
              : due < b.onTrackFrom
                ? 'due_soon'
                : 'on_track';
        expect(band, `${due} on ${today}`).toBe(ragStatus(cal, due, today).rag);
      }
    }
  });
});

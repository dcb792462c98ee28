// The due dates each urgency covers on a given day, so a list can count and filter by urgency
// with date ranges (in an index) rather than judging every case. Derived from ragStatus itself,
// so the bands can never disagree with the badge a case shows.
import type { IsoDate, WorkingCalendar } from './calendar';
import { ragStatus, type Rag } from './deadlines';

/** Overdue: due before `today`; due today: [today, soonFrom); due soon: [soonFrom, onTrackFrom). */
export interface UrgencyBands {
  today: IsoDate;
  soonFrom: IsoDate;
  onTrackFrom: IsoDate;
}

const nextDay = (d: IsoDate): IsoDate =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function urgencyBands(cal: WorkingCalendar, today: IsoDate): UrgencyBands {
  // A due date's urgency only grows later as the date moves away from today, so each band is
  // one run of dates: walk forward until each changes (a fortnight at most, around Christmas).
  const firstFrom = (from: IsoDate, leaving: Rag): IsoDate => {
    let d = from;
    while (ragStatus(cal, d, today).rag === leaving) d = nextDay(d);
    return d;
  };
  const soonFrom = firstFrom(today, 'due_today');
  return { today, soonFrom, onTrackFrom: firstFrom(soonFrom, 'due_soon') };
}

/** The urgency a list can be filtered by: a deadline band, or health and safety risk. */
export const URGENCY_FILTERS = ['overdue', 'due_today', 'due_soon', 'health_and_safety'] as const;
export type UrgencyFilter = (typeof URGENCY_FILTERS)[number];

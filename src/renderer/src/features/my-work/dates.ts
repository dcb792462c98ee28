// Calendar dates (YYYY-MM-DD) for the work lists and the policy settings.
import type { IsoDate } from '../../../../shared/complaints/calendar';

const LONG = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

function utcDate(iso: IsoDate): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A calendar date (YYYY-MM-DD) as people write it: "Wed 14 Jan 2026". Read as a date, not an
 * instant, so no time zone can move it to the day before.
 */
export function formatIsoDate(iso: IsoDate, options: { withYear?: boolean } = {}): string {
  const d = utcDate(iso);
  if (!d) return iso;
  return (options.withYear === false ? SHORT : LONG).format(d).replace(/,/g, '');
}

/** The date `months` calendar months after `iso` (clamped to the month's last day). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const d = utcDate(iso);
  if (!d) return iso;
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

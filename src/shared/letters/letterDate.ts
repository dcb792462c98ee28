// Dates as a letter prints them: "Friday 27 November 2026". A letter's dates are calendar days
// (YYYY-MM-DD), so they are read as that day wherever the computer is, with no clock or zone.

const LONG = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Friday 27 November 2026" from "2026-11-27"; the text unchanged when it is not such a date. */
export function letterDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const day = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    LONG.formatToParts(day).find((p) => p.type === type)?.value;
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

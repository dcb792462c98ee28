// Calendar dates (YYYY-MM-DD) and local times for the complaint forms. Code deadlines are calendar
// dates with no time or zone, so they are formatted as such (never shifted by the time zone).

import { todayIso as ukToday } from '../../../../shared/complaints/calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the UK, YYYY-MM-DD: the same "today" the main side checks dates against. */
export function todayIso(now: Date = new Date()): string {
  return ukToday(now);
}

/** Now on this computer, for a datetime-local input (YYYY-MM-DDTHH:MM). */
export function nowLocalDateTime(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A datetime-local value as an instant with its offset; null when it cannot be read. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const calendarDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Wed 14 Jan 2026" for 2026-01-14; anything unreadable passes through. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? iso : calendarDate.format(d).replace(/,/g, '');
}

/** "1 working day", "3 working days". */
export function workingDays(n: number): string {
  return `${n} working ${n === 1 ? 'day' : 'days'}`;
}

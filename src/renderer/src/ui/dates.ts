// Calendar dates (YYYY-MM-DD) and local times, for every screen and form. Code deadlines are
// calendar dates with no time or zone, so they are formatted as such (never shifted by the time
// zone).
import { todayIso as ukToday, type IsoDate } from '../../../shared/complaints/calendar';
import { DEFAULT_LOCALE, type AppLocale } from '../../../shared/domain/locale';

const pad = (n: number) => String(n).padStart(2, '0');

const formatters = (locale: AppLocale) => ({
  long: new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  short: new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }),
});

// The locale dates are shown in: this computer's setting, set once it is read (see ui/locale).
let shown = { locale: DEFAULT_LOCALE, ...formatters(DEFAULT_LOCALE) };

/** Shows every date from now on in `locale` (screens re-render when the setting changes). */
export function showDatesIn(locale: AppLocale): void {
  if (locale !== shown.locale) shown = { locale, ...formatters(locale) };
}

/** The locale dates are shown and typed in on this computer. */
export function shownLocale(): AppLocale {
  return shown.locale;
}

function utcDate(iso: IsoDate): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

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

/**
 * A calendar date (YYYY-MM-DD) as people write it: "Wed 14 Jan 2026" ("Wed Jan 14 2026" in
 * English (US)), "—" for none. Read as a
 * date, not an instant, so no time zone can move it to the day before; anything unreadable passes
 * through.
 */
export function formatIsoDate(iso: IsoDate | null | undefined, options: { withYear?: boolean } = {}): string {
  if (!iso) return '—';
  const d = utcDate(iso);
  if (!d) return iso;
  return (options.withYear === false ? shown.short : shown.long).format(d).replace(/,/g, '');
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

/** "1 working day", "3 working days". */
export function workingDays(n: number): string {
  return `${n} working ${n === 1 ? 'day' : 'days'}`;
}

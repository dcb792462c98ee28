// How this computer writes and reads dates: English (UK) day/month/year, the default, or English
// (US) month/day/year. Stored as the ISO date whatever the officer types; only what is shown and
// what is typed follow the locale.
import { isIsoDate } from '../complaints/calendar';

export const APP_LOCALES = ['en-GB', 'en-US'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'en-GB';

export const LOCALE_LABELS: Record<AppLocale, string> = {
  'en-GB': 'English (UK): 14/01/2026, weeks start on Monday',
  'en-US': 'English (US): 01/14/2026, weeks start on Sunday',
};

/** The pattern an officer types, as shown beside a date box. */
export const TYPED_DATE_HINT: Record<AppLocale, string> = {
  'en-GB': 'dd/mm/yyyy',
  'en-US': 'mm/dd/yyyy',
};

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as an officer types it, as YYYY-MM-DD; null when it is not a whole, real date. Day and
 * month in the locale's order, one or two digits, separated by /, - or .; a four-digit year (a
 * two-digit one is refused rather than guessed); or the ISO date itself.
 */
export function readTypedDate(text: string, locale: AppLocale): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDate(t) ? t : null;
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (!m) return null;
  const [first, second, year] = [Number(m[1]), Number(m[2]), m[3]];
  const [day, month] = locale === 'en-US' ? [second, first] : [first, second];
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/** YYYY-MM-DD as an officer types it: 14/01/2026 (UK) or 01/14/2026 (US); anything else unchanged. */
export function writeTypedDate(iso: string, locale: AppLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return locale === 'en-US' ? `${m[2]}/${m[3]}/${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * A date and time as typed (the date as readTypedDate reads it, then a 24-hour time, with a space
 * or a T between) as YYYY-MM-DDTHH:MM; null when either part is not real.
 */
export function readTypedDateTime(text: string, locale: AppLocale): string | null {
  const m = /^(.+?)(?:\s+|T)(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = readTypedDate(m[1]!, locale);
  const [hours, minutes] = [Number(m[2]), Number(m[3])];
  if (!date || hours > 23 || minutes > 59) return null;
  return `${date}T${pad(hours)}:${pad(minutes)}`;
}

/** YYYY-MM-DDTHH:MM as typed: 14/01/2026 09:30 (UK); anything else unchanged. */
export function writeTypedDateTime(value: string, locale: AppLocale): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m ? `${writeTypedDate(m[1]!, locale)} ${m[2]}` : value;
}

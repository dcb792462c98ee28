// Values as the rest of Redress writes them: dates as "Wed 14 Jan 2026", moments with the UK
// time, money as £1,234.56, yes/no for flags, and long text cut to a line.
import { isIsoDate } from '../complaints/calendar';
import { formatPounds } from '../remedies/money';

const DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** A calendar date, read as a date (no time zone can move it): "Wed 14 Jan 2026". */
export function dayWords(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return DAY.format(new Date(Date.UTC(y, m - 1, d))).replace(/,/g, '');
}

/** A moment in UK time: "Wed 14 Jan 2026, 14:05". */
export function momentWords(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const parts = MOMENT.formatToParts(new Date(ms));
  const part = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

export function moneyWords(pence: number): string {
  return formatPounds(pence);
}

/** Text on one line, cut with an ellipsis: a history row is not the place for a whole letter. */
export function shortText(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** A code from a closed list that this version has no label for (from a newer Redress): in words. */
export function codeWords(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// The bank holidays shipped with the app, as working calendars. The data is bundled (not read
// from disk at run time) so the CLI, tests and the packaged app all see the same dates.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import data from '../../resources/calendars/bank-holidays.json';
import {
  isIsoDate,
  REGIONS,
  workingCalendar,
  type IsoDate,
  type Region,
  type WorkingCalendar,
} from '../shared/complaints/calendar';
import type { PolicyProfile } from '../shared/complaints/policy';

const FILE = 'resources/calendars/bank-holidays.json';

export interface BankHoliday {
  date: IsoDate;
  title: string;
}

const holidayList = z
  .array(z.object({ date: z.string().refine(isIsoDate, 'not a YYYY-MM-DD date'), title: z.string().min(1) }))
  .refine(
    (list) => list.every((h, i) => i === 0 || list[i - 1]!.date < h.date),
    'dates must be unique and in order',
  );

const fileSchema = z.object({
  source: z.string().min(1),
  regions: z.object(
    Object.fromEntries(REGIONS.map((r) => [r, holidayList])) as Record<Region, typeof holidayList>,
  ),
});

let loaded: Record<Region, readonly BankHoliday[]> | null = null;

function holidays(): Record<Region, readonly BankHoliday[]> {
  if (!loaded) {
    const parsed = fileSchema.safeParse(data);
    if (!parsed.success) {
      const where = parsed.error.issues
        .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
        .join('; ');
      throw new Error(`${FILE} is malformed: ${where}`);
    }
    loaded = parsed.data.regions;
  }
  return loaded;
}

/** The region's bank holidays, for display. */
export function bankHolidays(region: Region): BankHoliday[] {
  return holidays()[region].map((h) => ({ ...h }));
}

const calendars = new Map<string, WorkingCalendar>();

/** The policy's working calendar; built once per region and list of closure days. */
export function calendarFor(policy: PolicyProfile): WorkingCalendar {
  const key = `${policy.region}|${policy.closureDays.join(',')}`;
  let cal = calendars.get(key);
  if (!cal) {
    // Each edit of the closure days makes a new key; old ones are never asked for again.
    if (calendars.size >= 16) calendars.clear();
    const dates = holidays()[policy.region].map((h) => h.date);
    cal = workingCalendar(policy.region, dates, policy.closureDays);
    calendars.set(key, cal);
  }
  return cal;
}

/** The bundled bank holidays as a short fingerprint: a version that ships new dates is noticed. */
export const CALENDAR_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify(data))
  .digest('hex')
  .slice(0, 16);

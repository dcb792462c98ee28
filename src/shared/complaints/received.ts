// The date a complaint was received: the day the Code's clock starts (acknowledgement deadlines
// count from it). The rules for that date live here only: the state machine applies them when a
// case becomes a complaint, the service when an officer corrects the date, and both refuse the
// same dates with the same words.
import type { CaseType } from '../domain/vocabulary';
import type { IsoDate } from './calendar';

/** What a received date is checked against. */
export interface ReceivedDateContext {
  today: IsoDate;
  /** The stage 1 acknowledgement, if any: a complaint is received before it is acknowledged. */
  acknowledgedOn: IsoDate | null;
  /** When the resident noticed the issue (or it occurred), if recorded: no complaint comes before it. */
  issueNoticedOn: IsoDate | null;
}

/** Said of any date of a step or a fact that has not happened yet. */
export const FUTURE_DATE = 'That date is in the future.';

// ISO dates compare correctly as text.
const noticedAfterReceived = (noticed: IsoDate | null, received: IsoDate) =>
  noticed !== null && noticed > received;

/** Why `received` cannot be the date the complaint was received, or null when it can. */
export function receivedDateProblem(received: IsoDate, ctx: ReceivedDateContext): string | null {
  if (received > ctx.today) return FUTURE_DATE;
  if (ctx.acknowledgedOn && received > ctx.acknowledgedOn)
    return 'The date received cannot be after the acknowledgement.';
  if (noticedAfterReceived(ctx.issueNoticedOn, received))
    return 'The date received cannot be before the issue was noticed.';
  return null;
}

/** The same order seen from the other date: why the issue cannot have been noticed on `noticed`. */
export function issueNoticedProblem(noticed: IsoDate, receivedOn: IsoDate | null): string | null {
  if (receivedOn !== null && noticedAfterReceived(noticed, receivedOn))
    return 'The issue cannot have been noticed after the complaint was received.';
  return null;
}

/**
 * The received date of a case re-typed as `type` on `on`. A case becoming a complaint starts the
 * Code's clock that day, unless it already has a received date or (putting right a merge that
 * changed its type at a stage) an acknowledgement to count from; any other type has none.
 */
export function receivedOnWhenRetyped(
  f: { receivedOn: IsoDate | null; stage1AcknowledgedOn: IsoDate | null },
  type: CaseType,
  on: IsoDate,
): IsoDate | null {
  return type === 'complaint' ? (f.receivedOn ?? f.stage1AcknowledgedOn ?? on) : null;
}

/**
 * Whether an issue noticed on `noticed` is older than the complaint window when the complaint
 * arrived on `received` (the Code, §2: 12 months from when it occurred or the resident became
 * aware, whichever is later — `noticed` is that later date). Discretion still applies.
 */
export function outsideComplaintWindow(noticed: IsoDate, received: IsoDate, windowMonths: number): boolean {
  const [y, m, d] = noticed.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + windowMonths, d));
  return received > end.toISOString().slice(0, 10);
}

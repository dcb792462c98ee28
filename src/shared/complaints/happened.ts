// Dates of things that have happened, and dates that follow others: the rules for the records
// outside the state machine (calls, contact attempts, health-and-safety alerts, the Ombudsman's
// requests). The state machine applies the same words to its own steps.
import { todayIso, type IsoDate } from './calendar';
import { FUTURE_DATE } from './received';

/**
 * Why something cannot have happened at `at` (an ISO instant), or null when it can: a day after
 * today in the UK. Judged by the day, as every other date is, so a time typed a little ahead of
 * this computer's clock (another device, a rounded time) is not refused.
 */
export function happenedAtProblem(at: string, now: Date): string | null {
  return todayIso(new Date(at)) > todayIso(now) ? FUTURE_DATE : null;
}

export interface DateProblem {
  field: string;
  message: string;
}

/** A new request or order from the Ombudsman: received by now, due on or after it arrived. */
export function ombudsmanRequestProblem(
  r: { requestedOn: IsoDate; dueOn: IsoDate | null },
  today: IsoDate,
): DateProblem | null {
  if (r.requestedOn > today) return { field: 'requestedOn', message: FUTURE_DATE };
  if (r.dueOn !== null && r.dueOn < r.requestedOn)
    return { field: 'dueOn', message: 'The due date cannot be before the Ombudsman asked.' };
  return null;
}

/** Marking a request done: by now, and not before it was asked for. */
export function ombudsmanDoneProblem(doneOn: IsoDate, requestedOn: IsoDate, today: IsoDate): string | null {
  if (doneOn > today) return FUTURE_DATE;
  if (doneOn < requestedOn) return 'It cannot have been done before the Ombudsman asked.';
  return null;
}

// Satisfaction is asked once the case is closed: with how it was handled and with the outcome.
import type { IsoDate } from '../complaints/calendar';
import { FUTURE_DATE } from '../complaints/received';

export const NOT_CLOSED = 'Satisfaction is asked after the case is closed, and this case is still open.';

/** Why the resident cannot have been asked on `askedOn`, or null when they can. */
export function satisfactionDateProblem(
  askedOn: IsoDate,
  ctx: { today: IsoDate; closedOn: IsoDate | null },
): string | null {
  if (ctx.closedOn === null) return NOT_CLOSED;
  if (askedOn > ctx.today) return FUTURE_DATE;
  if (askedOn < ctx.closedOn)
    return `The resident cannot have been asked before the case closed (${ctx.closedOn}).`;
  return null;
}

/** What each score means, for people (1 is the worst). */
export const SATISFACTION_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Very dissatisfied',
  2: 'Dissatisfied',
  3: 'Neither',
  4: 'Satisfied',
  5: 'Very satisfied',
};

// The dates a stage must be met by, from the policy's timescales and the working calendar.
// Response deadlines run from the actual acknowledgement when there is one,
// and from the acknowledgement deadline until then, so an open case always has a date to show.
import { addWorkingDays, workingDaysBetween, type IsoDate, type WorkingCalendar } from './calendar';
import type { PolicyProfile } from './policy';

export interface StageDeadlines {
  acknowledgeBy: IsoDate;
  respondBy: IsoDate;
  /** The latest the response may be put back to by an extension within the policy's limit. */
  latestExtendedResponse: IsoDate;
}

/**
 * `received` is the date the complaint was received (stage 1) or the date the resident asked
 * to escalate (stage 2).
 */
export function stageDeadlines(
  cal: WorkingCalendar,
  policy: PolicyProfile,
  stage: 1 | 2,
  received: IsoDate,
  acknowledged?: IsoDate | null,
): StageDeadlines {
  const [ack, respond, extend] =
    stage === 1
      ? [policy.acknowledgeDays, policy.stage1ResponseDays, policy.stage1ExtensionDays]
      : [policy.stage2AcknowledgeDays, policy.stage2ResponseDays, policy.stage2ExtensionDays];
  const acknowledgeBy = addWorkingDays(cal, received, ack);
  const respondBy = addWorkingDays(cal, acknowledged ?? acknowledgeBy, respond);
  return { acknowledgeBy, respondBy, latestExtendedResponse: addWorkingDays(cal, respondBy, extend) };
}

export type Rag = 'overdue' | 'due_today' | 'due_soon' | 'on_track';

export const RAG_LABELS: Record<Rag, string> = {
  overdue: 'Overdue',
  due_today: 'Due today',
  due_soon: 'Due within 2 working days',
  on_track: 'On track',
};

const DUE_SOON_WORKING_DAYS = 2;

/**
 * How close `due` is, seen on `today`. workingDaysLeft is workingDaysBetween(today, due), except
 * that a deadline that has passed always counts as at least one working day late: on the
 * Saturday after a Friday deadline no working day has gone by, but the case is overdue.
 */
export function ragStatus(
  cal: WorkingCalendar,
  due: IsoDate,
  today: IsoDate,
): { rag: Rag; workingDaysLeft: number } {
  const left = workingDaysBetween(cal, today, due);
  // ISO dates compare correctly as text.
  if (due < today) return { rag: 'overdue', workingDaysLeft: Math.min(left, -1) };
  if (left === 0) return { rag: 'due_today', workingDaysLeft: 0 };
  if (left <= DUE_SOON_WORKING_DAYS) return { rag: 'due_soon', workingDaysLeft: left };
  return { rag: 'on_track', workingDaysLeft: left };
}

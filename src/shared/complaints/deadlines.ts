// Every Code deadline, counted one way: the policy's timescales in working days on the landlord's
// calendar (see calendar.ts for the counting rule). The lifecycle, the case page, My work, the
// Ombudsman's requests, the CLI's calculator and the demo data all ask here, so no two of them can
// disagree about a date.
import { addWorkingDays, workingDaysBetween, type IsoDate, type WorkingCalendar } from './calendar';
import type { PolicyProfile } from './policy';

export type Stage = 1 | 2;

/** A stage's timescales under the policy, in working days. */
export interface StageTimescales {
  /** From receipt (stage 1) or the escalation request (stage 2) to the acknowledgement. */
  acknowledge: number;
  /** From the acknowledgement to the response. */
  respond: number;
  /** The most an extension may add to the response date without an exceptional reason. */
  extend: number;
}

export function stageTimescales(policy: PolicyProfile, stage: Stage): StageTimescales {
  return stage === 1
    ? {
        acknowledge: policy.acknowledgeDays,
        respond: policy.stage1ResponseDays,
        extend: policy.stage1ExtensionDays,
      }
    : {
        acknowledge: policy.stage2AcknowledgeDays,
        respond: policy.stage2ResponseDays,
        extend: policy.stage2ExtensionDays,
      };
}

/**
 * When a stage must be acknowledged: `from` is the date the complaint was received (stage 1) or
 * the date the resident asked to escalate (stage 2).
 */
export function acknowledgeBy(
  cal: WorkingCalendar,
  policy: PolicyProfile,
  stage: Stage,
  from: IsoDate,
): IsoDate {
  return addWorkingDays(cal, from, stageTimescales(policy, stage).acknowledge);
}

/** The Code's response date, counted from the acknowledgement (before any extension). */
export function respondBy(
  cal: WorkingCalendar,
  policy: PolicyProfile,
  stage: Stage,
  acknowledged: IsoDate,
): IsoDate {
  return addWorkingDays(cal, acknowledged, stageTimescales(policy, stage).respond);
}

/** The latest an extension may put the response back to without an exceptional reason. */
export function latestExtendedResponse(
  cal: WorkingCalendar,
  policy: PolicyProfile,
  stage: Stage,
  respondByDate: IsoDate,
): IsoDate {
  return addWorkingDays(cal, respondByDate, stageTimescales(policy, stage).extend);
}

export interface StageDeadlines {
  acknowledgeBy: IsoDate;
  respondBy: IsoDate;
  /** The latest the response may be put back to by an extension within the policy's limit. */
  latestExtendedResponse: IsoDate;
}

/**
 * A stage's three dates. `received` is the date the complaint was received (stage 1) or the date
 * the resident asked to escalate (stage 2). The response runs from the actual acknowledgement when
 * there is one, and from the acknowledgement deadline until then, so an open case always has a
 * date to show.
 */
export function stageDeadlines(
  cal: WorkingCalendar,
  policy: PolicyProfile,
  stage: Stage,
  received: IsoDate,
  acknowledged?: IsoDate | null,
): StageDeadlines {
  const ackBy = acknowledgeBy(cal, policy, stage, received);
  const respond = respondBy(cal, policy, stage, acknowledged ?? ackBy);
  return {
    acknowledgeBy: ackBy,
    respondBy: respond,
    latestExtendedResponse: latestExtendedResponse(cal, policy, stage, respond),
  };
}

/** Working days the Ombudsman gives a landlord to send evidence, unless they set another date. */
export const OMBUDSMAN_EVIDENCE_DAYS = 15;

/** When evidence (or an order) requested on `requestedOn` is due: the Ombudsman's date, or 15 working days. */
export function evidenceDueBy(
  cal: WorkingCalendar,
  requestedOn: IsoDate,
  setByOmbudsman?: IsoDate | null,
): IsoDate {
  return setByOmbudsman ?? addWorkingDays(cal, requestedOn, OMBUDSMAN_EVIDENCE_DAYS);
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

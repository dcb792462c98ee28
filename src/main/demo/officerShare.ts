// The demo officer's own complaints, laid out so "My work" shows every kind of urgency on the day
// the demo is added, whatever the random seed: one overdue, one due today, one due within two
// working days, some on track, a health-and-safety risk, cases at stage 1 and at stage 2, and an
// investigation task and a promised action of theirs gone past their dates. Every date is counted
// back from today on the landlord's working calendar, with the policy's timescales, so the
// deadlines the app computes land exactly where they are meant to. Pure: dates in, rows' dates out.
import {
  addWorkingDays,
  isWorkingDay,
  type IsoDate,
  type WorkingCalendar,
} from '../../shared/complaints/calendar';
import { stageTimescales } from '../../shared/complaints/deadlines';
import type { PolicyProfile } from '../../shared/complaints/policy';
import type { JourneyColumns } from './complaintJourney';

export interface OfficerCase {
  journey: JourneyColumns;
  /** The health-and-safety risk recorded on the case, and who was told. */
  healthAndSafety: { detail: string; toldWhom: string } | null;
  /** An investigation task of the officer's, still open, due on this (past) date. */
  overdueTask: IsoDate | null;
  /** A promised action the officer owns, still open, due on this (past) date. */
  overdueAction: IsoDate | null;
  /** An Ombudsman evidence request on the case, due on this date. */
  ombudsmanRequest: { requestedOn: IsoDate; dueOn: IsoDate } | null;
}

/**
 * `me` handles them all; `colleague` handled stage 1 of the escalated ones (a stage 2 review is
 * best done by someone else).
 */
export function officerShare(
  me: string,
  colleague: string,
  today: IsoDate,
  cal: WorkingCalendar,
  policy: PolicyProfile,
): OfficerCase[] {
  const s1 = stageTimescales(policy, 1);
  const s2 = stageTimescales(policy, 2);
  /** n working days from today (back when negative). */
  const day = (n: number) => addWorkingDays(cal, today, n);
  const from = (d: IsoDate, n: number) => addWorkingDays(cal, d, n);
  const base = (received: IsoDate): JourneyColumns => ({
    status: 'open',
    received_on: received,
    owner_id: me,
    stage1_acknowledged_on: null,
    stage1_acknowledged_how: null,
    stage1_handler_id: null,
    stage1_responded_on: null,
    escalation_requested_on: null,
    stage2_acknowledged_on: null,
    stage2_acknowledged_how: null,
    stage2_handler_id: null,
    stage2_responded_on: null,
    closed_on: null,
    closure_reason: null,
  });
  /** At stage 1, acknowledged on `ack` (received two working days before). */
  const atStage1 = (ack: IsoDate): JourneyColumns => ({
    ...base(from(ack, -2)),
    status: 'stage1',
    stage1_acknowledged_on: ack,
    stage1_acknowledged_how: 'phone',
    stage1_handler_id: me,
  });
  /** Stage 1 answered on `responded`, by the colleague when it went on to stage 2. */
  const answered = (responded: IsoDate, handler: string): JourneyColumns => ({
    ...atStage1(from(responded, -8)),
    status: 'stage1_responded',
    stage1_handler_id: handler,
    stage1_responded_on: responded,
  });
  /** Escalation asked for on `requested`, after the colleague's stage 1 response. */
  const escalated = (requested: IsoDate): JourneyColumns => ({
    ...answered(from(requested, -3), colleague),
    status: 'stage2_requested',
    escalation_requested_on: requested,
  });
  const atStage2 = (ack2: IsoDate): JourneyColumns => ({
    ...escalated(from(ack2, -2)),
    status: 'stage2',
    stage2_acknowledged_on: ack2,
    stage2_acknowledged_how: 'letter',
    stage2_handler_id: me,
  });
  const plain = { healthAndSafety: null, overdueTask: null, overdueAction: null, ombudsmanRequest: null };

  // Nothing the Code counts in working days falls due on a weekend or bank holiday: on such a
  // day, what is due today is the Ombudsman's evidence, on the date the Ombudsman set.
  const dueToday: OfficerCase = isWorkingDay(cal, today)
    ? { ...plain, journey: atStage1(day(-s1.respond)) }
    : {
        ...plain,
        journey: {
          ...atStage2(day(-30)),
          status: 'stage2_responded',
          stage2_responded_on: day(-20),
        },
        ombudsmanRequest: { requestedOn: day(-10), dueOn: today },
      };

  return [
    // Not acknowledged, two working days past the acknowledgement deadline.
    { ...plain, journey: base(day(-(s1.acknowledge + 2))) },
    dueToday,
    { ...plain, journey: atStage1(day(2 - s1.respond)) },
    // On track, but a task of mine for it is a day late.
    { ...plain, journey: atStage1(day(-2)), overdueTask: day(-1) },
    {
      ...plain,
      journey: atStage1(day(-1)),
      healthAndSafety: {
        detail: 'Black mould around the bedroom window; the resident’s child has asthma.',
        toldWhom: 'Damp and mould surveyor (repairs team)',
      },
    },
    // Stage 2: one on track, one whose acknowledgement is a day late.
    { ...plain, journey: atStage2(day(5 - s2.respond)) },
    { ...plain, journey: escalated(day(-(s2.acknowledge + 1))) },
    // Answered at stage 1, nothing due under the Code, but a promise to the resident is late.
    { ...plain, journey: answered(day(-20), me), overdueAction: day(-3) },
  ];
}

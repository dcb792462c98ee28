// What each complaint contributes to the performance figures, stage by stage: the dates and the
// on-time judgements every measure counts. Worked out once per case (kept at write time in the
// store's report_stages table, migration 12) from the recorded facts, with the deadline rules of
// complaints/deadlines.ts — never a second deadline rule.
//
// Sources for the judgements (cited again beside each measure in measureRules.ts):
// - Complaint Handling Code 2024 §5.4/§6.1 (stage 1) and §6.11 (stage 2): acknowledge within 5
//   working days of receipt / of the escalation request — judged against the landlord's policy
//   (which may be stricter, never looser without saying so).
// - Code §6.4–6.5: the stage 1 response within 10 working days of the acknowledgement; an
//   extension of no more than 10 further working days, agreed with and explained to the resident.
// - Code §6.13–6.14: the stage 2 response within 20 working days of the acknowledgement; an
//   extension of no more than 20 further working days.
// - Regulator of Social Housing, TSM technical requirements, CH02: "within the Complaint Handling
//   Code timescales" — so responses are judged against the CODE's day counts on the landlord's
//   working calendar, whatever the landlord's own policy says.
import type { IsoDate, WorkingCalendar } from '../complaints/calendar';
import { workingDaysBetween } from '../complaints/calendar';
import { acknowledgeBy, latestExtendedResponse, respondBy, type Stage } from '../complaints/deadlines';
import type { ComplaintFacts } from '../complaints/lifecycle';
import { CODE_POLICY, type PolicyProfile } from '../complaints/policy';
import type { ExclusionReason } from '../domain/vocabulary';

/** An extension as the report reads it (deleted ones left out by the caller). */
export interface ReportExtension {
  stage: Stage;
  newDue: IsoDate;
  residentToldOn: IsoDate;
}

export interface ReportingCase {
  facts: ComplaintFacts;
  extensions: readonly ReportExtension[];
  /** Deleted as opened in error. */
  deleted: boolean;
}

/** One stage of one complaint, as every measure sees it. */
export interface StageReport {
  stage: Stage;
  /** Stage 1: the date received; stage 2: the date escalation was requested. Null: refused. */
  receivedOn: IsoDate | null;
  acknowledgeBy: IsoDate | null;
  acknowledgedOn: IsoDate | null;
  acknowledged: boolean;
  acknowledgedOnTime: boolean;
  /** The Code's response deadline (from the acknowledgement, or its deadline until there is one). */
  dueOn: IsoDate | null;
  /** An extended deadline that counts: agreed and told to the resident in time, capped at the Code's limit. */
  extendedTo: IsoDate | null;
  /** The deadline in force: extendedTo, else dueOn. */
  dueWithExtensions: IsoDate | null;
  /** Any extension recorded at this stage. */
  extended: boolean;
  respondedOn: IsoDate | null;
  respondedOnTime: boolean;
  respondedOnTimeWithExtensions: boolean;
  workingDays: number | null;
  /** Closed without a response at this stage (withdrawn, or put right at first contact). */
  stoppedOn: IsoDate | null;
  /** Stage 1: not accepted (declined); stage 2: escalation refused — the date decided. */
  refusedOn: IsoDate | null;
  refusedReason: ExclusionReason | null;
  /** Stage 1 only: the resident asked to escalate after this response. */
  escalated: boolean;
}

/**
 * Whether a case counts at all. Only complaints; never one deleted as opened in error, nor one
 * merged into another (the case it was merged into counts instead). A group complaint is one case
 * however many residents it names, and a reopened one keeps one row per stage: each counts once.
 */
export function countsInReports(c: ReportingCase): boolean {
  return !c.deleted && c.facts.type === 'complaint' && c.facts.closureReason !== 'merged';
}

/** The stages a complaint reached, as the measures count them; [] when it does not count. */
export function stageReports(c: ReportingCase, policy: PolicyProfile, cal: WorkingCalendar): StageReport[] {
  if (!countsInReports(c)) return [];
  const f = c.facts;
  const reports: StageReport[] = [];
  if (f.receivedOn || f.closureReason === 'declined')
    reports.push(
      stageReport(c, policy, cal, {
        stage: 1,
        from: f.receivedOn,
        acknowledgedOn: f.stage1AcknowledgedOn,
        respondedOn: f.stage1RespondedOn,
        refused: f.closureReason === 'declined',
        refusedReason: f.declineReason,
        escalated: f.escalationRequestedOn !== null && f.closureReason !== 'escalation_refused',
        laterStage: f.escalationRequestedOn !== null,
      }),
    );
  if (f.escalationRequestedOn)
    reports.push(
      stageReport(c, policy, cal, {
        stage: 2,
        from: f.escalationRequestedOn,
        acknowledgedOn: f.stage2AcknowledgedOn,
        respondedOn: f.stage2RespondedOn,
        refused: f.closureReason === 'escalation_refused',
        refusedReason: f.escalationRefusalReason,
        escalated: false,
        laterStage: false,
      }),
    );
  return reports;
}

interface StageInput {
  stage: Stage;
  from: IsoDate | null;
  acknowledgedOn: IsoDate | null;
  respondedOn: IsoDate | null;
  refused: boolean;
  refusedReason: ExclusionReason | null;
  escalated: boolean;
  /** The case went on to a later stage (so a closure is not this stage's). */
  laterStage: boolean;
}

function stageReport(
  c: ReportingCase,
  policy: PolicyProfile,
  cal: WorkingCalendar,
  s: StageInput,
): StageReport {
  const f = c.facts;
  const received = s.refused ? null : s.from;
  const ackBy = received ? acknowledgeBy(cal, policy, s.stage, received) : null;
  const ackOn = received ? s.acknowledgedOn : null;
  const dueOn = ackBy ? respondBy(cal, CODE_POLICY, s.stage, ackOn ?? ackBy) : null;
  const extendedTo = dueOn ? agreedExtension(cal, s.stage, dueOn, c.extensions) : null;
  const dueWithExtensions = extendedTo ?? dueOn;
  const respondedOn = received ? s.respondedOn : null;
  return {
    stage: s.stage,
    receivedOn: received,
    acknowledgeBy: ackBy,
    acknowledgedOn: ackOn,
    acknowledged: ackOn !== null,
    acknowledgedOnTime: ackOn !== null && ackBy !== null && ackOn <= ackBy,
    dueOn,
    extendedTo,
    dueWithExtensions,
    extended: c.extensions.some((e) => e.stage === s.stage),
    respondedOn,
    respondedOnTime: respondedOn !== null && dueOn !== null && respondedOn <= dueOn,
    respondedOnTimeWithExtensions:
      respondedOn !== null && dueWithExtensions !== null && respondedOn <= dueWithExtensions,
    workingDays: respondedOn && received ? workingDaysBetween(cal, received, respondedOn) : null,
    stoppedOn:
      received && !respondedOn && !s.laterStage && f.status === 'closed' ? (f.closedOn ?? null) : null,
    refusedOn: s.refused ? (f.closedOn ?? s.from) : null,
    refusedReason: s.refused ? s.refusedReason : null,
    escalated: respondedOn !== null && s.escalated,
  };
}

/**
 * The extended deadline that counts for CH02 (TSM CH02 with the Code §6.5 / §6.14): the latest
 * extension told to the resident on or before the original deadline, no later than the Code's
 * limit (an extension beyond the limit counts up to the limit). Null when none counts.
 */
export function agreedExtension(
  cal: WorkingCalendar,
  stage: Stage,
  dueOn: IsoDate,
  extensions: readonly ReportExtension[],
): IsoDate | null {
  const limit = latestExtendedResponse(cal, CODE_POLICY, stage, dueOn);
  let best: IsoDate | null = null;
  for (const e of extensions) {
    if (e.stage !== stage || e.residentToldOn > dueOn || e.newDue <= dueOn) continue;
    const counted = e.newDue > limit ? limit : e.newDue;
    if (!best || counted > best) best = counted;
  }
  return best;
}

/**
 * Open at the end of `day` and past its deadline then: not acknowledged and past the
 * acknowledgement deadline, or acknowledged and past the response deadline with agreed extensions.
 */
export function overdueOn(r: StageReport, day: IsoDate): boolean {
  if (!openOn(r, day)) return false;
  if (!r.acknowledgedOn || r.acknowledgedOn > day) return r.acknowledgeBy !== null && r.acknowledgeBy < day;
  return r.dueWithExtensions !== null && r.dueWithExtensions < day;
}

/** Received by the end of `day` and, on it, neither responded to nor closed without a response. */
export function openOn(r: StageReport, day: IsoDate): boolean {
  return (
    r.receivedOn !== null &&
    r.receivedOn <= day &&
    (r.respondedOn === null || r.respondedOn > day) &&
    (r.stoppedOn === null || r.stoppedOn > day)
  );
}

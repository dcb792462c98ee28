// The rule of every stage figure: ONE definition each, read both by the count in
// `reporting.measures` and by the list in `reporting.cases` (services/reporting builds the same
// WHERE from it), and by the pure `stageCounts` below that the unit tests check by hand.
//
// A rule names the event that puts a stage in a period, and optionally a judgement it must carry:
// - received: Code §5–6 and TSM CH01 ("complaints received", stage 2 = escalations requested in
//   the period). Refusals to accept (Code §3, exclusions) are not received: they count under
//   `refused`, by the date decided. Withdrawn complaints were received, but never responded to.
// - acknowledged / acknowledgedOnTime: of those received in the period; on time = by the
//   landlord's policy acknowledgement days (Code §5.4 / §6.11: 5 working days).
// - responded / respondedOnTime / respondedOnTimeWithExtensions: responses issued in the period,
//   whenever received (TSM CH02: "of complaints responded to in the reporting year"). On time =
//   on or before the Code's deadline (§6.4: 10 working days after the stage 1 acknowledgement;
//   §6.13: 20 after the stage 2 one); with extensions = on or before an extended deadline agreed and
//   told to the resident before the original passed, within §6.5 / §6.14's limits. CH02 uses this.
// - extended: responses in the period whose stage had an extension.
// - refused: decided in the period (stage 1: not accepted; stage 2: escalation refused).
// - openAtEnd / overdueAtEnd: received by the period's last day and open on it (today, for a period
//   not yet over); overdue = past the acknowledgement deadline unacknowledged, or past the response
//   deadline with agreed extensions.
// - resolved / escalated (stage 1): of the stage 1 responses in the period, those whose resident
//   did not / did go on to ask for stage 2 (a refused escalation is not an escalation).
import type { IsoDate } from '../complaints/calendar';
import type { StageMeasureKey } from './measureKeys';
import type { Period } from './period';
import { openOn, overdueOn, type StageReport } from './stageReport';

/**
 * A period as the rules read it. `asOf` is today when the period has not ended yet: what is open
 * or overdue "at the end" is then judged on today, not on a day that has not happened.
 */
export interface RulePeriod extends Period {
  asOf?: IsoDate;
}

/** The day open and overdue cases are judged on: the period's last day, or today if earlier. */
export function judgedOn(p: RulePeriod): IsoDate {
  return p.asOf && p.asOf < p.to ? p.asOf : p.to;
}

export type StageEvent = 'received' | 'responded' | 'refused' | 'openAtEnd';

/** The boolean judgements of a StageReport a rule may require. */
export type StageFlag =
  | 'acknowledged'
  | 'acknowledgedOnTime'
  | 'respondedOnTime'
  | 'respondedOnTimeWithExtensions'
  | 'extended'
  | 'escalated'
  | 'overdueAtEnd';

export interface StageRule {
  event: StageEvent;
  flag?: { name: StageFlag; is: boolean };
}

export type StageRuleKey = StageMeasureKey | 'resolved' | 'escalated';

const need = (name: StageFlag, is = true) => ({ name, is });

export const STAGE_RULES: Record<StageRuleKey, StageRule> = {
  received: { event: 'received' },
  acknowledged: { event: 'received', flag: need('acknowledged') },
  acknowledgedOnTime: { event: 'received', flag: need('acknowledgedOnTime') },
  responded: { event: 'responded' },
  respondedOnTime: { event: 'responded', flag: need('respondedOnTime') },
  respondedOnTimeWithExtensions: { event: 'responded', flag: need('respondedOnTimeWithExtensions') },
  extended: { event: 'responded', flag: need('extended') },
  refused: { event: 'refused' },
  openAtEnd: { event: 'openAtEnd' },
  overdueAtEnd: { event: 'openAtEnd', flag: need('overdueAtEnd') },
  resolved: { event: 'responded', flag: need('escalated', false) },
  escalated: { event: 'responded', flag: need('escalated') },
};

/** The date that puts a stage in a period for an event (openAtEnd: judged on the last day). */
export const EVENT_DATE = {
  received: 'receivedOn',
  responded: 'respondedOn',
  refused: 'refusedOn',
} as const satisfies Record<Exclude<StageEvent, 'openAtEnd'>, keyof StageReport>;

/** Whether one stage counts in a rule's figure for a period: the pure form of the rule. */
export function countsIn(r: StageReport, rule: StageRule, p: RulePeriod): boolean {
  if (rule.event === 'openAtEnd') {
    if (!openOn(r, judgedOn(p))) return false;
  } else {
    const on = r[EVENT_DATE[rule.event]];
    if (on === null || on < p.from || on > p.to) return false;
  }
  if (!rule.flag) return true;
  return flagOf(r, rule.flag.name, judgedOn(p)) === rule.flag.is;
}

function flagOf(r: StageReport, flag: StageFlag, lastDay: IsoDate): boolean {
  return flag === 'overdueAtEnd' ? overdueOn(r, lastDay) : r[flag];
}

/** Every stage rule counted over some stage reports (the unit tests' hand-computed figures). */
export function stageCounts(
  reports: readonly StageReport[],
  stage: 1 | 2,
  p: RulePeriod,
): Record<StageRuleKey, number> {
  const counts = {} as Record<StageRuleKey, number>;
  for (const [key, rule] of Object.entries(STAGE_RULES) as Array<[StageRuleKey, StageRule]>)
    counts[key] = reports.filter((r) => r.stage === stage && countsIn(r, rule, p)).length;
  return counts;
}

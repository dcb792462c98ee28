// The rule of every figure that is not about a stage's dates: what puts a record in a period and
// what it must carry. Services/reporting turns each into the one WHERE that both counts the figure
// and lists the cases behind it (one row per record: a case with two offers is listed twice).
// Only complaints that count at all (stageReport.ts `countsInReports`) are read.
export type RecordMeasureKey =
  | 'compensation.offered'
  | 'compensation.paid'
  | 'promisedActions.due'
  | 'promisedActions.completedOnTime'
  | 'satisfaction.handling.responses'
  | 'satisfaction.handling.satisfied'
  | 'satisfaction.outcome.responses'
  | 'satisfaction.outcome.satisfied'
  | 'ombudsman.determined'
  | 'ombudsman.ordersDue'
  | 'ombudsman.ordersCompliedOnTime';

/** A satisfaction answer of 4 or 5 out of 5 is "satisfied" (seeds 002/004 publish it this way). */
export const SATISFIED_FROM = 4;

export const RECORD_RULES: Record<RecordMeasureKey, string> = {
  // Code §7 (putting things right): a financial remedy offered in the period (the offer's date).
  'compensation.offered': 'Financial remedies offered in the period (by the date offered).',
  'compensation.paid': 'Financial remedies paid in the period (by the date paid).',
  // Code §6.9(f) / §7: outstanding actions promised in a response are tracked to completion.
  'promisedActions.due': 'Promised actions due in the period, not cancelled.',
  'promisedActions.completedOnTime': 'Of those due, completed on or before the date promised.',
  // TSM-style perception measure (seeds 002/004): asked in the period, answered 1–5.
  'satisfaction.handling.responses': 'Residents asked in the period who rated the handling.',
  'satisfaction.handling.satisfied': 'Of those, who rated the handling 4 or 5 out of 5.',
  'satisfaction.outcome.responses': 'Residents asked in the period who rated the outcome.',
  'satisfaction.outcome.satisfied': 'Of those, who rated the outcome 4 or 5 out of 5.',
  // Code §8 (annual report: Ombudsman findings) and §9 (orders complied with on time).
  'ombudsman.determined': 'Complaints the Ombudsman determined in the period (by the determination date).',
  'ombudsman.ordersDue': 'Ombudsman orders due in the period.',
  'ombudsman.ordersCompliedOnTime': 'Of those due, complied with on or before the date due.',
};

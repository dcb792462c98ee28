// The measures as the printed reports show them: one row per figure, stage 1 and stage 2 side by
// side, a percentage beside each count it is a share of, and the TSMs with their definitions in a
// line each. The report and the board pack print the same rows, so a figure reads the same in both.
import type { Measures, StageMeasures } from '../contract/reporting';
import { EXCLUSION_REASON_LABELS, type ExclusionReason } from '../domain/vocabulary';

/** "45 (91.8%)": a count and its share of `of`, to one decimal place. */
export function countWithShare(n: number, of: number): string {
  return of === 0 ? String(n) : `${n} (${((n / of) * 100).toFixed(1)}%)`;
}

export const pctText = (v: number | null) => (v === null ? 'None responded' : `${v.toFixed(1)}%`);
const days = (v: number | null) => (v === null ? 'None responded' : v.toFixed(1));

type StageRow = [string, (s: StageMeasures) => string];

const STAGE_ROWS: StageRow[] = [
  ['Received', (s) => String(s.received)],
  ['Acknowledged', (s) => String(s.acknowledged)],
  ['Acknowledged within 5 working days', (s) => countWithShare(s.acknowledgedOnTime, s.acknowledged)],
  ['Responded to', (s) => String(s.responded)],
  [
    "Responded within the Code's timescale, no extension counted",
    (s) => countWithShare(s.respondedOnTime, s.responded),
  ],
  [
    "Responded within the Code's timescale, counting agreed extensions",
    (s) => countWithShare(s.respondedOnTimeWithExtensions, s.responded),
  ],
  ['Responses whose deadline was extended', (s) => String(s.extended)],
  ['Median working days to respond', (s) => days(s.medianWorkingDays)],
  ['Mean working days to respond', (s) => days(s.meanWorkingDays)],
  ['Refused (not accepted, or escalation refused)', (s) => String(s.refused)],
  ['Open at the end of the period', (s) => String(s.openAtEnd)],
  ['Of those, past their deadline', (s) => String(s.overdueAtEnd)],
];

/** [figure, stage 1, stage 2] rows. */
export function stageRows(m: Measures): string[][] {
  return [
    ...STAGE_ROWS.map(([label, f]) => [label, f(m.stage1), f(m.stage2)]),
    ['Resolved at stage 1 (not escalated)', String(m.stage1.resolved), ''],
    ['Escalation rate (stage 1 responses escalated)', pctText(m.stage1.escalationRatePct), ''],
  ];
}

export const CH01_DEFINITION =
  'CH01: complaints received per 1,000 homes owned, at each stage, in the reporting year (Regulator of Social Housing, Tenant Satisfaction Measures technical requirements).';
export const CH02_DEFINITION =
  "CH02: of the complaints responded to in the period, the percentage responded to within the Complaint Handling Code's timescales, counting an extension only when agreed and told to the resident before the deadline passed.";

const per1000 = (v: number | null) => (v === null ? 'Homes owned not set' : v.toFixed(1));

/** [measure, stage 1, stage 2] rows for CH01 and CH02. */
export function tsmRows(m: Measures): string[][] {
  return [
    [
      'CH01: complaints per 1,000 homes',
      per1000(m.ch01.stage1Per1000Homes),
      per1000(m.ch01.stage2Per1000Homes),
    ],
    ["CH02: responded within the Code's timescales", pctText(m.ch02.stage1Pct), pctText(m.ch02.stage2Pct)],
  ];
}

/** Refusals by reason, most first: [reason in words, stage 1, stage 2]. */
export function refusalRows(m: Measures): string[][] {
  const reasons = new Set([
    ...Object.keys(m.stage1.refusedByReason),
    ...Object.keys(m.stage2.refusedByReason),
  ] as ExclusionReason[]);
  const count = (s: StageMeasures, r: ExclusionReason) => s.refusedByReason[r] ?? 0;
  return [...reasons]
    .sort((a, b) => count(m.stage1, b) + count(m.stage2, b) - count(m.stage1, a) - count(m.stage2, a))
    .map((r) => [EXCLUSION_REASON_LABELS[r] ?? r, String(count(m.stage1, r)), String(count(m.stage2, r))]);
}

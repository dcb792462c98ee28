// Every figure that drills down to the cases behind it, by the dotted name the CLI, the dashboard
// and the reports use (`report cases --measure stage1.respondedOnTime`). One list: the measures
// module defines each key's rule once, and the count and the drill-down list come from that rule.

const STAGE_KEYS = [
  'received',
  'acknowledged',
  'acknowledgedOnTime',
  'responded',
  'respondedOnTime',
  'respondedOnTimeWithExtensions',
  'extended',
  'refused',
  'openAtEnd',
  'overdueAtEnd',
] as const;
export type StageMeasureKey = (typeof STAGE_KEYS)[number];

export const MEASURE_KEYS = [
  ...STAGE_KEYS.map((k) => `stage1.${k}` as const),
  ...STAGE_KEYS.map((k) => `stage2.${k}` as const),
  'stage1.resolved',
  'stage1.escalated',
  'compensation.offered',
  'compensation.paid',
  'promisedActions.due',
  'promisedActions.completedOnTime',
  'satisfaction.handling.responses',
  'satisfaction.handling.satisfied',
  'satisfaction.outcome.responses',
  'satisfaction.outcome.satisfied',
  'ombudsman.determined',
  'ombudsman.ordersDue',
  'ombudsman.ordersCompliedOnTime',
  'open.overdue',
  'open.due_today',
  'open.due_soon',
  'open.on_track',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

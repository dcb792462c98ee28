// The record rules (shared/reporting/recordRules.ts) as SQL: each figure's FROM and WHERE, shared
// by its count and its list. `c` is the case; only complaints with a report_stages row count (the
// pure rule `countsInReports` decided which when the row was kept).
import type { ReportFilters } from '../../../shared/contract/reporting';
import { SATISFIED_FROM, type RecordMeasureKey } from '../../../shared/reporting/recordRules';
import type { Period } from '../../../shared/reporting/period';
import { and, Terms, type Clause } from './stageSql';

export interface RecordQuery {
  /** FROM … (with `c` the case). */
  from: string;
  /** What the figures sharing this FROM have in common (the period, the filters). */
  base: Clause;
  /** This figure's own condition on top of `base`. */
  extra: Clause | null;
  /** base AND extra: the figure's whole WHERE. */
  where: Clause;
  /** A money column summed for the figure (compensation). */
  pence?: string;
  /** The stage the record belongs to, as SQL. */
  stage: string;
  /** The record's own date and words for the list's note, as SQL. */
  detail: string;
  /** The record's due date (actions, orders), as SQL. */
  due: string;
}

const CASE_STAGE = 'CASE WHEN c.escalation_requested_on IS NOT NULL THEN 2 ELSE 1 END';
const COUNTED = 'EXISTS (SELECT 1 FROM report_stages k WHERE k.case_id = c.id)';

const between = (column: string, p: Period): Clause => ({
  sql: `${column} BETWEEN ? AND ?`,
  params: [p.from, p.to],
});

/** The filters on the case (stage: only where the record has a stage, i.e. remedies). */
function caseFilters(filters: ReportFilters, stageColumn: string | null): Clause {
  const terms = new Terms(COUNTED);
  if (filters.stage && stageColumn) terms.add(`${stageColumn} = ?`, filters.stage);
  if (filters.serviceArea) terms.add('c.service_area = ?', filters.serviceArea);
  if (filters.rootCause) terms.add('c.root_cause = ?', filters.rootCause);
  if (filters.officerId)
    terms.add('(c.stage1_handler_id = ? OR c.stage2_handler_id = ?)', filters.officerId, filters.officerId);
  return terms.clause();
}

export function recordQuery(key: RecordMeasureKey, p: Period, filters: ReportFilters): RecordQuery {
  const q = recordRule(key, p, filters);
  return { ...q, where: and(q.base, q.extra) };
}

const condition = (sql: string): Clause => ({ sql, params: [] });

function recordRule(key: RecordMeasureKey, p: Period, filters: ReportFilters): Omit<RecordQuery, 'where'> {
  switch (key) {
    case 'compensation.offered':
    case 'compensation.paid': {
      const date = key === 'compensation.offered' ? 'r.offered_on' : 'r.paid_on';
      return {
        from: 'remedies r JOIN cases c ON c.id = r.case_id',
        base: and(
          condition("r.kind = 'financial' AND r.deleted_at IS NULL"),
          between(date, p),
          caseFilters(filters, 'r.stage'),
        ),
        extra: null,
        pence: 'coalesce(r.amount_pence, 0)',
        stage: 'r.stage',
        detail: `json_array(${date}, r.amount_pence)`,
        due: 'NULL',
      };
    }
    case 'promisedActions.due':
    case 'promisedActions.completedOnTime':
      return {
        from: 'promised_actions a JOIN cases c ON c.id = a.case_id',
        base: and(
          condition("a.deleted_at IS NULL AND a.status <> 'cancelled'"),
          between('a.due_on', p),
          caseFilters(filters, null),
        ),
        extra:
          key === 'promisedActions.completedOnTime'
            ? condition('a.completed_on IS NOT NULL AND a.completed_on <= a.due_on')
            : null,
        stage: CASE_STAGE,
        detail: 'json_array(a.what, a.completed_on)',
        due: 'a.due_on',
      };
    case 'satisfaction.handling.responses':
    case 'satisfaction.handling.satisfied':
    case 'satisfaction.outcome.responses':
    case 'satisfaction.outcome.satisfied': {
      const column = key.startsWith('satisfaction.handling')
        ? 'c.satisfaction_handling'
        : 'c.satisfaction_outcome';
      return {
        from: 'cases c',
        base: and(between('c.satisfaction_asked_on', p), caseFilters(filters, null)),
        extra: condition(
          key.endsWith('satisfied') ? `${column} >= ${SATISFIED_FROM}` : `${column} IS NOT NULL`,
        ),
        stage: CASE_STAGE,
        detail: `json_array(c.satisfaction_asked_on, ${column})`,
        due: 'NULL',
      };
    }
    case 'ombudsman.determined':
      return {
        from: 'cases c',
        base: and(between('c.ombudsman_determined_on', p), caseFilters(filters, null)),
        extra: null,
        stage: CASE_STAGE,
        detail: 'json_array(c.ombudsman_determined_on, c.ombudsman_determination)',
        due: 'NULL',
      };
    case 'ombudsman.ordersDue':
    case 'ombudsman.ordersCompliedOnTime':
      return {
        from: 'ombudsman_requests o JOIN cases c ON c.id = o.case_id',
        base: and(
          condition("o.kind = 'order' AND o.deleted_at IS NULL"),
          between('o.due_on', p),
          caseFilters(filters, null),
        ),
        extra:
          key === 'ombudsman.ordersCompliedOnTime'
            ? condition('o.done_on IS NOT NULL AND o.done_on <= o.due_on')
            : null,
        stage: '2',
        detail: 'json_array(o.detail, o.done_on)',
        due: 'o.due_on',
      };
  }
}

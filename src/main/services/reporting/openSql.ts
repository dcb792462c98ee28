// Open complaints today by urgency (the dashboard's tiles and their drill-down): the case's next
// deadline (kept in cases.next_due_on) graded by ragStatus, the rule My work and the case page use.
import type BetterSqlite3 from 'better-sqlite3';
import type { ReportFilters } from '../../../shared/contract/reporting';
import type { IsoDate, WorkingCalendar } from '../../../shared/complaints/calendar';
import { ragStatus, type Rag } from '../../../shared/complaints/deadlines';
import { Terms } from './stageSql';

export interface OpenRow {
  id: string;
  stage: 1 | 2;
  next_due_on: string;
  rag: Rag;
}

/** Open complaints with a deadline, graded on `today`, narrowed by the filters. */
export function openComplaints(
  db: BetterSqlite3.Database,
  cal: WorkingCalendar,
  today: IsoDate,
  filters: ReportFilters,
): OpenRow[] {
  const terms = new Terms(
    "c.type = 'complaint' AND c.deleted_at IS NULL AND c.is_open = 1 AND c.next_due_on IS NOT NULL",
  );
  terms.add('EXISTS (SELECT 1 FROM report_stages k WHERE k.case_id = c.id)');
  if (filters.serviceArea) terms.add('c.service_area = ?', filters.serviceArea);
  if (filters.rootCause) terms.add('c.root_cause = ?', filters.rootCause);
  if (filters.officerId) terms.add('c.owner_id = ?', filters.officerId);
  const { sql, params } = terms.clause();
  const rows = db
    .prepare(
      `SELECT c.id, CASE WHEN c.status IN ('stage2_requested', 'stage2', 'stage2_responded') THEN 2 ELSE 1 END AS stage,
         c.next_due_on FROM cases c WHERE ${sql}`,
    )
    .all(...params) as Array<Omit<OpenRow, 'rag'>>;
  return rows
    .filter((r) => !filters.stage || r.stage === filters.stage)
    .map((r) => ({ ...r, rag: ragStatus(cal, r.next_due_on, today).rag }));
}

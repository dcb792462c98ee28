// Promised actions past their due date and not done, as the action tracker counts them (open,
// not deleted, due before today), narrowed by the dashboard's filters through the action's
// complaint: its service area, root cause and officer, and the stage of the remedy or complaint
// point the promise was made under.
import { sql } from 'kysely';
import { todayIso } from '../../../shared/complaints/calendar';
import type { ReportFilters } from '../../../shared/contract/reporting';
import type { ServiceContext } from '../../store/context';

export async function overdueActions(ctx: ServiceContext, filters: ReportFilters): Promise<number> {
  const today = todayIso(ctx.now());
  const conds = [sql`a.status = 'open'`, sql`a.deleted_at IS NULL`, sql`a.due_on < ${today}`];
  const narrowed = Boolean(filters.serviceArea || filters.officerId || filters.rootCause || filters.stage);
  if (filters.serviceArea) conds.push(sql`c.service_area = ${filters.serviceArea}`);
  if (filters.rootCause) conds.push(sql`c.root_cause = ${filters.rootCause}`);
  if (filters.officerId)
    conds.push(
      sql`(c.owner_id = ${filters.officerId} OR c.stage1_handler_id = ${filters.officerId} OR c.stage2_handler_id = ${filters.officerId})`,
    );
  if (filters.stage)
    conds.push(
      sql`coalesce((SELECT r.stage FROM remedies r WHERE r.id = a.remedy_id), (SELECT p.stage FROM complaint_points p WHERE p.id = a.point_id)) = ${filters.stage}`,
    );
  // Unfiltered, the partial index of open actions answers the count without reading the table.
  const from = narrowed
    ? sql`promised_actions AS a JOIN cases AS c ON c.id = a.case_id`
    : sql`promised_actions AS a INDEXED BY promised_actions_open`;
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM ${from} WHERE ${sql.join(conds, sql` AND `)}`.execute(ctx.db);
  return Number(rows[0]?.n ?? 0);
}

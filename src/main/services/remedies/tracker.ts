// The action tracker: every open promised action, overdue first (the earliest due date first is
// exactly that), by owner and service area, a page at a time. The page and its count read the
// indexes on open actions in due order and stop early (ties on a due date broken by rowid, the
// order an index already holds, so no sort); the count reads only the partial indexes of open
// actions (their status and deletion terms written as literals so SQLite can match them).
import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ActionTrackerPage } from '../../../shared/contract/remedyTypes';
import { todayIso } from '../../../shared/complaints/calendar';
import type { ServiceContext } from '../../store/context';
import { actionRows, toAction } from './actions';

/** Counting stops here (past it the tracker says "more than"): a count of a service area walks the open actions joined to their cases, so it must stop early. */
export const TRACKER_COUNT_CAP = 1_000;

const OPEN = sql<boolean>`a.status = 'open' AND a.deleted_at IS NULL`;

export async function listActions(
  ctx: ServiceContext,
  input: ParsedInputOf<'actions.list'>,
): Promise<ActionTrackerPage> {
  const today = todayIso(ctx.now());
  let q = actionRows(ctx.db).where(OPEN);
  if (input.overdue) q = q.where('a.due_on', '<', today);
  if (input.owner) q = q.where('a.owner', '=', input.owner);
  if (input.serviceArea) q = q.where('c.service_area', '=', input.serviceArea);
  const rows = await q
    .orderBy('a.due_on')
    .orderBy(sql`a.rowid`)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  // INDEXED BY: SQLite's statistics rate the plain (status, due_on) index as good, but only the
  // partial index answers the count without reading the table.
  const conds = [sql`a.status = 'open'`, sql`a.deleted_at IS NULL`];
  if (input.overdue) conds.push(sql`a.due_on < ${today}`);
  if (input.owner) conds.push(sql`a.owner = ${input.owner}`);
  let from = input.owner
    ? sql`promised_actions AS a INDEXED BY promised_actions_open_owner`
    : sql`promised_actions AS a INDEXED BY promised_actions_open`;
  if (input.serviceArea) {
    from = sql`${from} JOIN cases AS c ON c.id = a.case_id`;
    conds.push(sql`c.service_area = ${input.serviceArea}`);
  }
  const counted = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${sql.join(conds, sql` AND `)} LIMIT ${TRACKER_COUNT_CAP + 1})`.execute(
    ctx.db,
  );
  const n = counted.rows[0]?.n ?? 0;
  const total = Number(n);
  return {
    items: rows.map((r) => toAction(r, today)),
    total: Math.min(total, TRACKER_COUNT_CAP),
    totalIsAtLeast: total > TRACKER_COUNT_CAP,
    today,
  };
}

/** Everyone (colleague or team) who owns an open action, by name, from the owner index. */
export async function actionOwners(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('promised_actions as a')
    .select('a.owner')
    .distinct()
    .where(OPEN)
    .orderBy('a.owner')
    .execute();
  return rows.map((r) => r.owner);
}

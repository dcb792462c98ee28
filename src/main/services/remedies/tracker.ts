// The action tracker: every open promised action, overdue first (the earliest due date first is
// exactly that), by owner and service area, a page at a time. The page and its count read the
// partial indexes on open actions (due_on, or owner then due_on) in order and stop early: the
// status and deletion terms are written as literals so SQLite can match those indexes, and ties
// on a due date are broken by rowid, the order the index already holds.
import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ActionTrackerPage } from '../../../shared/contract/remedyTypes';
import { todayIso } from '../../../shared/complaints/calendar';
import type { ServiceContext } from '../../store/context';
import { actionRows, toAction } from './actions';

/** Counting stops here: past it the tracker says "at least". */
export const TRACKER_COUNT_CAP = 10_000;

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
  let counted = ctx.db.selectFrom('promised_actions as a').select(sql`1`.as('one')).where(OPEN);
  if (input.overdue) counted = counted.where('a.due_on', '<', today);
  if (input.owner) counted = counted.where('a.owner', '=', input.owner);
  if (input.serviceArea)
    counted = counted
      .innerJoin('cases as c', 'c.id', 'a.case_id')
      .where('c.service_area', '=', input.serviceArea);
  const { n } = await ctx.db
    .selectFrom(counted.limit(TRACKER_COUNT_CAP + 1).as('open'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
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

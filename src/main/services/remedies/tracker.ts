// The action tracker: every open promised action, overdue first (the earliest due date first is
// exactly that), by owner and service area, a page at a time. The first page reads the index on
// (status, due_on) — or (owner, status, due_on) — in order and stops at the page's end.
import type { ParsedInputOf } from '../../../shared/contract';
import type { ActionTrackerPage } from '../../../shared/contract/remedyTypes';
import { todayIso } from '../../../shared/complaints/calendar';
import type { ServiceContext } from '../../store/context';
import { actionRows, toAction } from './actions';

export async function listActions(
  ctx: ServiceContext,
  input: ParsedInputOf<'actions.list'>,
): Promise<ActionTrackerPage> {
  const today = todayIso(ctx.now());
  let q = actionRows(ctx.db).where('a.status', '=', 'open');
  if (input.overdue) q = q.where('a.due_on', '<', today);
  if (input.owner) q = q.where('a.owner', '=', input.owner);
  if (input.serviceArea) q = q.where('c.service_area', '=', input.serviceArea);
  const rows = await q.orderBy('a.due_on').orderBy('a.id').limit(input.limit).offset(input.offset).execute();
  let count = ctx.db
    .selectFrom('promised_actions as a')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.status', '=', 'open')
    .where('a.deleted_at', 'is', null);
  if (input.overdue) count = count.where('a.due_on', '<', today);
  if (input.owner) count = count.where('a.owner', '=', input.owner);
  if (input.serviceArea)
    count = count
      .innerJoin('cases as c', 'c.id', 'a.case_id')
      .where('c.service_area', '=', input.serviceArea);
  const total = Number((await count.executeTakeFirstOrThrow()).n);
  return { items: rows.map((r) => toAction(r, today)), total, today };
}

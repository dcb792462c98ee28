// Who viewed a case (the case, its resident, its attachments and letters) and what one person
// changed and viewed: the view log and the change log read for a manager, newest first.
import type { AccessEntry, ActivityEntry, ActivityPage } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/contract/errors';
import { describeAccess, describeAccessOf, describeChangeBrief } from '../../../shared/audit/words';
import { isUuid } from '../../../shared/domain/ids';
import type { ServiceContext } from '../../store/context';
import { recordKind } from '../../store/registry';
import { requireAuditor } from './auditors';

async function findCase(ctx: ServiceContext, idOrReference: string) {
  const key = idOrReference.trim();
  const row = await ctx.db
    .selectFrom('cases')
    .select(['id', 'resident_id'])
    .where(isUuid(key) ? 'id' : 'reference', '=', isUuid(key) ? key : key.toUpperCase())
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `There is no case ${key} in this case store.`);
  return row;
}

export async function caseViews(ctx: ServiceContext, idOrReference: string): Promise<AccessEntry[]> {
  requireAuditor(ctx);
  const c = await findCase(ctx, idOrReference);
  const [attachments, letters] = await Promise.all([
    ctx.db.selectFrom('attachments').select('id').where('case_id', '=', c.id).execute(),
    ctx.db.selectFrom('letters').select('id').where('case_id', '=', c.id).execute(),
  ]);
  const ids = [
    c.id,
    ...(c.resident_id ? [c.resident_id] : []),
    ...attachments.map((a) => a.id),
    ...letters.map((l) => l.id),
  ];
  const rows = await ctx.db
    .selectFrom('views as v')
    .leftJoin('people as p', 'p.id', 'v.actor_id')
    .select(['v.hlc', 'v.actor_id', 'v.replica_id', 'v.action', 'v.entity', 'p.name'])
    .where('v.entity_id', 'in', ids)
    .orderBy('v.hlc', 'desc')
    .limit(5000)
    .execute();
  return rows.map((r) => ({
    at: r.hlc.slice(0, 24),
    person: r.name ?? 'Unknown',
    personId: r.actor_id,
    installation: r.replica_id,
    action: r.action,
    record: r.entity,
    what: describeAccess(r.action, r.entity),
  }));
}

export async function personActivity(
  ctx: ServiceContext,
  input: { personId: string; before?: string | undefined; limit: number },
): Promise<ActivityPage> {
  requireAuditor(ctx);
  const person = await ctx.db
    .selectFrom('people')
    .select('id')
    .where('id', '=', input.personId)
    .executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'That person is not in this case store.');
  const before = input.before ?? '\uffff';
  const take = input.limit + 1;
  const [changes, views] = await Promise.all([
    ctx.db
      .selectFrom('changes as ch')
      .leftJoin('cases as c', (j) => j.onRef('c.id', '=', 'ch.entity_id').on('ch.entity', '=', 'case'))
      .select(['ch.hlc', 'ch.replica_id', 'ch.entity', 'ch.op', 'ch.field', 'c.reference'])
      .where('ch.actor_id', '=', input.personId)
      .where('ch.hlc', '<', before)
      .orderBy('ch.hlc', 'desc')
      .limit(take)
      .execute(),
    ctx.db
      .selectFrom('views as v')
      .leftJoin('cases as c', (j) => j.onRef('c.id', '=', 'v.entity_id').on('v.entity', '=', 'case'))
      .select(['v.hlc', 'v.replica_id', 'v.action', 'v.entity', 'c.reference'])
      .where('v.actor_id', '=', input.personId)
      .where('v.hlc', '<', before)
      .orderBy('v.hlc', 'desc')
      .limit(take)
      .execute(),
  ]);
  const merged: ActivityEntry[] = [
    ...changes.map((r) => ({
      hlc: r.hlc,
      at: r.hlc.slice(0, 24),
      kind: 'change' as const,
      installation: r.replica_id,
      what: describeChangeBrief(r.op, r.field, recordKind(r.entity)?.label ?? r.entity, r.reference),
    })),
    ...views.map((r) => ({
      hlc: r.hlc,
      at: r.hlc.slice(0, 24),
      kind: 'view' as const,
      installation: r.replica_id,
      what: describeAccessOf(r.action, r.entity, r.reference),
    })),
  ].sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
  const entries = merged.slice(0, input.limit);
  return { entries, next: merged.length > input.limit ? entries.at(-1)!.hlc : null };
}

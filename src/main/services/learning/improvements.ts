// The service improvement tracker ("you said, we did"): improvements made because of complaints,
// each linked to the cases behind it. A link is its own record, so two computers linking different
// cases both keep theirs; unlinking marks the link deleted (the history keeps it).
import type { Selectable } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Improvement } from '../../../shared/contract/learning';
import { uuidv7 } from '../../../shared/domain/ids';
import type { ImprovementsTable } from '../../db/schema';
import type { ServiceContext, Write } from '../../store/context';
import { write } from '../../store/context';
import { caseRow } from './caseRow';

function toImprovement(row: Selectable<ImprovementsTable>, cases: Improvement['cases']): Improvement {
  return {
    id: row.id,
    title: row.title,
    owner: row.owner,
    status: row.status,
    serviceArea: row.service_area,
    youSaid: row.you_said,
    weDid: row.we_did,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cases,
    caseCount: cases.length,
  };
}

/** Improvements, newest first, each with its linked cases; only those linked to `caseId` if given. */
export async function listImprovements(
  ctx: ServiceContext,
  input: ParsedInputOf<'improvements.list'>,
): Promise<Improvement[]> {
  let q = ctx.db.selectFrom('improvements').selectAll().where('deleted_at', 'is', null);
  if (input.status) q = q.where('status', '=', input.status);
  if (input.caseId) {
    const caseId = input.caseId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('improvement_cases as l')
          .select('l.id')
          .whereRef('l.improvement_id', '=', 'improvements.id')
          .where('l.case_id', '=', caseId)
          .where('l.deleted_at', 'is', null),
      ),
    );
  }
  return withCases(ctx.db, await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute());
}

/** The improvements with their live links to cases, oldest link first. */
async function withCases(
  db: ServiceContext['db'],
  rows: Selectable<ImprovementsTable>[],
): Promise<Improvement[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('improvement_cases as l')
    .innerJoin('cases as c', 'c.id', 'l.case_id')
    .select(['l.improvement_id', 'l.case_id', 'c.reference'])
    .where(
      'l.improvement_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('l.deleted_at', 'is', null)
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();
  const byImprovement = new Map<string, Improvement['cases']>();
  for (const l of links) {
    const list = byImprovement.get(l.improvement_id) ?? [];
    list.push({ caseId: l.case_id, reference: l.reference });
    byImprovement.set(l.improvement_id, list);
  }
  return rows.map((r) => toImprovement(r, byImprovement.get(r.id) ?? []));
}

async function improvementRow(w: Write, id: string): Promise<Selectable<ImprovementsTable>> {
  const row = await w.tx.selectFrom('improvements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at)
    throw new AppError('NOT_FOUND', 'That service improvement is not in this case store.');
  return row;
}

/** A write whose answer is the improvement as saved, read inside the same transaction. */
function improvementWrite(ctx: ServiceContext, work: (w: Write) => Promise<string>): Promise<Improvement> {
  return write(ctx, async (w) => {
    const row = await improvementRow(w, await work(w));
    return (await withCases(w.tx, [row]))[0]!;
  });
}

export function addImprovement(
  ctx: ServiceContext,
  input: ParsedInputOf<'improvements.add'>,
): Promise<Improvement> {
  return improvementWrite(ctx, async (w) => {
    const record = {
      id: uuidv7(),
      title: input.title,
      owner: input.owner,
      status: 'proposed' as const,
      service_area: input.serviceArea ?? null,
      you_said: input.youSaid,
      we_did: input.weDid,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
    };
    await w.tx.insertInto('improvements').values(record).execute();
    await w.changes.created('improvement', record.id, record);
    return record.id;
  });
}

export function updateImprovement(
  ctx: ServiceContext,
  input: ParsedInputOf<'improvements.update'>,
): Promise<Improvement> {
  return improvementWrite(ctx, async (w) => {
    const before = await improvementRow(w, input.id);
    const c = input.changes;
    const after = {
      title: c.title,
      owner: c.owner,
      status: c.status,
      service_area: c.serviceArea,
      you_said: c.youSaid,
      we_did: c.weDid,
    };
    const changed = await w.changes.updated('improvement', before.id, before, after);
    if (changed.length > 0)
      await w.tx
        .updateTable('improvements')
        .set({
          ...Object.fromEntries(changed.map((k) => [k, after[k as keyof typeof after]])),
          updated_at: w.at,
        })
        .where('id', '=', before.id)
        .execute();
    return before.id;
  });
}

async function liveLink(w: Write, improvementId: string, caseId: string) {
  return w.tx
    .selectFrom('improvement_cases')
    .selectAll()
    .where('improvement_id', '=', improvementId)
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Links a case to an improvement; linking it again changes nothing. */
export function linkCase(
  ctx: ServiceContext,
  input: ParsedInputOf<'improvements.link'>,
): Promise<Improvement> {
  return improvementWrite(ctx, async (w) => {
    await improvementRow(w, input.improvementId);
    await caseRow(w.tx, input.caseId);
    if (await liveLink(w, input.improvementId, input.caseId)) return input.improvementId;
    const record = {
      id: uuidv7(),
      improvement_id: input.improvementId,
      case_id: input.caseId,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await w.tx.insertInto('improvement_cases').values(record).execute();
    await w.changes.created('improvement_case', record.id, record);
    return input.improvementId;
  });
}

export function unlinkCase(
  ctx: ServiceContext,
  input: ParsedInputOf<'improvements.unlink'>,
): Promise<Improvement> {
  return improvementWrite(ctx, async (w) => {
    await improvementRow(w, input.improvementId);
    const link = await liveLink(w, input.improvementId, input.caseId);
    if (!link) throw new AppError('NOT_FOUND', 'That case is not linked to this service improvement.');
    await w.changes.updated('improvement_case', link.id, link, { deleted_at: w.at });
    await w.tx.updateTable('improvement_cases').set({ deleted_at: w.at }).where('id', '=', link.id).execute();
    return input.improvementId;
  });
}

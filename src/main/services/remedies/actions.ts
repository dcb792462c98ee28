// Promised actions: what was promised, who owns it (a colleague or a team, and the contact the
// resident was given), by when; each update given to the resident; and the evidence it was done.
// They stay open after the case closes.
import { refusal } from '../../../shared/contract/errors';
import type { Kysely, Selectable } from 'kysely';
import { AppError, type ParsedInputOf } from '../../../shared/contract';
import type { ActionUpdate, CaseActions, PromisedAction } from '../../../shared/contract/remedyTypes';
import { todayIso } from '../../../shared/complaints/calendar';
import { actionOverdue, daysOverdue } from '../../../shared/remedies/actions';
import { uuidv7 } from '../../../shared/domain/ids';
import type { ServiceArea } from '../../../shared/domain/vocabulary';
import type { Database, PromisedActionsTable } from '../../db/schema';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { checkPoint, liveCase, stepDate } from './shared';

export type ActionRow = Selectable<PromisedActionsTable> & {
  case_reference: string;
  case_status: string;
  service_area?: string | null;
  resident_name: string | null;
};

/** The actions with the case they belong to: reference, resident and service area. */
export function actionRows(db: Kysely<Database>) {
  return db
    .selectFrom('promised_actions as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .selectAll('a')
    .select([
      'c.reference as case_reference',
      'c.status as case_status',
      'c.service_area as service_area',
      'r.name as resident_name',
    ])
    .where('a.deleted_at', 'is', null);
}

export function toAction(r: ActionRow, today: string): PromisedAction {
  const due = { status: r.status, dueOn: r.due_on };
  return {
    id: r.id,
    caseId: r.case_id,
    caseReference: r.case_reference,
    caseStatus: r.case_status,
    residentName: r.resident_name,
    serviceArea: (r.service_area ?? null) as ServiceArea | null,
    remedyId: r.remedy_id,
    pointId: r.point_id,
    what: r.what,
    owner: r.owner,
    ownerPersonId: r.owner_person_id,
    ownerContact: r.owner_contact,
    dueOn: r.due_on,
    status: r.status,
    completedOn: r.completed_on,
    evidence: r.evidence,
    overdue: actionOverdue(due, today),
    daysOverdue: daysOverdue(due, today),
    createdAt: r.created_at,
  };
}

async function answer(ctx: ServiceContext, w: Write, id: string): Promise<PromisedAction> {
  const row = await actionRows(within(ctx, w).db).where('a.id', '=', id).executeTakeFirstOrThrow();
  return toAction(row, todayIso(ctx.now()));
}

async function liveAction(w: Write, id: string): Promise<Selectable<PromisedActionsTable>> {
  const row = await w.tx.selectFrom('promised_actions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at)
    throw new AppError('NOT_FOUND', 'That promised action is not in this case store.');
  return row;
}

/** The colleague the owner names, when it names an active person in People (not a team). */
async function ownerPerson(w: Write, owner: string): Promise<string | null> {
  const person = await w.tx
    .selectFrom('people')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', owner.toLowerCase()))
    .where('active', '=', 1)
    .orderBy('id')
    .executeTakeFirst();
  return person?.id ?? null;
}

export async function addAction(
  ctx: ServiceContext,
  input: ParsedInputOf<'actions.add'>,
): Promise<PromisedAction> {
  return write(ctx, async (w) => {
    const c = await liveCase(w, input.caseId);
    await checkPoint(w, c.id, input.pointId);
    if (input.remedyId) {
      const remedy = await w.tx
        .selectFrom('remedies')
        .select(['case_id', 'deleted_at'])
        .where('id', '=', input.remedyId)
        .executeTakeFirst();
      if (!remedy || remedy.deleted_at || remedy.case_id !== c.id)
        throw refusal('remedyId', 'That remedy is not on this case.');
    }
    const record = {
      id: uuidv7(),
      case_id: c.id,
      remedy_id: input.remedyId ?? null,
      point_id: input.pointId ?? null,
      what: input.what,
      owner: input.owner,
      owner_person_id: await ownerPerson(w, input.owner),
      owner_contact: input.ownerContact,
      due_on: input.dueOn,
      status: 'open' as const,
      completed_on: null,
      evidence: null,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
    };
    await w.tx.insertInto('promised_actions').values(record).execute();
    await w.changes.created('promised_action', record.id, record);
    return answer(ctx, w, record.id);
  });
}

export async function recordActionUpdate(
  ctx: ServiceContext,
  input: ParsedInputOf<'actions.update'>,
): Promise<PromisedAction> {
  return write(ctx, async (w) => {
    const action = await liveAction(w, input.id);
    const record = {
      id: uuidv7(),
      action_id: action.id,
      case_id: action.case_id,
      updated_on: stepDate(w, input.on),
      method: input.method,
      said: input.said,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await w.tx.insertInto('action_updates').values(record).execute();
    await w.changes.created('action_update', record.id, record);
    return answer(ctx, w, action.id);
  });
}

export async function completeAction(
  ctx: ServiceContext,
  input: ParsedInputOf<'actions.complete'>,
): Promise<PromisedAction> {
  return write(ctx, async (w) => {
    const before = await liveAction(w, input.id);
    if (before.status !== 'open')
      throw refusal(
        'id',
        `This action is already ${before.status === 'done' ? 'done' : 'no longer needed'}.`,
      );
    const on = stepDate(w, input.on);
    if (on < before.created_at.slice(0, 10))
      throw refusal('on', `That date is before the action was promised (${before.created_at.slice(0, 10)}).`);
    const after = { status: 'done' as const, completed_on: on, evidence: input.evidence };
    await w.changes.updated('promised_action', before.id, before, after);
    await w.tx
      .updateTable('promised_actions')
      .set({ ...after, updated_at: w.at })
      .where('id', '=', before.id)
      .execute();
    return answer(ctx, w, before.id);
  });
}

export async function caseActions(ctx: ServiceContext, caseId: string): Promise<CaseActions> {
  const c = await ctx.db
    .selectFrom('cases')
    .select(['id', 'actions_manager', 'deleted_at'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c || c.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  const today = todayIso(ctx.now());
  const rows = await actionRows(ctx.db)
    .where('a.case_id', '=', caseId)
    .orderBy('a.due_on')
    .orderBy('a.id')
    .execute();
  const updates = await ctx.db
    .selectFrom('action_updates as u')
    .leftJoin('people as p', 'p.id', 'u.created_by')
    .select(['u.id', 'u.action_id', 'u.updated_on', 'u.method', 'u.said', 'u.created_at', 'p.name'])
    .where('u.case_id', '=', caseId)
    .orderBy('u.updated_on')
    .orderBy('u.created_at')
    .execute();
  const byAction = new Map<string, ActionUpdate[]>();
  for (const u of updates) {
    const list = byAction.get(u.action_id) ?? [];
    list.push({
      id: u.id,
      updatedOn: u.updated_on,
      method: u.method,
      said: u.said,
      createdByName: u.name,
      createdAt: u.created_at,
    });
    byAction.set(u.action_id, list);
  }
  return {
    items: rows.map((r) => ({ ...toAction(r, today), updates: byAction.get(r.id) ?? [] })),
    actionsManager: c.actions_manager ?? null,
    today,
  };
}

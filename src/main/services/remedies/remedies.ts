// Remedies: added at the case's current stage, editable until that stage's response is issued
// (then an amendment corrects them), approved by the compensation panel when over the threshold,
// then offered, accepted or declined, and paid.
import { refusal } from '../../../shared/contract/errors';
import type { Kysely, Selectable } from 'kysely';
import { AppError, type ParsedInputOf } from '../../../shared/contract';
import type { Remedy, RemedyList } from '../../../shared/contract/remedyTypes';
import { frozenProblem, responseIssued } from '../../../shared/complaints/issued';
import { stageOf } from '../../../shared/complaints/lifecycle';
import type { Stage } from '../../../shared/complaints/deadlines';
import {
  compensationBand,
  needsPanelSignOff,
  type CompensationBands,
} from '../../../shared/remedies/compensation';
import { approvalProblem, remedyStep, type RemedyStep } from '../../../shared/remedies/remedyStatus';
import { uuidv7 } from '../../../shared/domain/ids';
import type { CompensationHead, RemedyKind } from '../../../shared/domain/vocabulary';
import type { CasesTable, Database, RemediesTable } from '../../db/schema';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { factsFromRow } from '../complaints/facts';
import { checkPoint, liveCase, stepDate } from './shared';
import { remedySettings } from './settings';

type RemedyRow = Selectable<RemediesTable>;

function headsOf(json: string | null): CompensationHead[] {
  try {
    const list: unknown = json ? JSON.parse(json) : [];
    return Array.isArray(list) ? (list as CompensationHead[]) : [];
  } catch {
    return [];
  }
}

/** The stage a remedy belongs to: the case's current stage, or the last one it reached. */
function currentStage(c: Selectable<CasesTable>): Stage {
  const facts = factsFromRow(c);
  return stageOf(facts) ?? (facts.stage2AcknowledgedOn || facts.escalationRequestedOn ? 2 : 1);
}

function frozenFor(c: Selectable<CasesTable>, stage: number): string | null {
  return frozenProblem(
    { stage1RespondedOn: c.stage1_responded_on ?? null, stage2RespondedOn: c.stage2_responded_on ?? null },
    stage as Stage,
    'remedy',
  );
}

/** A financial remedy has an amount and at least one head; any other kind has neither. */
function moneyProblem(
  kind: RemedyKind,
  amountPence: number | null,
  heads: readonly string[],
): AppError | null {
  if (kind === 'financial') {
    if (amountPence === null) return refusal('amountPence', 'A financial remedy needs an amount.');
    if (heads.length === 0)
      return refusal('heads', 'Say what the compensation is for (at least one head, e.g. time and trouble).');
    return null;
  }
  if (amountPence !== null) return refusal('amountPence', 'Only a financial remedy has an amount.');
  if (heads.length > 0) return refusal('heads', 'Only a financial remedy has heads of compensation.');
  return null;
}

export async function listRemedies(ctx: ServiceContext, caseId: string): Promise<RemedyList> {
  const settings = await remedySettings(ctx.db);
  const c = await ctx.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!c || c.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  const rows = await remedyRows(ctx.db)
    .where('r.case_id', '=', caseId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  const view = (r: (typeof rows)[number]) =>
    toRemedy(r, c, settings.panelThresholdPence, settings.compensationBands);
  return {
    items: rows.map(view),
    thresholdPence: settings.panelThresholdPence,
    bands: settings.compensationBands,
  };
}

function remedyRows(db: Kysely<Database>) {
  return db
    .selectFrom('remedies as r')
    .leftJoin('people as p', 'p.id', 'r.approved_by')
    .selectAll('r')
    .select('p.name as approved_by_name')
    .where('r.deleted_at', 'is', null);
}

function toRemedy(
  r: RemedyRow & { approved_by_name: string | null },
  c: Selectable<CasesTable>,
  threshold: number,
  bands: CompensationBands,
): Remedy {
  return {
    id: r.id,
    caseId: r.case_id,
    pointId: r.point_id,
    stage: r.stage as Stage,
    kind: r.kind,
    text: r.text,
    amountPence: r.amount_pence,
    heads: headsOf(r.heads),
    status: r.status,
    band: compensationBand(r.amount_pence, bands),
    needsSignOff: needsPanelSignOff(r.amount_pence, threshold),
    approvedBy: r.approved_by,
    approvedByName: r.approved_by_name,
    approvedAt: r.approved_at,
    offeredOn: r.offered_on,
    acceptedOn: r.accepted_on,
    declinedOn: r.declined_on,
    paidOn: r.paid_on,
    offsetArrears: r.offset_arrears === 1,
    frozen: responseIssued(
      { stage1RespondedOn: c.stage1_responded_on ?? null, stage2RespondedOn: c.stage2_responded_on ?? null },
      r.stage as Stage,
    ),
    createdAt: r.created_at,
  };
}

async function answer(ctx: ServiceContext, w: Write, id: string): Promise<Remedy> {
  const db = within(ctx, w).db;
  const settings = await remedySettings(db);
  const r = await remedyRows(db).where('r.id', '=', id).executeTakeFirstOrThrow();
  const c = await db.selectFrom('cases').selectAll().where('id', '=', r.case_id).executeTakeFirstOrThrow();
  return toRemedy(r, c, settings.panelThresholdPence, settings.compensationBands);
}

async function liveRemedy(w: Write, id: string): Promise<RemedyRow> {
  const row = await w.tx.selectFrom('remedies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That remedy is not in this case store.');
  return row;
}

export async function addRemedy(ctx: ServiceContext, input: ParsedInputOf<'remedies.add'>): Promise<Remedy> {
  return write(ctx, async (w) => {
    const c = await liveCase(w, input.caseId);
    const stage = currentStage(c);
    const frozen = frozenFor(c, stage);
    if (frozen) throw refusal('caseId', frozen);
    await checkPoint(w, c.id, input.pointId);
    const amount = input.amountPence ?? null;
    const heads = [...new Set(input.heads ?? [])];
    const problem = moneyProblem(input.kind, amount, heads);
    if (problem) throw problem;
    const record = {
      id: uuidv7(),
      case_id: c.id,
      point_id: input.pointId ?? null,
      stage,
      kind: input.kind,
      text: input.text ?? null,
      amount_pence: amount,
      heads: input.kind === 'financial' ? JSON.stringify(heads) : null,
      status: 'proposed' as const,
      approved_by: null,
      approved_at: null,
      offered_on: null,
      accepted_on: null,
      declined_on: null,
      paid_on: null,
      offset_arrears: 0,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
    };
    await w.tx.insertInto('remedies').values(record).execute();
    await w.changes.created('remedy', record.id, record);
    return answer(ctx, w, record.id);
  });
}

export async function updateRemedy(
  ctx: ServiceContext,
  input: ParsedInputOf<'remedies.update'>,
): Promise<Remedy> {
  return write(ctx, async (w) => {
    const before = await liveRemedy(w, input.id);
    const c = await liveCase(w, before.case_id);
    const frozen = frozenFor(c, before.stage);
    if (frozen) throw refusal('changes', frozen);
    if (before.status !== 'proposed')
      throw refusal('changes', 'This remedy has been offered to the resident: it stands as offered.');
    const ch = input.changes;
    if (ch.pointId !== undefined) await checkPoint(w, c.id, ch.pointId);
    const kind = ch.kind ?? before.kind;
    const amount = ch.amountPence !== undefined ? ch.amountPence : before.amount_pence;
    const heads = ch.heads !== undefined ? [...new Set(ch.heads)] : headsOf(before.heads);
    const problem = moneyProblem(kind, amount, heads);
    if (problem) throw problem;
    const after = {
      kind,
      text: ch.text !== undefined ? ch.text : before.text,
      amount_pence: amount,
      heads: kind === 'financial' ? JSON.stringify(heads) : null,
      point_id: ch.pointId !== undefined ? ch.pointId : before.point_id,
      // A new amount needs the panel again.
      ...(amount !== before.amount_pence ? { approved_by: null, approved_at: null } : {}),
    };
    const changed = await w.changes.updated('remedy', before.id, before, after);
    if (changed.length > 0)
      await w.tx
        .updateTable('remedies')
        .set({ ...after, updated_at: w.at })
        .where('id', '=', before.id)
        .execute();
    return answer(ctx, w, before.id);
  });
}

export async function approveRemedy(ctx: ServiceContext, id: string): Promise<Remedy> {
  return write(ctx, async (w) => {
    const before = await liveRemedy(w, id);
    const { panelThresholdPence } = await remedySettings(w.tx);
    const problem = approvalProblem(
      {
        status: before.status,
        kind: before.kind,
        amountPence: before.amount_pence,
        approvedAt: before.approved_at,
      },
      needsPanelSignOff(before.amount_pence, panelThresholdPence),
    );
    if (problem) throw refusal('id', problem);
    const after = { approved_by: w.actor.id, approved_at: w.at };
    await w.changes.updated('remedy', id, before, after);
    await w.tx
      .updateTable('remedies')
      .set({ ...after, updated_at: w.at })
      .where('id', '=', id)
      .execute();
    return answer(ctx, w, id);
  });
}

const STEP_DATE = {
  offer: 'offered_on',
  accept: 'accepted_on',
  decline: 'declined_on',
  pay: 'paid_on',
} as const;
/** Each step follows the one before it, so its date cannot come earlier. */
const AFTER = { offer: null, accept: 'offered_on', decline: 'offered_on', pay: 'accepted_on' } as const;

export async function remedyStepTaken(
  ctx: ServiceContext,
  step: RemedyStep,
  input: { id: string; on?: string; offsetArrears?: boolean },
): Promise<Remedy> {
  return write(ctx, async (w) => {
    const before = await liveRemedy(w, input.id);
    const { panelThresholdPence } = await remedySettings(w.tx);
    const result = remedyStep(
      {
        status: before.status,
        kind: before.kind,
        amountPence: before.amount_pence,
        approvedAt: before.approved_at,
      },
      step,
      needsPanelSignOff(before.amount_pence, panelThresholdPence),
    );
    if (!result.ok) throw refusal('id', result.message);
    const on = stepDate(w, input.on);
    const previous = AFTER[step] ? before[AFTER[step]] : null;
    if (previous && on < previous)
      throw refusal('on', `That date is before the previous step (${previous}).`);
    if (input.offsetArrears && before.kind !== 'financial')
      throw refusal('offsetArrears', 'Only compensation can be offset against arrears.');
    const after = {
      status: result.status,
      [STEP_DATE[step]]: on,
      ...(input.offsetArrears !== undefined ? { offset_arrears: input.offsetArrears ? 1 : 0 } : {}),
    };
    await w.changes.updated('remedy', before.id, before, after);
    await w.tx
      .updateTable('remedies')
      .set({ ...after, updated_at: w.at })
      .where('id', '=', before.id)
      .execute();
    return answer(ctx, w, before.id);
  });
}

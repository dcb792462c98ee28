// An amendment to what an issued response said: the record takes the new value and an amendment
// row keeps the old one with the reason, who and when — both in one transaction, both synced.
import type { Selectable } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { Amendment, CaseDetail } from '../../../shared/contract';
import type { ParsedAmendment } from '../../../shared/contract/amendments';
import { amendmentProblem } from '../../../shared/complaints/amendments';
import type { Stage } from '../../../shared/complaints/deadlines';
import { uuidv7 } from '../../../shared/domain/ids';
import type { AmendmentsTable } from '../../db/schema';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { getCase } from '../caseView';

interface Amendable {
  id: string;
  case_id: string;
  stage: number;
  deleted_at?: string | null;
  [column: string]: unknown;
}

async function amendableRecord(w: Write, input: ParsedAmendment): Promise<Amendable> {
  const row =
    input.recordKind === 'remedy'
      ? await w.tx.selectFrom('remedies').selectAll().where('id', '=', input.recordId).executeTakeFirst()
      : await w.tx
          .selectFrom('complaint_points')
          .selectAll()
          .where('id', '=', input.recordId)
          .executeTakeFirst();
  if (!row || row.deleted_at) {
    const what = input.recordKind === 'remedy' ? 'remedy' : 'point of complaint';
    throw new AppError('NOT_FOUND', `That ${what} is not in this case store.`);
  }
  return row as unknown as Amendable;
}

/** A stored value as the amendment keeps it: text, pence as digits, heads as their JSON list. */
const asText = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

export async function amendRecord(ctx: ServiceContext, input: ParsedAmendment): Promise<CaseDetail> {
  return write(ctx, async (w) => {
    const before = await amendableRecord(w, input);
    const kase = await w.tx
      .selectFrom('cases')
      .select(['id', 'deleted_at', 'stage1_responded_on', 'stage2_responded_on'])
      .where('id', '=', before.case_id)
      .executeTakeFirst();
    if (!kase || kase.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
    const oldValue = asText(before[input.column]);
    const newValue = asText(input.value);
    const problem = amendmentProblem(
      {
        stage1RespondedOn: kase.stage1_responded_on ?? null,
        stage2RespondedOn: kase.stage2_responded_on ?? null,
      },
      before.stage as Stage,
      input.recordKind,
      oldValue,
      newValue,
    );
    if (problem)
      throw new AppError('VALIDATION', problem.message, {
        issues: [{ path: problem.field, message: problem.message }],
      });

    const entity = input.recordKind === 'remedy' ? 'remedy' : 'complaint_point';
    await w.changes.updated(entity, before.id, before, { [input.column]: input.value });
    const set = { [input.column]: input.value, updated_at: w.at } as never;
    if (input.recordKind === 'remedy')
      await w.tx.updateTable('remedies').set(set).where('id', '=', before.id).execute();
    else await w.tx.updateTable('complaint_points').set(set).where('id', '=', before.id).execute();

    const amendment: Selectable<AmendmentsTable> = {
      id: uuidv7(),
      case_id: before.case_id,
      stage: before.stage,
      record_kind: input.recordKind,
      record_id: before.id,
      field: input.column,
      old_value: oldValue,
      new_value: newValue,
      reason: input.reason,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await w.tx.insertInto('amendments').values(amendment).execute();
    await w.changes.created('amendment', amendment.id, amendment);
    return getCase(within(ctx, w), before.case_id);
  });
}

export async function listAmendments(ctx: ServiceContext, caseId: string): Promise<Amendment[]> {
  const rows = await ctx.db
    .selectFrom('amendments as a')
    .leftJoin('people as p', 'p.id', 'a.created_by')
    .selectAll('a')
    .select('p.name as created_by_name')
    .where('a.case_id', '=', caseId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    stage: r.stage === 2 ? 2 : 1,
    recordKind: r.record_kind,
    recordId: r.record_id,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    reason: r.reason,
    createdBy: r.created_by,
    createdByName: r.created_by_name ?? 'someone on another computer',
    createdAt: r.created_at,
  }));
}

// The "Needs attention" list, and settling a conflict by choosing one of its values.
import type { Selectable } from 'kysely';
import { AppError } from '../../shared/contract/errors';
import type { AttentionTable } from '../db/schema';
import type { ParsedInputOf } from '../../shared/contract';
import type { AttentionItem, AttentionKind, ConflictOption } from '../../shared/contract/types';
import { fieldsOf, recordKind, type RecordKindName } from '../store/registry';
import { OWN_CLOCK_ITEM } from '../../shared/sync/attentionIds';
import type { ServiceContext } from '../store/context';
import { within, write } from '../store/context';

const TITLES: Record<AttentionKind, string> = {
  conflict: 'Changed on two computers at once',
  edited_after_delete: 'Changed after it was deleted elsewhere',
  unreadable_file: 'A file on the share could not be read',
  clock: 'A computer’s clock looks wrong',
  duplicate_reference: 'Two cases share a reference',
  waiting_for_data: 'Waiting for related records',
  fork: 'Another computer is using this computer’s identity',
  lifecycle: 'A case needs putting right',
  untrusted_share: 'Changes on the share were not accepted',
  held_value: 'A change from another computer was held back',
};

/** Decision fields in the words the screens use (anything else shows its own name). */
const FIELD_LABELS: Record<string, string> = {
  status: 'status',
  type: 'case type',
  owner_id: 'officer handling it',
  stage1_extended_to: 'stage 1 extension',
  stage2_extended_to: 'stage 2 extension',
  decision: 'decision',
  answer: 'answer',
  amount_pence: 'amount',
  heads: 'compensation heads',
  kind: 'kind',
  due_on: 'due date',
  completed_on: 'completion date',
  evidence: 'evidence of completion',
};

/** What a conflict is about, in words: "the case type", "the remedy’s amount". */
function conflictTitle(entity: string | null, field: string, caseReference: string | null): string {
  const kind = entity ? recordKind(entity) : undefined;
  const label = FIELD_LABELS[field] ?? field.replace(/_/g, ' ');
  const what = !kind || kind.table === 'cases' ? `the ${label}` : `the ${kind.label}’s ${label}`;
  return `${caseReference ?? 'A record'}: ${what} was changed on two computers at once`;
}

/** The reference of the case a record is, or belongs to (through its case_id). */
async function caseReferenceOf(ctx: ServiceContext, row: AttentionRow): Promise<string | null> {
  const kind = row.entity ? recordKind(row.entity) : undefined;
  if (!kind || !row.entity_id) return null;
  let caseId: string | null = row.entity_id;
  if (kind.table !== 'cases') {
    if (!fieldsOf(kind).includes('case_id')) return null;
    const owner = ctx.sqlite.prepare(`SELECT case_id FROM ${kind.table} WHERE id = ?`).get(row.entity_id) as
      { case_id: string | null } | undefined;
    caseId = owner?.case_id ?? null;
  }
  if (!caseId) return null;
  return (
    (await ctx.db.selectFrom('cases').select('reference').where('id', '=', caseId).executeTakeFirst())
      ?.reference ?? null
  );
}

type AttentionRow = Omit<Selectable<AttentionTable>, 'resolved_at'>;

export async function listAttention(ctx: ServiceContext): Promise<AttentionItem[]> {
  const rows = (await ctx.db
    .selectFrom('attention')
    .selectAll()
    .where('resolved_at', 'is', null)
    .orderBy('kind')
    .orderBy('id')
    .limit(500)
    .execute()) as AttentionRow[];
  const items: AttentionItem[] = [];
  for (const row of rows) {
    const caseReference = await caseReferenceOf(ctx, row);
    const options = row.kind === 'conflict' ? await conflictOptions(ctx, row) : [];
    const kind = row.kind as AttentionKind;
    items.push({
      id: row.id,
      kind,
      title:
        kind === 'conflict' && row.field
          ? conflictTitle(row.entity, row.field, caseReference)
          : row.id === OWN_CLOCK_ITEM
            ? 'This computer’s clock looks wrong'
            : (TITLES[kind] ?? row.kind),
      detail: row.detail,
      createdAt: row.created_at,
      entity: row.entity,
      entityId: row.entity_id,
      caseReference,
      field: row.field,
      options,
    });
  }
  return items;
}

async function conflictOptions(ctx: ServiceContext, row: AttentionRow): Promise<ConflictOption[]> {
  const heads = (JSON.parse(row.data ?? '{}') as { heads?: string[] }).heads ?? [];
  if (heads.length === 0) return [];
  const changes = await ctx.db
    .selectFrom('changes as ch')
    .leftJoin('people as p', 'p.id', 'ch.actor_id')
    .leftJoin('sync_replicas as s', 's.rid', 'ch.replica_id')
    .select(['ch.hlc', 'ch.op', 'ch.new_value', 'ch.replica_id', 'p.name', 's.label'])
    .where('ch.hlc', 'in', heads)
    .orderBy('ch.hlc')
    .execute();
  return changes.map((c) => {
    const value = c.new_value === null ? null : JSON.parse(c.new_value);
    return {
      hlc: c.hlc,
      value: c.op === 'create' ? ((value as Record<string, unknown>)[row.field!] ?? null) : value,
      by: c.name ?? 'Unknown',
      at: c.hlc.slice(0, 24),
      device: c.replica_id === ctx.installation.id ? 'This computer' : (c.label ?? 'Another computer'),
    };
  });
}

export async function resolveConflict(
  ctx: ServiceContext,
  input: ParsedInputOf<'attention.resolveConflict'>,
): Promise<AttentionItem[]> {
  const row = (await ctx.db
    .selectFrom('attention')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst()) as AttentionRow | undefined;
  if (!row || row.kind !== 'conflict' || !row.entity || !row.entity_id || !row.field) {
    throw new AppError(
      'NOT_FOUND',
      'That item is not a conflict waiting to be settled (it may have been settled on another computer).',
    );
  }
  const option = (await conflictOptions(ctx, row)).find((o) => o.hlc === input.chosen);
  if (!option) {
    throw new AppError('VALIDATION', 'That value is not one of the conflicting values.', {
      issues: [{ path: 'chosen', message: 'Not one of the options' }],
    });
  }
  const spec = recordKind(row.entity);
  if (!spec) throw new AppError('NOT_FOUND', 'This version of Redress cannot edit that kind of record.');
  const { entity, entity_id: entityId, field } = row;
  return write(ctx, async (w) => {
    const current = (await w.tx
      .selectFrom(spec.table)
      .select(field as never)
      .where('id', '=', entityId)
      .executeTakeFirst()) as Record<string, unknown> | undefined;
    // A new change that has seen every head: it settles the conflict on every computer.
    await w.changes.set(entity as RecordKindName, entityId, field, current?.[field] ?? null, option.value);
    await w.tx
      .updateTable(spec.table)
      .set({ [field]: option.value } as never)
      .where('id', '=', entityId)
      .execute();
    return listAttention(within(ctx, w));
  });
}

// A case's history as the officer reads it: the change log of the case, of every record the
// registry says belongs to it, and of its resident and their home, described in words
// (shared/history) with every id the changes mention read as a name — one query per table.
import { sql } from 'kysely';
import { AppError } from '../../shared/contract/errors';
import type { CaseHistoryEntry } from '../../shared/contract/history';
import { describeChange, type LoggedChange } from '../../shared/history/describe';
import { historyKind, NAMED_TABLES, type NamedTable } from '../../shared/history/kinds';
import { TITLES, type Records, type Row } from '../../shared/history/titles';
import type { ServiceContext } from '../store/context';
import { RECORD_KINDS, type AnyRecordKind, type CaseChildTable } from '../store/registry';

/** More than any real case gathers; a runaway script's case still opens. */
const MAX_ENTRIES = 5000;
/** SQLite's limit on bound values is far above this; a long list is read in slices. */
const IN_SLICE = 500;

function parsed(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The ids of one record kind's records that are this case's (the registry's history place decides). */
async function idsOf(ctx: ServiceContext, kind: AnyRecordKind, caseId: string, residentId: string | null) {
  switch (kind.history) {
    case 'none':
      return [];
    case 'case':
      return [caseId];
    case 'belongs_to_case': {
      const rows = await sql<{ id: string }>`SELECT id FROM ${sql.table(kind.table as CaseChildTable)}
        WHERE case_id = ${caseId}`.execute(ctx.db);
      return rows.rows.map((r) => r.id);
    }
    case 'case_resident': {
      if (!residentId) return [];
      if (kind.table === 'residents') return [residentId];
      // Their home now, and every home they were recorded at before a move.
      const rows = await sql<{ id: string | null }>`
        SELECT property_id AS id FROM residents WHERE id = ${residentId}
        UNION SELECT json_extract(new_value, '$') FROM changes
          WHERE entity_id = ${residentId} AND field = 'property_id'
        UNION SELECT json_extract(new_value, '$.property_id') FROM changes
          WHERE entity_id = ${residentId} AND field IS NULL`.execute(ctx.db);
      return rows.rows.flatMap((r) => (typeof r.id === 'string' ? [r.id] : []));
    }
  }
}

export async function caseHistory(ctx: ServiceContext, caseId: string): Promise<CaseHistoryEntry[]> {
  const c = await ctx.db
    .selectFrom('cases')
    .select(['id', 'resident_id'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  // The records first (each kind through its own case index), then their changes by record id
  // (the change log's index): a case's history costs the same in a store of ten cases or a million.
  const wanted: Array<{ entity: string; ids: string[] }> = [];
  for (const [entity, kind] of Object.entries(RECORD_KINDS as Record<string, AnyRecordKind>))
    wanted.push({ entity, ids: await idsOf(ctx, kind, c.id, c.resident_id) });
  const rows: ChangeRow[] = [];
  for (const { entity, ids } of wanted)
    for (let i = 0; i < ids.length; i += IN_SLICE)
      rows.push(
        ...(await ctx.db
          .selectFrom('changes as ch')
          .leftJoin('people as p', 'p.id', 'ch.actor_id')
          .select([
            'ch.hlc',
            'ch.entity',
            'ch.entity_id',
            'ch.op',
            'ch.field',
            'ch.old_value',
            'ch.new_value',
            'p.name as actor_name',
          ])
          .where('ch.entity_id', 'in', ids.slice(i, i + IN_SLICE))
          .where('ch.entity', '=', entity)
          .execute()),
      );
  rows.sort((x, y) => (x.hlc < y.hlc ? 1 : x.hlc > y.hlc ? -1 : 0));
  const changes = rows
    .slice(0, MAX_ENTRIES)
    .map((r): LoggedChange & { hlc: string; actor: string | null } => ({
      hlc: r.hlc,
      actor: r.actor_name,
      entity: r.entity,
      entityId: r.entity_id,
      op: r.op === 'create' ? 'create' : 'set',
      field: r.field,
      oldValue: parsed(r.old_value),
      newValue: parsed(r.new_value),
    }));
  const records = await namesFor(ctx, changes);
  const entries: CaseHistoryEntry[] = [];
  for (const ch of changes) {
    const words = describeChange(ch, records);
    if (words)
      entries.push({ hlc: ch.hlc, at: ch.hlc.slice(0, 24), actorName: ch.actor ?? 'Unknown', ...words });
  }
  return entries;
}

interface ChangeRow {
  hlc: string;
  entity: string;
  entity_id: string;
  op: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  actor_name: string | null;
}

/** Every record the changes name (their own records and the ids in their values), read by table. */
async function namesFor(ctx: ServiceContext, changes: readonly LoggedChange[]): Promise<Records> {
  const wanted = new Map<NamedTable, Set<string>>(NAMED_TABLES.map((t) => [t, new Set<string>()]));
  const want = (table: NamedTable, id: unknown) => {
    if (typeof id === 'string' && id) wanted.get(table)!.add(id);
  };
  for (const ch of changes) {
    const kind = historyKind(ch.entity);
    if (!kind) continue;
    want(kind.table, ch.entityId);
    const values: Array<[string, unknown]> =
      ch.op === 'create' && ch.newValue && typeof ch.newValue === 'object'
        ? Object.entries(ch.newValue)
        : ch.field
          ? [
              [ch.field, ch.oldValue],
              [ch.field, ch.newValue],
            ]
          : [];
    for (const [field, value] of values) {
      const show = kind.fields[field]?.show;
      if (show && typeof show === 'object' && 'ref' in show) want(show.ref, value);
    }
  }
  const records: Partial<Record<NamedTable, Record<string, Row>>> = {};
  const read = async (tables: Iterable<NamedTable>) => {
    for (const table of tables) {
      const ids = [...wanted.get(table)!].filter((id) => !records[table]?.[id]);
      const rule = TITLES[table];
      for (let i = 0; i < ids.length; i += IN_SLICE) {
        const columns = sql.join([sql.ref('id'), ...rule.columns.map((col) => sql.ref(col))]);
        const found = await sql<Row>`SELECT ${columns} FROM ${sql.table(table)}
          WHERE id IN (${sql.join(ids.slice(i, i + IN_SLICE))})`.execute(ctx.db);
        const into = (records[table] ??= {});
        for (const row of found.rows) into[row.id as string] = row;
      }
    }
  };
  await read(NAMED_TABLES);
  // Titles that name another record (a group complaint's resident): a second, smaller pass.
  const second = new Set<NamedTable>();
  for (const table of NAMED_TABLES) {
    const refs = TITLES[table].refs;
    if (!refs) continue;
    for (const row of Object.values(records[table] ?? {}))
      for (const [col, target] of Object.entries(refs)) {
        want(target, row[col]);
        second.add(target);
      }
  }
  await read(second);
  return records;
}

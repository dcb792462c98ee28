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

/** Which changes of one record kind are this case's (the registry's history place decides). */
function changesOf(name: string, kind: AnyRecordKind, caseId: string, residentId: string | null) {
  switch (kind.history) {
    case 'none':
      return null;
    case 'case':
      return sql<boolean>`(ch.entity = ${name} AND ch.entity_id = ${caseId})`;
    case 'belongs_to_case':
      return sql<boolean>`(ch.entity = ${name} AND ch.entity_id IN (SELECT id FROM ${sql.table(kind.table as CaseChildTable)} WHERE case_id = ${caseId}))`;
    case 'case_resident':
      if (!residentId) return null;
      if (kind.table === 'residents')
        return sql<boolean>`(ch.entity = ${name} AND ch.entity_id = ${residentId})`;
      // Their home now, and every home they were recorded at before a move.
      return sql<boolean>`(ch.entity = ${name} AND ch.entity_id IN (
        SELECT property_id FROM residents WHERE id = ${residentId}
        UNION SELECT json_extract(new_value, '$') FROM changes
          WHERE entity = 'resident' AND entity_id = ${residentId} AND field = 'property_id'
        UNION SELECT json_extract(new_value, '$.property_id') FROM changes
          WHERE entity = 'resident' AND entity_id = ${residentId} AND op = 'create'))`;
  }
}

export async function caseHistory(ctx: ServiceContext, caseId: string): Promise<CaseHistoryEntry[]> {
  const c = await ctx.db
    .selectFrom('cases')
    .select(['id', 'resident_id'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  const places = Object.entries(RECORD_KINDS as Record<string, AnyRecordKind>)
    .map(([name, kind]) => changesOf(name, kind, c.id, c.resident_id))
    .filter((p) => p !== null);
  const rows = await ctx.db
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
    .where(sql<boolean>`(${sql.join(places, sql` OR `)})`)
    .orderBy('ch.hlc', 'desc')
    .limit(MAX_ENTRIES)
    .execute();
  const changes = rows.map((r): LoggedChange & { hlc: string; actor: string | null } => ({
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

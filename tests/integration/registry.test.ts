// The record registry is the one list of what is stored, synced and audited: every table in a
// migrated store is either a record kind or a declared local table, and every column of a record
// kind is either a synced field or declared local — so a migration cannot add data that sync,
// backup and history silently leave out.
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_HISTORY_TABLES, fieldsOf, LOCAL_TABLES, RECORD_KINDS } from '../../src/main/store/registry';
import { openTestApp, tempDir } from '../helpers';

describe('the record registry', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function schema() {
    const dir = tempDir('redress-registry-');
    cleanups.push(dir.remove);
    const { app } = await openTestApp(dir.dir, { officer: false });
    cleanups.push(() => app.close());
    const db = app.context.sqlite;
    // FTS shadow tables (case_fts_data, …) belong to their index.
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT IN (SELECT name || suffix FROM sqlite_schema, (SELECT '_data' AS suffix UNION SELECT '_idx' UNION SELECT '_config' UNION SELECT '_docsize' UNION SELECT '_content') WHERE sql LIKE 'CREATE VIRTUAL TABLE%')`,
        )
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    const columns = (table: string) =>
      (db.prepare(`SELECT name FROM pragma_table_xinfo(?)`).all(table) as Array<{ name: string }>).map(
        (c) => c.name,
      );
    return { tables, columns };
  }

  it('knows every table in the schema, as a record kind or a local table', async () => {
    const { tables } = await schema();
    const known = new Set([...Object.values(RECORD_KINDS).map((k) => k.table), ...Object.keys(LOCAL_TABLES)]);
    const unknown = tables.filter((t) => !known.has(t as never));
    expect(
      unknown,
      'tables neither in RECORD_KINDS nor in LOCAL_TABLES (src/main/store/registry.ts)',
    ).toEqual([]);
    const gone = [...known].filter((t) => !tables.includes(t));
    expect(gone, 'registry entries with no table').toEqual([]);
  });

  it('knows every column of every record kind, as a synced field or a local one', async () => {
    const { columns } = await schema();
    for (const kind of Object.values(RECORD_KINDS)) {
      const declared = ['id', ...fieldsOf(kind), ...(kind.local as readonly string[])].sort();
      expect(columns(kind.table).sort(), `columns of ${kind.table}`).toEqual(declared);
    }
  });

  it('puts in a case history only records that name their case', async () => {
    const { columns } = await schema();
    for (const table of CASE_HISTORY_TABLES) expect(columns(table), table).toContain('case_id');
  });

  it('names only real fields as decisions, references and search fields', () => {
    for (const [name, kind] of Object.entries(RECORD_KINDS)) {
      const fields = new Set(fieldsOf(kind));
      for (const f of [...kind.decisions, ...Object.keys(kind.references), ...(kind.search?.fields ?? [])])
        expect(fields.has(f as never), `${name}.${f}`).toBe(true);
    }
  });
});

// A bulk load (a new computer taking in a whole share: store/bulkLoad.ts) sets the store up for
// speed and puts every setting back: the write-ahead log, every index, the page cache. With a
// second connection open the store stays in its log, and the load still works.
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreDeferredIndexes } from '../../src/main/db/deferredIndexes';
import { STORE_FILE } from '../../src/main/db/open';
import { beginBulkLoad, finishBulkLoad } from '../../src/main/store/bulkLoad';
import { openRawStore, openTestApp, tempDir } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function store() {
  const tmp = tempDir('redress-bulk-');
  cleanups.push(tmp.remove);
  const { app, call } = await openTestApp(tmp.dir);
  cleanups.push(() => app.close());
  return { dir: tmp.dir, db: app.context.sqlite, call };
}

const indexes = (db: BetterSqlite3.Database) =>
  db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
    .all();
const pragma = (db: BetterSqlite3.Database, name: string) => db.pragma(name, { simple: true });

describe('a bulk load', () => {
  it('writes through a rollback journal without the records’ indexes, and puts everything back', async () => {
    const { db, call } = await store();
    const before = { indexes: indexes(db), cache: pragma(db, 'cache_size') };
    expect(pragma(db, 'journal_mode')).toBe('wal');

    const load = beginBulkLoad(db);
    expect(load.journal).toBe(true);
    expect(pragma(db, 'journal_mode')).toBe('delete');
    expect(load.deferred).toBeGreaterThan(40);
    expect(indexes(db).length).toBe(before.indexes.length - load.deferred);
    // What the merge looks up while it loads stays.
    expect(indexes(db).map((i) => (i as { name: string }).name)).toEqual(
      expect.arrayContaining(['cases_reference', 'changes_entity']),
    );
    expect(pragma(db, 'cache_size')).toBe(-256 * 1024);
    // The app still answers (and writes) in between, only without those indexes.
    const opened = await call('cases.open', { type: 'enquiry', summary: 'Asked during a join' });
    expect((await call('cases.list', {})).items.map((c) => c.id)).toContain(opened.id);

    finishBulkLoad(db, load);
    expect(indexes(db)).toEqual(before.indexes);
    expect(pragma(db, 'journal_mode')).toBe('wal');
    expect(pragma(db, 'cache_size')).toBe(before.cache);
    expect(db.prepare(`SELECT 1 FROM meta WHERE key = 'bulk_load_indexes'`).get()).toBeUndefined();
    expect(pragma(db, 'integrity_check')).toBe('ok');
  });

  it('stays in the write-ahead log while another connection has the store open', async () => {
    const { dir, db } = await store();
    const before = indexes(db);
    const other = await openRawStore(dir, join(dir, STORE_FILE));
    try {
      const load = beginBulkLoad(db);
      expect(load.journal).toBe(false);
      expect(pragma(db, 'journal_mode')).toBe('wal');
      finishBulkLoad(db, load);
    } finally {
      other.close();
    }
    expect(indexes(db)).toEqual(before);
  });

  it('ignores a damaged note of set-aside indexes rather than failing to open, and runs nothing but index definitions', async () => {
    const { db } = await store();
    const before = indexes(db);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('bulk_load_indexes', 'not json')`).run();
    expect(restoreDeferredIndexes(db)).toBe(0);
    expect(db.prepare(`SELECT 1 FROM meta WHERE key = 'bulk_load_indexes'`).get()).toBeUndefined();
    db.prepare(`INSERT INTO meta (key, value) VALUES ('bulk_load_indexes', ?)`).run(
      JSON.stringify([
        { name: 'x', sql: 'DROP TABLE cases' },
        { name: 'y', sql: 'CREATE INDEX y ON cases(summary); DROP TABLE cases' },
      ]),
    );
    expect(() => restoreDeferredIndexes(db)).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(indexes(db)).toEqual(before);
  });
});

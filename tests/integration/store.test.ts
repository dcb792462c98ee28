import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { migrations, SCHEMA_VERSION } from '../../src/main/db/migrations';
import { STORE_FILE } from '../../src/main/db/open';
import { openRawStore, openTestApp, tempDir, TEST_UNLOCK } from '../helpers';

describe('the case store on disk', () => {
  it('is created with WAL, foreign keys and synchronous=FULL, at the current schema version', async () => {
    const tmp = tempDir();
    const { app } = await openTestApp(tmp.dir);
    try {
      const db = app.store.sqlite;
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(app.context.installation.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{2}$/);
    } finally {
      await app.close();
      tmp.remove();
    }
  });

  it('keeps the same installation identity across restarts', async () => {
    const tmp = tempDir();
    const first = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir });
    const identity = first.context.installation;
    await first.close();
    const second = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir });
    expect(second.context.installation).toEqual(identity);
    await second.close();
    tmp.remove();
  });

  it('refuses a store written by a newer Redress, and leaves it byte-for-byte untouched', async () => {
    const tmp = tempDir();
    const file = join(tmp.dir, STORE_FILE);
    const { app } = await openTestApp(tmp.dir);
    await app.close();
    const future = await openRawStore(tmp.dir);
    future.pragma('journal_mode = DELETE'); // one file, so the comparison below covers everything
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    const before = readFileSync(file);

    await expect(openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir })).rejects.toMatchObject({
      code: 'STORE_TOO_NEW',
      message: expect.stringMatching(/newer version of Redress.*Nothing in the store has been changed/),
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    tmp.remove();
  });

  it('says clearly when the file is not a case store at all', async () => {
    const tmp = tempDir();
    writeFileSync(join(tmp.dir, STORE_FILE), 'this is a shopping list, not a database'.repeat(200));
    await expect(openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir })).rejects.toThrow(
      /is not a Redress case store/,
    );
    tmp.remove();
  });
});

describe('upgrading a store written by the first sync version (schema 2)', () => {
  it('keeps every change and case, drops the per-field table, and keeps only fields with concurrent heads', async () => {
    const tmp = tempDir();
    const file = join(tmp.dir, STORE_FILE);
    const old = new BetterSqlite3(file);
    for (const m of migrations.filter((m) => m.version <= 2)) old.exec(m.sql);
    old.pragma('user_version = 2');
    old.exec(`
      INSERT INTO changes (hlc, replica_id, entity, entity_id, op, field, new_value, prev)
        VALUES ('2026-01-01T00:00:00.000Z-0000-0000000000000001', 'r', 'case', 'c1', 'set', 'status', '"closed"', NULL);
      INSERT INTO field_state VALUES ('c1', 'status', '2026-01-01T00:00:00.000Z-0000-0000000000000001', '"closed"');
      INSERT INTO field_heads VALUES ('c1', 'status', 'a'), ('c2', 'status', 'a,b');
    `);
    old.close();
    const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir });
    try {
      const db = app.store.sqlite;
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare(`SELECT count(*) AS n FROM changes WHERE entity_id = 'c1'`).get()).toEqual({ n: 1 });
      expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'field_state'`).get()).toBeUndefined();
      expect(db.prepare('SELECT entity_id, heads FROM field_heads').all()).toEqual([
        { entity_id: 'c2', heads: 'a,b' },
      ]);
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT field, hlc FROM changes WHERE entity_id = ?`)
        .all('c1') as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail).join()).toContain('COVERING INDEX changes_entity');
    } finally {
      await app.close();
      tmp.remove();
    }
  });
});

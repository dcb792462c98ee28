// Search after a big merge: when most records wait to be indexed (a new computer joining a share),
// the index is built again from the tables in one pass. It must answer every search exactly as the
// record-by-record entries do (demo data writes those as it seeds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import type { RedressApp } from '../../src/main/app';
import { seedStore } from '../../src/main/services/demo';
import { catchUpSearch } from '../../src/main/store/searchCatchUp';
import { openTestApp, tempDir } from '../helpers';

const dir = tempDir('redress-search-rebuild-');
let app: RedressApp;
let db: BetterSqlite3.Database;

beforeAll(async () => {
  ({ app } = await openTestApp(dir.dir));
  db = app.context.sqlite;
  seedStore(app.context, { cases: 1800, seed: 4 });
}, 60_000);

afterAll(async () => {
  await app?.close();
  dir.remove();
});

/** What every search below finds: the matching rowids, per query, per index. */
function answers(): string {
  const words = (sql: string) =>
    [...new Set((db.prepare(sql).pluck().all() as string[]).flatMap((t) => t.toLowerCase().split(/\W+/)))]
      .filter((w) => w.length > 2)
      .sort()
      .slice(0, 150);
  const queries = [
    ...words('SELECT name FROM residents').map((w) => ['resident_fts', `"${w}"`]),
    ...words('SELECT postcode FROM properties').map((w) => ['resident_fts', `"${w}"*`]),
    ...words('SELECT summary FROM cases LIMIT 300').map((w) => ['case_fts', `"${w}"`]),
    ...words('SELECT reference FROM cases LIMIT 50').map((w) => ['case_fts', `"${w}"*`]),
  ];
  expect(queries.length).toBeGreaterThan(100);
  return JSON.stringify(
    queries.map(([index, q]) => [
      q,
      db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(q),
    ]),
  );
}

const records = () =>
  db
    .prepare('SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM residents)')
    .pluck()
    .get() as number;

describe('rebuilding the search index after a big merge', () => {
  it('answers every search as the entries made record by record did, and leaves nothing waiting', () => {
    const before = answers();
    expect(JSON.parse(before).some(([, rows]: [string, number[]]) => rows.length > 0)).toBe(true);
    // As after a join: the index empty, every record waiting.
    db.exec(`INSERT INTO case_fts (case_fts) VALUES ('delete-all'); INSERT INTO resident_fts (resident_fts) VALUES ('delete-all');
      INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'case', id FROM cases;
      INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'resident', id FROM residents;
      INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'property', id FROM properties;`);
    expect(catchUpSearch(db)).toBe(records());
    expect(db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
    expect(answers()).toBe(before);
  });

  it('replaces what the index held rather than adding to it (no record found twice)', () => {
    const before = answers();
    db.exec(`INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'case', id FROM cases;
      INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'resident', id FROM residents;`);
    expect(catchUpSearch(db)).toBe(records());
    expect(answers()).toBe(before);
  });

  it('a few changes are still indexed record by record', () => {
    const before = answers();
    db.exec(`INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'case', id FROM cases LIMIT 10`);
    expect(catchUpSearch(db)).toBe(10);
    expect(answers()).toBe(before);
  });
});

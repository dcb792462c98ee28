// Indexes set aside while a store takes in a great many rows at once (store/bulkLoad.ts), and the
// way back. The list of what was set aside is noted in `meta` in the same transaction as the drops,
// so a crash in between never leaves a store without its indexes: the next open builds them
// (restoreDeferredIndexes, before migrations look for them).
import type BetterSqlite3 from 'better-sqlite3';

const NOTE = 'bulk_load_indexes';

interface SetAside {
  name: string;
  sql: string;
}

/** Drops the plain (not unique) indexes of `tables`, except `kept`, noting them; returns how many are set aside. */
export function deferIndexes(
  db: BetterSqlite3.Database,
  tables: readonly string[],
  kept: ReadonlySet<string>,
): number {
  return db.transaction(() => {
    const indexes = (
      db
        .prepare(
          `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE INDEX %'
           AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
        )
        .all(...tables) as SetAside[]
    ).filter((i) => !kept.has(i.name));
    const setAside = [...noted(db), ...indexes];
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(NOTE, JSON.stringify(setAside));
    for (const i of indexes) db.prepare(`DROP INDEX "${i.name.replaceAll('"', '""')}"`).run();
    return setAside.length;
  })();
}

/** Builds every index set aside (by a load that finished or one a crash interrupted); returns how many. */
export function restoreDeferredIndexes(db: BetterSqlite3.Database): number {
  // A store being created has no meta table yet (its migrations make it).
  if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get()) return 0;
  if (!db.prepare('SELECT 1 FROM meta WHERE key = ?').get(NOTE)) return 0;
  const setAside = noted(db);
  db.transaction(() => {
    for (const i of setAside)
      db.prepare(i.sql.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS ')).run();
    db.prepare('DELETE FROM meta WHERE key = ?').run(NOTE);
  })();
  return setAside.length;
}

/** What the note lists; only definitions of the shape written here are ever run again. */
function noted(db: BetterSqlite3.Database): SetAside[] {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(NOTE) as { value: string } | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(row?.value ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (i): i is SetAside =>
      typeof i?.name === 'string' && typeof i?.sql === 'string' && i.sql.startsWith('CREATE INDEX '),
  );
}

// The store's own settings and bookkeeping (the local `meta` table: never synced, never in the
// change log): one key, one text value.
import type BetterSqlite3 from 'better-sqlite3';

export function readMeta(db: BetterSqlite3.Database, key: string): string | null {
  return (
    (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ??
    null
  );
}

export function writeMeta(db: BetterSqlite3.Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

// A canonical hash of everything sync is responsible for: equal hashes mean two installations
// have converged. Local bookkeeping (row numbers, updated_at stamps, sync progress) is left out.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { fieldsOf, RECORD_KINDS } from './registry';

export function stateHash(source: BetterSqlite3.Database | { sqlite: BetterSqlite3.Database }): string {
  const db = 'sqlite' in source ? source.sqlite : source;
  const hash = createHash('sha256');
  for (const [entity, kind] of Object.entries(RECORD_KINDS)) {
    const columns = [
      'id',
      ...fieldsOf(kind)
        .filter((c) => c !== 'updated_at')
        .sort(),
    ];
    hash.update(`#${entity}\n`);
    for (const row of db
      .prepare(`SELECT ${columns.join(', ')} FROM ${kind.table} ORDER BY id`)
      .raw()
      .iterate()) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
  }
  hash.update('#changes\n');
  for (const row of db.prepare('SELECT hlc FROM changes ORDER BY hlc').raw().iterate())
    hash.update(`${(row as string[])[0]}\n`);
  hash.update('#pending\n');
  for (const row of db.prepare('SELECT hlc FROM pending_ops ORDER BY hlc').raw().iterate())
    hash.update(`${(row as string[])[0]}\n`);
  hash.update('#conflicts\n');
  for (const row of db
    .prepare(
      `SELECT id, data FROM attention WHERE kind IN ('conflict', 'duplicate_reference', 'edited_after_delete') AND resolved_at IS NULL ORDER BY id`,
    )
    .raw()
    .iterate())
    hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}

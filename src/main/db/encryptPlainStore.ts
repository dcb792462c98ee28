// Upgrading a store written before encryption: a copy is encrypted under the data key, checked
// (SQLite's quick check, and every table's row count against the plain file), and only then put
// in the store's place. The plain file is kept beside it until that check passes, then removed,
// so a failure at any step leaves the plain store exactly as it was.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { openSqlite, rekeyPragmas, type StoreKey } from './cipher';
import { quickCheck } from './quickCheck';

export const PLAIN_KEPT_SUFFIX = '.plain-before-encryption';

function rowCounts(sqlite: BetterSqlite3.Database): Map<string, number> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((t) => [
      t,
      sqlite
        .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

export function encryptPlainStore(file: string, key: StoreKey): void {
  const work = `${file}.encrypting`;
  const kept = `${file}${PLAIN_KEPT_SUFFIX}`;
  rmSync(work, { force: true });
  // Fold the plain write-ahead log into the file first, so the copy is the whole store.
  const plain = openSqlite(file, null, { fileMustExist: true });
  let counts: Map<string, number>;
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    counts = rowCounts(plain);
  } finally {
    plain.close();
  }
  copyFileSync(file, work);
  try {
    const copy = openSqlite(work, null, { fileMustExist: true });
    try {
      // Rekeying needs a rollback journal; the store goes back to WAL when it is opened.
      copy.pragma('journal_mode = DELETE');
      for (const pragma of rekeyPragmas(key)) copy.pragma(pragma);
    } finally {
      copy.close();
    }
    const check = openSqlite(work, key, { fileMustExist: true });
    try {
      const problems = quickCheck(check);
      if (problems.length > 0) throw new Error(`the encrypted copy failed its check: ${problems[0]}`);
      const after = rowCounts(check);
      for (const [table, n] of counts)
        if (after.get(table) !== n) throw new Error(`the encrypted copy lost rows of ${table}`);
    } finally {
      check.close();
    }
  } catch (error) {
    rmSync(work, { force: true });
    throw error;
  }
  renameSync(file, kept);
  for (const f of [`${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f, { force: true });
  renameSync(work, file);
  rmSync(kept, { force: true });
}

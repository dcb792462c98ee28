// SQLite's quick integrity check (PRAGMA quick_check): every page and record is readable and the
// b-trees are well-formed (it skips only matching indexes to rows, which is what makes it quick).
import type BetterSqlite3 from 'better-sqlite3';
import { openSqlite, type StoreKey } from './cipher';

/** What is wrong with the store, in SQLite's words; empty when it is sound. */
export function quickCheck(sqlite: BetterSqlite3.Database, limit = 5): string[] {
  try {
    const rows = sqlite.pragma(`quick_check(${limit})`) as Array<{ quick_check: string }>;
    // One problem a line, without SQLite's "*** in database main ***" headings.
    return rows
      .flatMap((r) => r.quick_check.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line && line !== 'ok' && !/^\*\*\*.*\*\*\*$/.test(line));
  } catch (error) {
    // A page so damaged that the check itself cannot walk it.
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return [(error as Error).message];
    throw error;
  }
}

/** The same check through a read-only handle, so a damaged store is left exactly as it was. */
/** `key` null: a plain file from before encryption (only ever to move or upgrade it). */
export function quickCheckFile(file: string, key: StoreKey | null): string[] {
  let probe: BetterSqlite3.Database;
  try {
    probe = openSqlite(file, key, { readonly: true, fileMustExist: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return [(error as Error).message];
    throw error;
  }
  try {
    return quickCheck(probe);
  } finally {
    probe.close();
  }
}

// Taking in a whole share at once: a new computer joining from a snapshot of 50,000 cases writes
// some 270,000 records and as many log entries. Three things the store does for everyday writes
// make that slow, and none is needed while it runs:
//  - the write-ahead log: each page goes to the log, then into the store, encrypted both times.
//    A rollback journal writes new pages once, straight into the store (pages added to the end of
//    the file need no journal), and is just as safe: FULL sync, all or nothing per transaction;
//  - the records' secondary indexes kept up to date row by row: built once at the end, from sorted
//    data, they cost a fraction (db/deferredIndexes.ts, which also covers a crash in between);
//  - a 64 MiB page cache: the log and the records it writes side by side outgrow it, and pages
//    leave it only to be read back (and decrypted) again. A larger one is lent for the load.
// finishBulkLoad puts all three back.
import type BetterSqlite3 from 'better-sqlite3';
import { deferIndexes, restoreDeferredIndexes } from '../db/deferredIndexes';
import { RECORD_KINDS } from './registry';

const TABLES = [...new Set(Object.values(RECORD_KINDS).map((k) => k.table))];

/** What the merge itself looks up while it applies (apply.ts: a case reference used twice). */
const KEPT = new Set(['cases_reference']);

/** The page cache lent to a load (KiB, as SQLite takes it): measured at 50,000 cases, about 3 s less. */
const LOAD_CACHE_KIB = 256 * 1024;

export interface BulkLoad {
  /** Whether the store writes through the rollback journal (false: another connection kept it in WAL). */
  journal: boolean;
  /** Indexes set aside until the load ends. */
  deferred: number;
  /** The page cache setting to return to. */
  cacheSize: number;
}

/** Sets the store up to take in many records at once. Not inside a transaction. */
export function beginBulkLoad(db: BetterSqlite3.Database): BulkLoad {
  const journal = journalMode(db, 'DELETE') === 'delete';
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  return { journal, deferred: deferIndexes(db, TABLES, KEPT), cacheSize };
}

/**
 * The journal mode asked for, or null when another connection has the store open (a script's CLI,
 * say: SQLite answers "database is locked"). A load then simply runs through the log, as every
 * write does.
 */
function journalMode(db: BetterSqlite3.Database, mode: 'DELETE' | 'WAL'): string | null {
  try {
    return db.pragma(`journal_mode = ${mode}`, { simple: true }) as string;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return null;
    throw error;
  }
}

/** Builds the set-aside indexes again and returns the store to its write-ahead log and its own cache. */
export function finishBulkLoad(db: BetterSqlite3.Database, load: BulkLoad): void {
  restoreDeferredIndexes(db);
  // Held by another connection just now: every connection to a store opens it in WAL anyway (the
  // next open of this one too); until then writes go through the journal, as safely.
  journalMode(db, 'WAL');
  db.pragma(`cache_size = ${load.cacheSize}`);
}

// Taking in a whole share at once: a new computer joining from a snapshot of 50,000 cases writes
// some 270,000 records and as many log entries. Two things the store does for everyday writes make
// that slow, and neither is needed while it runs:
//  - the write-ahead log: each page goes to the log, then into the store, encrypted both times.
//    A rollback journal writes new pages once, straight into the store (pages added to the end of
//    the file need no journal), and is just as safe: FULL sync, all or nothing per transaction;
//  - the records' secondary indexes kept up to date row by row: built once at the end, from sorted
//    data, they cost a fraction (db/deferredIndexes.ts, which also covers a crash in between).
// finishBulkLoad puts both back.
import type BetterSqlite3 from 'better-sqlite3';
import { deferIndexes, restoreDeferredIndexes } from '../db/deferredIndexes';
import { RECORD_KINDS } from './registry';

const TABLES = [...new Set(Object.values(RECORD_KINDS).map((k) => k.table))];

/** What the merge itself looks up while it applies (apply.ts: a case reference used twice). */
const KEPT = new Set(['cases_reference']);

export interface BulkLoad {
  /** Whether the store writes through the rollback journal (false: another connection kept it in WAL). */
  journal: boolean;
  /** Indexes set aside until the load ends. */
  deferred: number;
}

/** Sets the store up to take in many records at once. Not inside a transaction. */
export function beginBulkLoad(db: BetterSqlite3.Database): BulkLoad {
  // Refused (left in WAL) while another connection has the store open: the load then simply runs
  // through the log, as every write does.
  const journal = db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  return { journal, deferred: deferIndexes(db, TABLES, KEPT) };
}

/** Builds the set-aside indexes again and returns the store to its write-ahead log. */
export function finishBulkLoad(db: BetterSqlite3.Database): void {
  restoreDeferredIndexes(db);
  db.pragma('journal_mode = WAL');
}

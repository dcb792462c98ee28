// After an erasure has committed, nothing of the erased data may stay anywhere Redress keeps files
// on this computer. SQLite leaves deleted bytes in freed pages and in the write-ahead log, and the
// search index keeps old terms in its segments until they are merged; attachment and letter files
// sit beside the store; the daily copies hold the store as it was. This clears each of them.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { catchUpSearch } from './searchCatchUp';
import { blobPath, writeBlob } from './blobStore';
import { BACKUPS_FOLDER } from './dailyBackups';
import { ERASURE_COMPACT_DUE, erasedBlobsOf, fileStillNamed } from './erasure';
import { EMPTY_SHA256 } from './personalData';

/** Whether an erasure applied here still waits for its on-disk clean-up. */
export function compactionDue(db: BetterSqlite3.Database): boolean {
  return !!db.prepare('SELECT 1 FROM meta WHERE key = ?').get(ERASURE_COMPACT_DUE);
}

/**
 * Clears what the erasure left on disk. Runs outside any transaction (VACUUM cannot run inside
 * one); safe to run again after a crash (the flag stays until the end). Returns the daily copies
 * removed.
 */
export function compactAfterErasure(db: BetterSqlite3.Database, dataDir: string): string[] {
  catchUpSearch(db);
  // Merging every search segment into one drops the entries deleted from it.
  db.exec(
    `INSERT INTO case_fts(case_fts) VALUES ('optimize'); INSERT INTO resident_fts(resident_fts) VALUES ('optimize');`,
  );
  for (const hash of erasedBlobsOf(db))
    if (!fileStillNamed(db, hash)) rmSync(blobPath(dataDir, hash), { force: true });
  // Erased attachments name the empty file: kept here so sync never goes looking for it.
  if (!existsSync(blobPath(dataDir, EMPTY_SHA256))) writeBlob(dataDir, EMPTY_SHA256, new Uint8Array());
  // Rebuilding the file leaves no freed page behind; the log is then emptied. The rebuild works
  // in memory, so no temporary file holds a copy of the store either.
  const tempStore = db.pragma('temp_store', { simple: true });
  db.pragma('temp_store = MEMORY');
  try {
    db.exec('VACUUM');
  } finally {
    db.pragma(`temp_store = ${Number(tempStore)}`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const removed = removeDailyCopies(dataDir);
  db.prepare('DELETE FROM meta WHERE key = ?').run(ERASURE_COMPACT_DUE);
  db.pragma('wal_checkpoint(TRUNCATE)');
  return removed;
}

/**
 * The daily copies were taken before the erasure: they are removed (the next daily copy, made at
 * once by the erasing computer and within the hour by the others, holds the erased store).
 */
function removeDailyCopies(dataDir: string): string[] {
  const folder = join(dataDir, BACKUPS_FOLDER);
  if (!existsSync(folder)) return [];
  const removed = readdirSync(folder).filter((f) => f.startsWith('redress-'));
  for (const f of removed) rmSync(join(folder, f), { force: true });
  return removed;
}

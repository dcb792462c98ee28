// Moving a store to a new folder once, safely: Redress on Windows used to keep its store in
// roaming AppData (%APPDATA%\Redress), which organisations often redirect to a file server, where
// SQLite's write-ahead log is unsafe; it now lives in %LOCALAPPDATA%\Redress. The old store is
// copied through SQLite's online backup, the copy is opened (and so checked) in its new place,
// and only then is the old file renamed aside (redress.sqlite.moved-to-localappdata) — kept, never
// deleted, so a move that fails half-way leaves the old store exactly as it was.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { STORE_FILE } from './open';
import { quickCheckFile } from './quickCheck';
import { PRIVATE_FILE, PRIVATE_FOLDER, STORE_ID_FILE } from './storeMarkers';

export const MOVED_SUFFIX = '.moved-to-localappdata';

/** Moves the store in `from` to `to` unless `to` already has one; true if it moved. */
export async function moveStoreOnce(from: string, to: string): Promise<boolean> {
  const oldFile = join(from, STORE_FILE);
  const newFile = join(to, STORE_FILE);
  if (!existsSync(oldFile) || existsSync(newFile)) return false;
  mkdirSync(to, { recursive: true, mode: PRIVATE_FOLDER });
  const partial = `${newFile}.partial-${process.pid}`;
  const source = new BetterSqlite3(oldFile, { fileMustExist: true });
  try {
    closeSync(openSync(partial, 'w', PRIVATE_FILE));
    await source.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  renameSync(partial, newFile);
  try {
    // Roaming stores date from before encryption (this move runs before any open), so the copy is
    // checked as the plain file it is; the first sign-in then encrypts it in its new place.
    const problems = quickCheckFile(newFile, null);
    if (problems.length > 0) throw new Error(`the copy is damaged: ${problems[0]}`);
  } catch (error) {
    // The copy will not open: take it away again and keep using nothing but the original.
    for (const f of [newFile, `${newFile}-wal`, `${newFile}-shm`, join(to, STORE_ID_FILE)])
      rmSync(f, { force: true });
    throw error;
  }
  renameSync(oldFile, `${oldFile}${MOVED_SUFFIX}`);
  return true;
}

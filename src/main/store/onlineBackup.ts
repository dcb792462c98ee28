// A copy of the store file made with SQLite's online backup API while Redress runs. Copying
// redress.sqlite with the file manager misses whatever is still in the write-ahead log
// (redress.sqlite-wal) and can catch a page mid-write; this reads through SQLite, so the copy is
// one consistent moment, log included. It is written beside its destination and renamed into
// place only when whole, readable by the owner only, as one file (no -wal beside it).
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { PRIVATE_FILE } from '../db/storeMarkers';

export async function copyStore(sqlite: BetterSqlite3.Database, path: string): Promise<{ bytes: number }> {
  const temp = `${path}.partial-${process.pid}`;
  try {
    // Created owner-only before SQLite fills it (SQLite keeps an existing file's permissions).
    closeSync(openSync(temp, 'w', PRIVATE_FILE));
    await sqlite.backup(temp);
    // One self-contained file: the copy keeps no write-ahead log of its own, so it can be moved,
    // mailed or opened read-only without -wal/-shm files appearing beside it.
    const copy = new BetterSqlite3(temp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return { bytes: statSync(path).size };
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

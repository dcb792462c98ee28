// A copy of the store file made while Redress runs. Copying redress.sqlite with the file manager
// misses whatever is still in the write-ahead log (redress.sqlite-wal) and can catch a page
// mid-write; this reads through SQLite (VACUUM INTO), so the copy is one consistent moment, log
// included, encrypted under the same data key as the store (SQLite3 Multiple Ciphers writes the
// copy through the connection's cipher), as one file (no -wal beside it), readable by the owner
// only. It is written beside its destination and renamed into place only when whole.
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { PRIVATE_FILE } from '../db/storeMarkers';

export async function copyStore(sqlite: BetterSqlite3.Database, path: string): Promise<{ bytes: number }> {
  const temp = `${path}.partial-${process.pid}`;
  try {
    rmSync(temp, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(temp);
    chmodSync(temp, PRIVATE_FILE);
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

// Restoring from a copy of the store file (`npm run cli -- backup --out FILE`, or a daily copy in
// backups/) as well as from a JSON backup. The copy is checked where it lies, read-only (SQLite's
// header, its integrity check, its version, that it is a Redress store), then copied to a private
// temporary folder, brought up to this version's schema there, and written out as a JSON backup —
// which the one restore path (backup.ts) then reads, with all its checks and identity handling.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrations';
import { openStore, STORE_FILE } from '../db/open';
import { quickCheck } from '../db/quickCheck';
import { BackupError, writeBackup } from './backup';
import { writeWholeFile } from './backupIo';
import { copyStore } from './onlineBackup';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the file starts as every SQLite database does. */
export function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

const nothing = 'Nothing was restored.';

/** The store copy at `path` as a JSON backup in a temporary file; `cleanup` removes it. */
export async function storeCopyAsBackup(path: string): Promise<{ file: string; cleanup(): void }> {
  const temp = mkdtempSync(join(tmpdir(), 'redress-restore-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  try {
    await copyChecked(path, join(temp, STORE_FILE));
    const store = openStore(temp);
    try {
      const meta = (key: string) =>
        (
          store.sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
            { value: string } | undefined
        )?.value;
      const installation = { id: meta('installation_id')!, code: meta('installation_code') ?? '' };
      const file = join(temp, 'backup.json');
      writeWholeFile(file, (write) =>
        writeBackup(store.sqlite, { exportedAt: statSync(path).mtime.toISOString(), installation }, write),
      );
      return { file, cleanup };
    } finally {
      await store.close();
    }
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Checks the copy read-only where it lies, then copies it to `to`. */
async function copyChecked(path: string, to: string): Promise<void> {
  let source: BetterSqlite3.Database;
  try {
    source = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(
      `${path} cannot be opened as a Redress store copy (${(error as Error).message}). ${nothing}`,
    );
  }
  try {
    const problems = quickCheck(source);
    if (problems.length)
      throw new BackupError(
        `The store copy ${path} is damaged (SQLite's check found: ${problems[0]}), so it cannot be trusted: restore an earlier copy instead. ${nothing}`,
      );
    const version = source.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION)
      throw new BackupError(
        `This store copy was made by a newer version of Redress (store version ${version}; this one is ${SCHEMA_VERSION}). Update Redress on this computer, then restore it. ${nothing}`,
        'newer',
      );
    const isRedress =
      version >= 1 &&
      source
        .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'cases', 'changes')`)
        .all().length === 3 &&
      source.prepare(`SELECT 1 FROM meta WHERE key = 'installation_id'`).get() !== undefined;
    if (!isRedress)
      throw new BackupError(`${path} is an SQLite database but not a Redress case store. ${nothing}`);
    await copyStore(source, to);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${path} cannot be read as a Redress store copy (${(error as Error).message}). ${nothing}`,
    );
  } finally {
    source.close();
  }
}

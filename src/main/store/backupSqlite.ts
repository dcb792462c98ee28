// Restoring from a copy of the store file (`npm run cli -- backup --out FILE`, or a daily copy in
// backups/) as well as from a JSON backup. The copy is copied into a private temporary folder and
// checked there (its integrity, its version, that it is a Redress store), brought up to this
// version's schema, and written out as a JSON backup —
// which the one restore path (backup.ts) then reads, with all its checks and identity handling.
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { isPlainSqlite, openSqlite, type StoreKey } from '../db/cipher';
import { SCHEMA_VERSION } from '../db/migrations';
import { openStore, STORE_FILE } from '../db/open';
import { quickCheck } from '../db/quickCheck';
import { BackupError, writeBackup } from './backup';
import { writeWholeFile } from './backupIo';

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

/** Whether the file is a store copy encrypted under `key` (a daily copy, or `backup --out`). */
export function opensWithKey(path: string, key: StoreKey): boolean {
  try {
    openSqlite(path, key, { readonly: true, fileMustExist: true }).close();
    return true;
  } catch {
    return false;
  }
}

const nothing = 'Nothing was restored.';

/** The store copy at `path` as a JSON backup in a temporary file; `cleanup` removes it. */
export async function storeCopyAsBackup(
  path: string,
  key: StoreKey,
): Promise<{ file: string; cleanup(): void }> {
  const temp = mkdtempSync(join(tmpdir(), 'redress-restore-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  try {
    await copyChecked(path, join(temp, STORE_FILE), key);
    // A copy from before encryption is encrypted in the temporary folder as it opens.
    const store = openStore(temp, { key });
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

/**
 * Copies the file (with its -wal, if one was copied beside it) into the private folder and checks
 * it there, so nothing ever appears beside the user's file.
 */
async function copyChecked(path: string, to: string, key: StoreKey): Promise<void> {
  copyFileSync(path, to);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${to}-wal`);
  let source: BetterSqlite3.Database;
  try {
    source = openSqlite(to, isPlainSqlite(to) ? null : key, { fileMustExist: true });
  } catch (error) {
    throw new BackupError(
      `${path} cannot be opened as a Redress store copy of this computer (${(error as Error).message}): a copy of the store file opens only where it was made (another computer's copy is encrypted under its own key; use a JSON backup to move records). ${nothing}`,
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
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${path} cannot be read as a Redress store copy (${(error as Error).message}). ${nothing}`,
    );
  } finally {
    source.close();
  }
}

// Moving a store to a new folder once, safely: Redress on Windows used to keep its store in
// roaming AppData (%APPDATA%\Redress), which organisations often redirect to a file server, where
// SQLite's write-ahead log is unsafe; it now lives in %LOCALAPPDATA%\Redress. The old store is
// copied (with its key file) and checked in its new place,
// and only then is the old file renamed aside (redress.sqlite.moved-to-localappdata) — kept, never
// deleted, so a move that fails half-way leaves the old store exactly as it was.
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { isPlainSqlite } from './cipher';
import { dataFolderProblem } from './dataFolderCheck';
import { KEY_FILE } from './keys/keyFile';
import { readMountTable, resolveForMounts } from './mountTable';
import { storeUnavailable } from './storeErrors';
import { STORE_FILE } from './open';
import { quickCheckFile } from './quickCheck';
import { PRIVATE_FILE, PRIVATE_FOLDER, STORE_ID_FILE } from './storeMarkers';

export const MOVED_SUFFIX = '.moved-to-localappdata';

/** Moves the store in `from` to `to` unless `to` already has one; true if it moved. */
export async function moveStoreOnce(from: string, to: string): Promise<boolean> {
  const oldFile = join(from, STORE_FILE);
  const newFile = join(to, STORE_FILE);
  if (!existsSync(oldFile) || existsSync(newFile)) return false;
  // The new place must be one a store may live in (not a network or cloud-synced folder).
  const folder = dataFolderProblem(
    resolveForMounts(to, process.platform),
    process.platform,
    readMountTable(process.platform),
  );
  if (folder) throw storeUnavailable(folder.kind, folder.message, { dataDir: to });
  mkdirSync(to, { recursive: true, mode: PRIVATE_FOLDER });
  // Nothing has the store open yet (this runs before Redress opens it), so its files are copied as
  // they are — the store, its write-ahead log or the rollback journal a crash left beside it (both
  // part of the store until it next opens), and its key file — and each copy checked byte for
  // byte; an encrypted store stays encrypted under the same keys.
  const names = [STORE_FILE, `${STORE_FILE}-wal`, `${STORE_FILE}-journal`, KEY_FILE].filter((n) =>
    existsSync(join(from, n)),
  );
  const copied: string[] = [];
  try {
    for (const name of names) {
      const partial = join(to, `${name}.partial-${process.pid}`);
      closeSync(openSync(partial, 'w', PRIVATE_FILE));
      copyFileSync(join(from, name), partial);
      if (!readFileSync(partial).equals(readFileSync(join(from, name))))
        throw new Error(`the copy of ${name} differs from the original`);
      renameSync(partial, join(to, name));
      copied.push(join(to, name));
    }
    // A plain store (from before encryption) can be checked page by page here too.
    if (isPlainSqlite(newFile)) {
      const problems = quickCheckFile(newFile, null);
      if (problems.length > 0) throw new Error(`the copy is damaged: ${problems[0]}`);
    }
  } catch (error) {
    // The copy is not sound: take it away again and keep using nothing but the original.
    for (const f of [...copied, `${newFile}-shm`, join(to, STORE_ID_FILE)]) rmSync(f, { force: true });
    for (const name of names) rmSync(join(to, `${name}.partial-${process.pid}`), { force: true });
    throw error;
  }
  renameSync(oldFile, `${oldFile}${MOVED_SUFFIX}`);
  const oldKeys = join(from, KEY_FILE);
  if (existsSync(oldKeys)) renameSync(oldKeys, `${oldKeys}${MOVED_SUFFIX}`);
  return true;
}

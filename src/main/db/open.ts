// Opens (creating if needed) the store in a data directory. Before touching anything it refuses
// what would lose or damage cases — a network or cloud-synced folder, a store that has gone
// missing or been emptied, a store from a newer Redress, a store damaged while the last session
// was not closed — each with one plain sentence (storeErrors.ts). Then it sets the pragmas a
// laptop that loses power needs and applies migrations. Files are the owner's only (0600/0700).
import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { AppError } from '../../shared/contract/errors';
import { isPlainSqlite, openSqlite, type StoreKey } from './cipher';
import { dataFolderProblem } from './dataFolderCheck';
import { encryptPlainStore } from './encryptPlainStore';
import { migrations, SCHEMA_VERSION } from './migrations';
import { restoreDeferredIndexes } from './deferredIndexes';
import { readMountTable, resolveForMounts } from './mountTable';
import { quickCheckFile } from './quickCheck';
import type { Database } from './schema';
import { StoreDialect } from './storeDialect';
import { DAMAGED_WAY_FORWARD, plainStoreError, storeUnavailable } from './storeErrors';
import {
  openSession,
  PRIVATE_FILE,
  PRIVATE_FOLDER,
  removeSessions,
  staleSessions,
  STORE_ID_FILE,
  writeStoreId,
} from './storeMarkers';

export const STORE_FILE = 'redress.sqlite';
export { STORE_ID_FILE };

/** How every connection to a store is set up (the benchmarks' raw limits use the same). */
export const STORE_PRAGMAS = [
  'journal_mode = WAL',
  // FULL: a committed complaint must survive a laptop losing power on an estate visit.
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'cache_size = -65536', // 64 MiB
  'temp_store = MEMORY',
];

export interface Store {
  file: string;
  key: StoreKey;
  /** This open encrypted a store from before encryption (its files beside it follow: app.ts). */
  encryptedNow: boolean;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The store's data key (unwrapped at sign-in, or given to tests and the CLI through app.ts). */
  key: StoreKey;
  /** The platform and mount table the folder check uses (tests pass their own). */
  platform?: NodeJS.Platform;
  now?: () => Date;
}

export function openStore(dataDir: string, options: OpenOptions): Store {
  try {
    return openChecked(resolve(dataDir), options);
  } catch (error) {
    throw plainStoreError(error, dataDir) ?? error;
  }
}

/**
 * Refuses a data folder no store may use (a network or cloud folder, a file, a read-only folder)
 * in one plain sentence, reading nothing in it: a set-up store is checked this way before anyone
 * signs in, so a locked start (or a sign-in) never writes to a folder the store would refuse.
 * A folder not there yet passes (opening the store creates it).
 */
export function checkDataFolder(dataDir: string, platform: NodeJS.Platform = process.platform): void {
  try {
    checkFolder(resolve(dataDir), platform);
  } catch (error) {
    throw plainStoreError(error, dataDir) ?? error;
  }
}

function checkFolder(dataDir: string, platform: NodeJS.Platform): boolean {
  const folder = dataFolderProblem(resolveForMounts(dataDir, platform), platform, readMountTable(platform));
  if (folder) throw storeUnavailable(folder.kind, folder.message, { dataDir });
  if (!existsSync(dataDir)) return false;
  if (!statSync(dataDir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  // A read-only folder first, by name: SQLite would report it only as "unable to open".
  accessSync(dataDir, constants.W_OK);
  return true;
}

function openChecked(dataDir: string, options: OpenOptions): Store {
  const platform = options.platform ?? process.platform;
  if (!checkFolder(dataDir, platform)) mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER });
  const file = join(dataDir, STORE_FILE);
  const existed = refuseMissingStore(dataDir, file);
  let encryptedNow = false;
  if (existed) {
    // A store from before encryption: encrypted under the key now, the plain file kept until the
    // encrypted one verifies (encryptPlainStore.ts).
    if (isPlainSqlite(file)) {
      encryptPlainStore(file, options.key);
      encryptedNow = true;
    }
    refuseNewerStore(file, options.key);
    // After a crash (or a store first seen by this version), check every page before writing any.
    const stale = staleSessions(dataDir);
    if (stale.length > 0 || !existsSync(join(dataDir, STORE_ID_FILE)))
      refuseDamagedStore(dataDir, file, options.key);
    removeSessions(dataDir, stale);
  }
  // Also the first write: a read-only folder is refused here, before SQLite is involved.
  const session = openSession(dataDir);

  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = openSqlite(file, options.key);
    // SQLite gives the -wal and -shm files the main file's permissions.
    chmodSync(file, PRIVATE_FILE);
    for (const pragma of STORE_PRAGMAS) sqlite.pragma(pragma);
    // Indexes a bulk load set aside when it was interrupted, before any migration looks for them.
    restoreDeferredIndexes(sqlite);
    migrate(sqlite);
    if (!existsSync(join(dataDir, STORE_ID_FILE)))
      writeStoreId(dataDir, (options.now ?? (() => new Date()))());
  } catch (error) {
    sqlite?.close();
    removeSessions(dataDir, [session]);
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new StoreDialect(sqlite) });
  return {
    file,
    key: options.key,
    encryptedNow,
    sqlite,
    db,
    async close() {
      await db.destroy(); // closes the better-sqlite3 handle too
      removeSessions(dataDir, [session]);
    },
  };
}

/**
 * Whether a store is there to open (true) or a new one may be created (false). A store that was
 * created here (its id file says so) but whose file is missing or empty is refused: starting a
 * new, empty store in its place would look like every case had vanished.
 */
function refuseMissingStore(dataDir: string, file: string): boolean {
  const size = existsSync(file) ? statSync(file).size : null;
  if (size !== null && size > 0) return true;
  const created = existsSync(join(dataDir, STORE_ID_FILE));
  if (size === 0)
    throw storeUnavailable(
      'empty_file',
      `The case store ${file} is an empty file (0 bytes) — a copy that did not finish, or a cloud placeholder not yet downloaded — so Redress has not opened it: put the real file back or restore a backup into a new data folder${created ? '' : ', or delete the empty file to start a new store'}.`,
      { file },
    );
  if (!created) return false;
  const moved = existsSync(`${file}.moved-to-localappdata`);
  throw storeUnavailable(
    'missing',
    moved
      ? `The case store in ${dataDir} was moved to your local application data folder (%LOCALAPPDATA%\\Redress), so Redress will not start a new one here: open Redress without --data-dir to use it.`
      : `The case store ${file} is missing, though a store was created in this folder (${STORE_ID_FILE} is there), so Redress will not start a new, empty one in its place: put redress.sqlite back, or restore a backup into a new data folder.`,
    { file },
  );
}

function refuseDamagedStore(dataDir: string, file: string, key: StoreKey): void {
  const problems = quickCheckFile(file, key);
  if (problems.length === 0) return;
  throw storeUnavailable(
    'damaged',
    `The case store in ${dataDir} is damaged (SQLite's check found: ${problems[0]}). ${DAMAGED_WAY_FORWARD}`,
    { file, problems },
  );
}

/** Reads the version through a read-only handle, so a store from a newer Redress is left exactly as it was. */
function refuseNewerStore(file: string, key: StoreKey): void {
  let version: number;
  try {
    const probe = openSqlite(file, key, { readonly: true, fileMustExist: true });
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  } catch (error) {
    if (plainStoreError(error) && !(error as { code?: string }).code?.startsWith('SQLITE_NOTADB'))
      throw error;
    throw new AppError(
      'STORE_UNAVAILABLE',
      `${file} is not a Redress case store that can be opened with this computer's keys (${(error as Error).message}): it may belong to another computer or keys.json may not be its own. Move it aside, or choose another data folder with --data-dir.`,
      { problem: 'damaged', file },
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new AppError(
      'STORE_TOO_NEW',
      `This case store was written by a newer version of Redress (store version ${version}; this version understands up to ${SCHEMA_VERSION}). Install the newer Redress to open it. Nothing in the store has been changed.`,
      { storeVersion: version, appVersion: SCHEMA_VERSION, file },
    );
  }
}

function migrate(sqlite: BetterSqlite3.Database): void {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    sqlite.transaction(() => {
      sqlite.exec(m.sql);
      sqlite.pragma(`user_version = ${m.version}`);
    })();
  }
}

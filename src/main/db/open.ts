// Opens (creating if needed) the store in a data directory: checks the schema version before
// touching anything, sets the pragmas a laptop that loses power needs, applies migrations.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../shared/contract/errors';
import { migrations, SCHEMA_VERSION } from './migrations';
import type { Database } from './schema';

export const STORE_FILE = 'redress.sqlite';

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
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, STORE_FILE);
  if (existsSync(file)) refuseNewerStore(file);

  const sqlite = new BetterSqlite3(file);
  try {
    for (const pragma of STORE_PRAGMAS) sqlite.pragma(pragma);
    migrate(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    file,
    sqlite,
    db,
    async close() {
      await db.destroy(); // closes the better-sqlite3 handle too
    },
  };
}

/** Reads the version through a read-only handle, so a store from a newer Redress is left exactly as it was. */
function refuseNewerStore(file: string): void {
  let version: number;
  try {
    const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      `${file} is not a Redress case store that can be opened: ${(error as Error).message}`,
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

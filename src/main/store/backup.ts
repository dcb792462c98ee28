// A backup a small landlord can rely on: every record kind in the registry, the change log (the
// audit trail), what sync keeps pending or in conflict, and the officer — as one JSON file whose
// checksum covers every byte before it. Restoring rebuilds an empty store so that it holds the
// same state (the same sync state hash) as the one backed up.
//
// The file is one record per line, so a landlord's script (or a person) can read it, and both
// directions stream: a store of any size is written and read a line at a time, never held whole.
//
//   {"format":"redress-export","version":2,"schemaVersion":4,"exportedAt":…,"installation":{…},
//   "people":[
//   {…},
//   {…}],
//   "properties":[],
//   …
//   "meta":{…},
//   "checksum":"<sha-256 of everything before this line's newline>"}
import type { Person } from '../../shared/contract/types';
import { markCommitted } from './context';
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupSummary } from '../../shared/contract/backup';
import { SCHEMA_VERSION } from '../db/migrations';
import { BackupError, parseHeader, parseMeta, rowChecker } from './backupFile';
import { BACKED_UP_TABLES, type BackedUpTable } from './backupTables';
import { RECORD_KINDS } from './registry';
import { catchUpSearch } from './searchCatchUp';

export { BackupError };

export const BACKUP_FORMAT = 'redress-export';
export const BACKUP_VERSION = 2;
const CHECKSUM_LINE = /^"checksum":"([0-9a-f]{64})"}$/;

/** Writes the whole store as a backup, chunk by chunk, read in one transaction (consistent). */
export function writeBackup(
  db: BetterSqlite3.Database,
  header: { exportedAt: string; installation: { id: string; code: string } },
  write: (chunk: string) => void,
): BackupSummary {
  const hash = createHash('sha256');
  const put = (chunk: string) => {
    hash.update(chunk);
    write(chunk);
  };
  const counts: Record<string, number> = {};
  put(
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"schemaVersion":${SCHEMA_VERSION},` +
      `"exportedAt":${JSON.stringify(header.exportedAt)},"installation":${JSON.stringify(header.installation)},`,
  );
  db.transaction(() => {
    for (const table of BACKED_UP_TABLES) {
      put(`\n${JSON.stringify(table.name)}:[`);
      let n = 0;
      for (const row of db.prepare(table.select).iterate()) put(`${n++ ? ',' : ''}\n${JSON.stringify(row)}`);
      put('],');
      counts[table.name] = n;
    }
    const meta = Object.fromEntries(
      (
        db.prepare(`SELECT key, value FROM meta WHERE key IN ('me', 'former_installations')`).all() as Array<{
          key: string;
          value: string;
        }>
      ).map((r) => [r.key, r.value]),
    );
    put(`\n"meta":${JSON.stringify(meta)},`);
  })();
  const checksum = hash.digest('hex');
  write(`\n"checksum":"${checksum}"}\n`);
  return { schemaVersion: SCHEMA_VERSION, exportedAt: header.exportedAt, counts, checksum };
}

/** Why a store cannot take a restore, in plain words; null when it can. */
export function notEmptyReason(db: BetterSqlite3.Database, installationId: string): string | null {
  for (const kind of Object.values(RECORD_KINDS)) {
    // The officer set up here (with their password), and the policy every new store starts with,
    // are not data yet.
    if (kind.table === 'people' || kind.table === 'person_credentials' || kind.table === 'settings') continue;
    if (db.prepare(`SELECT 1 FROM ${kind.table} LIMIT 1`).get()) {
      return `This computer's case store already holds ${kind.label} records. A backup is restored only into an empty store, so nothing here is overwritten: restore it on a new computer, or into a new data folder (--data-dir).`;
    }
  }
  // A computer that has only been set up (its officer and their password recorded) counts as empty.
  const other = db
    .prepare(
      `SELECT 1 FROM changes WHERE entity NOT IN ('person', 'person_credential') OR op <> 'create' OR replica_id <> ? LIMIT 1`,
    )
    .get(installationId);
  if (other) {
    return "This computer's case store already holds changes. A backup is restored only into an empty store, so nothing here is overwritten.";
  }
  return null;
}

/** What a restore put in place, read inside its transaction. */
export interface RestoredStore {
  summary: BackupSummary;
  maxHlc: string | null;
  /** The officer the backed-up computer was set up for, who continues here. */
  me: Person | null;
}

/**
 * Rebuilds an empty store from a backup's lines, in one transaction: all of it or nothing. Rows
 * are checked and inserted as they are read; the checksum, checked at the end, decides whether
 * the transaction commits. The store keeps its own installation identity; the backed-up
 * installation becomes a former identity of it, so changes the original never shared are shared
 * from here (sync/identity.ts).
 */
export function restoreBackup(
  db: BetterSqlite3.Database,
  lines: Iterable<string>,
  installationId: string,
): RestoredStore {
  let result: RestoredStore | undefined;
  const restore = db.transaction(() => {
    const reason = notEmptyReason(db, installationId);
    if (reason) throw new BackupError(reason, 'not_empty');
    const read = readInto(db, lines);
    const maxHlc = (db.prepare('SELECT max(hlc) AS h FROM changes').get() as { h: string | null }).h;
    const lastSeq = (db.prepare('SELECT max(seq) AS s FROM changes').get() as { s: number | null }).s ?? 0;
    const former = [
      ...read.formerInstallations,
      ...(read.installation.id === installationId
        ? []
        : [{ rid: read.installation.id, upToChange: lastSeq }]),
    ];
    setMeta(db, 'former_installations', former.length ? JSON.stringify(former) : null);
    setMeta(db, 'me', read.me);
    if (maxHlc) setMeta(db, 'hlc', maxHlc);
    db.prepare(
      `INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'case', id FROM cases UNION ALL SELECT 'resident', id FROM residents`,
    ).run();
    // Who continues on this computer, read before the commit: the restore's answer is what it saved.
    const me = db
      .prepare(
        `SELECT p.id, p.name, p.role, p.initials FROM meta m JOIN people p ON p.id = m.value WHERE m.key = 'me'`,
      )
      .get() as RestoredStore['me'] | undefined;
    result = { summary: read.summary, maxHlc, me: me ?? null };
  });
  try {
    restore();
    markCommitted();
  } catch (error) {
    // Deferred checks run at commit: a record naming one the backup does not hold.
    if (!((error as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')) throw error;
    throw new BackupError(
      `The backup's records do not fit together (${(error as Error).message}). Nothing was restored.`,
    );
  }
  // The restore is committed: search entries follow from what it left pending, now or, if this
  // fails (the disk went away), the next time Redress opens or syncs — never failing the restore.
  try {
    catchUpSearch(db);
  } catch {
    /* search_pending keeps the work */
  }
  return result!;
}

/** Reads the backup line by line into the (emptied) store; throws, before commit, on anything wrong. */
function readInto(db: BetterSqlite3.Database, source: Iterable<string>) {
  const lines = source[Symbol.iterator]();
  const first = lines.next();
  if (first.done || !first.value.startsWith(`{"format":${JSON.stringify(BACKUP_FORMAT)}`)) {
    throw new BackupError('This file is not a Redress backup. Nothing was restored.');
  }
  const hash = createHash('sha256').update(first.value);
  const header = parseHeader(first.value, SCHEMA_VERSION);

  // The set-up officer of this computer (and their password) gives way to the backup's people. Records may name
  // records later in the file (a case merged into a newer one).
  // The logs are append-only (migration 10) except for this: the restore's own transaction unlocks them.
  db.prepare(`INSERT INTO audit_unlock (reason) VALUES ('restore')`).run();
  db.prepare('DELETE FROM changes').run();
  db.prepare('DELETE FROM views').run();
  db.prepare('DELETE FROM audit_unlock').run();
  db.prepare('DELETE FROM person_credentials').run();
  db.prepare('DELETE FROM people').run();
  db.pragma('defer_foreign_keys = ON');

  const tables = new Map(BACKED_UP_TABLES.map((t) => [t.name as string, t]));
  const counts: Record<string, number> = Object.fromEntries(BACKED_UP_TABLES.map((t) => [t.name, 0]));
  let table: {
    spec: BackedUpTable;
    check: (row: unknown, n: number) => Record<string, unknown>;
    insert: Inserter;
  } | null = null;
  let meta: ReturnType<typeof parseMeta> | null = null;
  let stated: string | null = null;
  // The first problem with the contents; reported only if the checksum holds (else the file was altered).
  let problem: BackupError | null = null;

  for (let next = lines.next(); !next.done; next = lines.next()) {
    const line = next.value;
    const checksum = CHECKSUM_LINE.exec(line);
    if (checksum) {
      stated = checksum[1]!;
      break;
    }
    hash.update(`\n${line}`);
    if (problem) continue;
    try {
      if (table) {
        const end = line.endsWith('],');
        const text = end ? line.slice(0, -2) : line.endsWith(',') ? line.slice(0, -1) : line;
        table.insert(table.check(JSON.parse(text), ++counts[table.spec.name]!));
        if (end) table = null;
        continue;
      }
      const opened = /^"([a-z_]+)":\[(\],)?$/.exec(line);
      if (opened) {
        const spec = tables.get(opened[1]!);
        if (!spec)
          throw new BackupError(
            `The backup holds "${opened[1]}", which this version of Redress does not know. Nothing was restored.`,
          );
        if (!opened[2]) {
          // The backup's policy replaces the defaults (a backup without settings keeps them).
          if (spec.name === 'settings') db.prepare('DELETE FROM settings').run();
          table = { spec, check: rowChecker(spec), insert: inserter(db, spec) };
        }
        continue;
      }
      if (line.startsWith('"meta":')) {
        meta = parseMeta(line.slice('"meta":'.length, -1));
        continue;
      }
      throw new BackupError('The backup has a line Redress cannot read. Nothing was restored.');
    } catch (error) {
      problem =
        error instanceof BackupError
          ? error
          : new BackupError(`The backup cannot be read (${(error as Error).message}). Nothing was restored.`);
    }
  }
  if (stated === null) {
    throw new BackupError(
      'This file is not a whole Redress backup: it ends early or was cut short. Nothing was restored.',
    );
  }
  const actual = hash.digest('hex');
  if (stated !== actual) {
    throw new BackupError(
      'This backup has been changed since Redress wrote it (its checksum does not match), so it cannot be trusted. Nothing was restored.',
    );
  }
  if (problem) throw problem;
  if (!meta || table) throw new BackupError('This file is not a whole Redress backup. Nothing was restored.');
  return {
    ...header,
    me: meta.me,
    formerInstallations: meta.formerInstallations,
    summary: { schemaVersion: header.schemaVersion, exportedAt: header.exportedAt, counts, checksum: actual },
  };
}

type Inserter = (row: Record<string, unknown>) => void;

/** Inserts rows of one table, one prepared statement per set of columns. */
function inserter(db: BetterSqlite3.Database, table: BackedUpTable): Inserter {
  const byColumns = new Map<string, BetterSqlite3.Statement>();
  return (row) => {
    const columns = Object.keys(row);
    const key = columns.join(',');
    let insert = byColumns.get(key);
    if (!insert) {
      insert = db.prepare(`INSERT INTO ${table.name} (${key}) VALUES (${columns.map(() => '?').join(', ')})`);
      byColumns.set(key, insert);
    }
    try {
      insert.run(...columns.map((c) => row[c]));
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_CONSTRAINT')) throw error;
      throw new BackupError(
        `The backup's ${table.name} hold a row this store cannot take (${(error as Error).message}). Nothing was restored.`,
      );
    }
  };
}

function setMeta(db: BetterSqlite3.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM meta WHERE key = ?').run(key);
  else
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

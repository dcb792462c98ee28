// A backup a small landlord can rely on: every record kind in the registry, the change log (the
// audit trail), what sync keeps pending or in conflict, and the officer — as one JSON file whose
// checksum covers every byte before it. Restoring rebuilds an empty store so that it holds the
// same state (the same sync state hash) as the one backed up.
//
// The file is one record per line, so a landlord's script (or a person) can read it, and a
// truncated or altered file is caught before anything is written.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupSummary } from '../../shared/contract/backup';
import { SCHEMA_VERSION } from '../db/migrations';
import { BackupError, parseBackup, type BackupDocument } from './backupFile';
import { BACKED_UP_TABLES, type BackedUpTable } from './backupTables';
import { RECORD_KINDS } from './registry';
import { catchUpSearch } from './searchCatchUp';

export { BackupError };

export const BACKUP_FORMAT = 'redress-export';
export const BACKUP_VERSION = 2;
/** The checksum is the document's last field; it covers every byte of the file before it. */
const CHECKSUM_LEAD = '\n"checksum":"';

/** Writes the whole store as a backup document (read in one go on the single connection: consistent). */
export function writeBackup(
  db: BetterSqlite3.Database,
  header: { exportedAt: string; installation: { id: string; code: string } },
): { content: string; summary: BackupSummary } {
  const parts: string[] = [];
  const counts: Record<string, number> = {};
  parts.push(
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"schemaVersion":${SCHEMA_VERSION},` +
      `"exportedAt":${JSON.stringify(header.exportedAt)},"installation":${JSON.stringify(header.installation)},`,
  );
  db.transaction(() => {
    for (const table of BACKED_UP_TABLES) {
      const rows = db.prepare(table.select).all() as Record<string, unknown>[];
      counts[table.name] = rows.length;
      parts.push(`\n${JSON.stringify(table.name)}:[`);
      rows.forEach((row, i) => parts.push(`${i ? ',' : ''}\n${JSON.stringify(row)}`));
      parts.push('],');
    }
    const meta = Object.fromEntries(
      (
        db.prepare(`SELECT key, value FROM meta WHERE key IN ('me', 'former_installations')`).all() as Array<{
          key: string;
          value: string;
        }>
      ).map((r) => [r.key, r.value]),
    );
    parts.push(`\n"meta":${JSON.stringify(meta)},`);
  })();
  const body = parts.join('');
  const checksum = createHash('sha256').update(body).digest('hex');
  return {
    content: `${body}${CHECKSUM_LEAD}${checksum}"}\n`,
    summary: { schemaVersion: SCHEMA_VERSION, exportedAt: header.exportedAt, counts, checksum },
  };
}

/** Reads and checks a backup file's text: format, checksum, version, every table and column. */
export function readBackup(content: string): { document: BackupDocument; summary: BackupSummary } {
  if (!content.startsWith(`{"format":${JSON.stringify(BACKUP_FORMAT)}`)) {
    throw new BackupError('This file is not a Redress backup. Nothing was restored.');
  }
  const at = content.lastIndexOf(CHECKSUM_LEAD);
  if (at < 0 || !/"}\s*$/.test(content)) {
    throw new BackupError(
      'This file is not a whole Redress backup: it ends early or was cut short. Nothing was restored.',
    );
  }
  const body = content.slice(0, at);
  const stated = content.slice(at + CHECKSUM_LEAD.length).replace(/"}\s*$/, '');
  const actual = createHash('sha256').update(body).digest('hex');
  if (stated !== actual) {
    throw new BackupError(
      'This backup has been changed since Redress wrote it (its checksum does not match), so it cannot be trusted. Nothing was restored.',
    );
  }
  const document = parseBackup(content, SCHEMA_VERSION);
  const counts = Object.fromEntries(
    BACKED_UP_TABLES.map((t) => [t.name, document.tables[t.name]?.length ?? 0]),
  );
  return {
    document,
    summary: {
      schemaVersion: document.schemaVersion,
      exportedAt: document.exportedAt,
      counts,
      checksum: actual,
    },
  };
}

/** Why a store cannot take a restore, in plain words; null when it can. */
export function notEmptyReason(db: BetterSqlite3.Database, installationId: string): string | null {
  for (const kind of Object.values(RECORD_KINDS)) {
    // The officer set up here, and the policy every new store starts with, are not data yet.
    if (kind.table === 'people' || kind.table === 'settings') continue;
    if (db.prepare(`SELECT 1 FROM ${kind.table} LIMIT 1`).get()) {
      return `This computer's case store already holds ${kind.label} records. A backup is restored only into an empty store, so nothing here is overwritten: restore it on a new computer, or into a new data folder (--data-dir).`;
    }
  }
  // A computer that has only been set up (its officer recorded) counts as empty.
  const other = db
    .prepare(`SELECT 1 FROM changes WHERE entity <> 'person' OR op <> 'create' OR replica_id <> ? LIMIT 1`)
    .get(installationId);
  if (other) {
    return "This computer's case store already holds changes. A backup is restored only into an empty store, so nothing here is overwritten.";
  }
  return null;
}

/**
 * Rebuilds an empty store from a checked backup, in one transaction: all of it or nothing. The
 * store keeps its own installation identity; the backed-up installation becomes a former identity
 * of it, so changes the original never shared are shared from here (sync/identity.ts).
 */
export function restoreBackup(
  db: BetterSqlite3.Database,
  document: BackupDocument,
  installationId: string,
): { maxHlc: string | null } {
  let maxHlc: string | null = null;
  const restore = db.transaction(() => {
    const reason = notEmptyReason(db, installationId);
    if (reason) throw new BackupError(reason, 'not_empty');
    // The set-up officer of this computer gives way to the backup's people.
    db.prepare('DELETE FROM changes').run();
    db.prepare('DELETE FROM people').run();
    // The backup's policy replaces the defaults (an older backup without settings keeps them).
    if (document.tables.settings?.length) db.prepare('DELETE FROM settings').run();
    // Records may name records later in the file (a case merged into a newer one).
    db.pragma('defer_foreign_keys = ON');
    for (const table of BACKED_UP_TABLES) insertRows(db, table, document.tables[table.name] ?? []);
    maxHlc = (db.prepare('SELECT max(hlc) AS h FROM changes').get() as { h: string | null }).h;
    const lastSeq = (db.prepare('SELECT max(seq) AS s FROM changes').get() as { s: number | null }).s ?? 0;
    const former = [
      ...document.formerInstallations,
      ...(document.installation.id === installationId
        ? []
        : [{ rid: document.installation.id, upToChange: lastSeq }]),
    ];
    setMeta(db, 'former_installations', former.length ? JSON.stringify(former) : null);
    setMeta(db, 'me', document.me);
    if (maxHlc) setMeta(db, 'hlc', maxHlc);
    db.prepare(
      `INSERT OR IGNORE INTO search_pending (entity, entity_id) SELECT 'case', id FROM cases UNION ALL SELECT 'resident', id FROM residents`,
    ).run();
  });
  try {
    restore();
  } catch (error) {
    // Deferred checks run at commit: a record naming one the backup does not hold.
    if (!((error as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')) throw error;
    throw new BackupError(
      `The backup's records do not fit together (${(error as Error).message}). Nothing was restored.`,
    );
  }
  catchUpSearch(db);
  return { maxHlc };
}

function insertRows(db: BetterSqlite3.Database, table: BackedUpTable, rows: Record<string, unknown>[]): void {
  const byColumns = new Map<string, BetterSqlite3.Statement>();
  for (const row of rows) {
    const columns = Object.keys(row);
    const key = columns.join(',');
    let insert = byColumns.get(key);
    if (!insert) {
      insert = db.prepare(
        `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      byColumns.set(key, insert);
    }
    try {
      insert.run(...columns.map((c) => row[c]));
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_CONSTRAINT')) throw error;
      throw new BackupError(
        `The backup holds ${table.label} that this store cannot take (${(error as Error).message}). Nothing was restored.`,
      );
    }
  }
}

function setMeta(db: BetterSqlite3.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM meta WHERE key = ?').run(key);
  else
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

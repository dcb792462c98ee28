// Erasing a resident's personal data (UK GDPR storage limitation, right to erasure). An erasure is
// a record that syncs like any other; every computer that applies it (the one it was made on, and
// each that reads it from the share) runs `applyErasure` on its own store, inside the same
// transaction: the records it reaches keep their statistical fields and lose their personal ones
// (store/personalData.ts), in the tables, in the change log, in changes kept for later, and in the
// search index. What is left on disk afterwards (freed pages, the write-ahead log, old search
// segments, attachment files, daily backups) is cleared by `compactAfterErasure` once the
// transaction has committed; the share's copies by sync (sync/erasureShare.ts).
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import { CASE_HISTORY_TABLES, recordKind, RECORD_KINDS, type AnyRecordKind } from './registry';
import { EMPTY_SHA256, erasedBlobFields, personalFieldsOf } from './personalData';
import { refreshConflict } from './conflicts';

export interface ErasureRecord {
  id: string;
  resident_id: string;
  /** The resident's home, erased with them when no one else lived there (decided where the erasure was made). */
  property_id: string | null;
}

/** An erasure record from its stored or arriving fields. */
export function erasureOf(id: string, fields: Record<string, unknown>): ErasureRecord {
  return {
    id,
    resident_id: String(fields.resident_id),
    property_id: typeof fields.property_id === 'string' ? fields.property_id : null,
  };
}

const entityOfTable = new Map<string, string>(
  Object.entries(RECORD_KINDS).map(([entity, kind]) => [kind.table, entity]),
);

/** Meta keys: share work still to do after an erasure, and files to delete. */
export const ERASURE_SHARE_DUE = 'erasure_share_due';
export const ERASED_BLOBS = 'erased_blobs';
/** Meta key: what an erasure left on this computer's disk is still to be cleared (erasureCompaction.ts). */
export const ERASURE_COMPACT_DUE = 'erasure_compact_due';

/** The records an erasure reaches: the resident, their home (if given), their cases and everything on them. */
function recordsOf(db: BetterSqlite3.Database, e: ErasureRecord): Array<{ entity: string; id: string }> {
  const ids = (sql: string, ...params: unknown[]) =>
    (db.prepare(sql).all(...params) as Array<{ id: string }>).map((r) => r.id);
  const out: Array<{ entity: string; id: string }> = [{ entity: 'resident', id: e.resident_id }];
  if (e.property_id) out.push({ entity: 'property', id: e.property_id });
  const cases = ids('SELECT id FROM cases WHERE resident_id = ?', e.resident_id);
  for (const id of cases) out.push({ entity: 'case', id });
  for (const table of CASE_HISTORY_TABLES) {
    const entity = entityOfTable.get(table)!;
    for (const caseId of cases)
      for (const id of ids(`SELECT id FROM ${table} WHERE case_id = ?`, caseId)) out.push({ entity, id });
  }
  // Calls and contacts about the resident that were logged on no case of theirs.
  for (const id of ids('SELECT id FROM contacts WHERE resident_id = ?', e.resident_id))
    out.push({ entity: 'contact', id });
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Runs the erasure on this store (inside the caller's transaction). Returns how many records it reached. */
export function applyErasure(db: BetterSqlite3.Database, e: ErasureRecord, at: string): number {
  const records = recordsOf(db, e);
  const note = db.prepare(
    'INSERT OR IGNORE INTO erased_records (entity_id, entity, erasure_id) VALUES (?, ?, ?)',
  );
  for (const r of records) {
    note.run(r.id, r.entity, e.id);
    eraseRecord(db, r.entity, r.id, at);
  }
  scrubChangeLog(
    db,
    records.map((r) => r.id),
  );
  scrubKeptChanges(db);
  noteShareWorkDue(db);
  return records.length;
}

/** Replaces one record's personal fields in its table, noting the files it named for deletion. */
function eraseRecord(db: BetterSqlite3.Database, entity: string, id: string, at: string): void {
  const kind = recordKind(entity);
  if (!kind) return;
  const erased = personalFieldsOf(entity);
  const fields = Object.keys(erased).filter((f) => (kind.fields as readonly string[]).includes(f));
  if (fields.length === 0) return;
  for (const field of erasedBlobFields(entity)) {
    const row = db.prepare(`SELECT ${field} AS sha256 FROM ${kind.table} WHERE id = ?`).get(id) as
      { sha256: string | null } | undefined;
    if (row?.sha256 && row.sha256 !== EMPTY_SHA256) noteErasedBlob(db, row.sha256);
  }
  db.prepare(`UPDATE ${kind.table} SET ${fields.map((f) => `${f} = ?`).join(', ')} WHERE id = ?`).run(
    ...fields.map((f) => sqlValue(erased[f])),
    id,
  );
  const search = kind.search as { index: string } | null;
  if (search)
    db.prepare('INSERT OR IGNORE INTO search_pending (entity, entity_id) VALUES (?, ?)').run(
      search.index,
      id,
    );
  if (entity === 'resident')
    for (const c of db.prepare('SELECT id FROM cases WHERE resident_id = ?').all(id) as Array<{ id: string }>)
      db.prepare("INSERT OR IGNORE INTO search_pending (entity, entity_id) VALUES ('case', ?)").run(c.id);
  // A conflict item on a field that is now erased would quote the values it compared.
  for (const field of fields)
    if ((kind.decisions as readonly string[]).includes(field)) refreshConflict(db, entity, id, field, at);
}

/**
 * THE change-log scrub: every logged value of an erased record's personal fields is replaced by
 * its erased value (a creation's fields, a set's old and new value), keeping each entry's clock
 * value, author, record, field and place in the log, so the history still shows who did what when.
 *
 * For the audit chain (hash-chained change log): a scrubbed entry no longer hashes to what was
 * chained. The chain should hash each entry's values through a per-entry content hash kept beside
 * the entry, linking entries by `hash(previous link, entry's identity fields, content hash)`. The
 * scrub then keeps the links and content hashes; `audit verify` recomputes content hashes and
 * accepts a mismatch only for an entry whose record is in `erased_records` under an erasure that
 * is itself an entry later in the chain (and whose values are exactly the erased values); any
 * other mismatch is tampering. This is the one function to adapt.
 */
export function scrubChangeLog(db: BetterSqlite3.Database, ids: readonly string[]): void {
  const rows = db.prepare(
    'SELECT seq, entity, op, field, old_value, new_value FROM changes WHERE entity_id = ?',
  );
  const update = db.prepare('UPDATE changes SET old_value = ?, new_value = ? WHERE seq = ?');
  // The log refuses updates (migration 010's triggers) except while an erasure holds it open,
  // inside this transaction; `audit verify` then accepts exactly these values (erasedValues).
  db.prepare(`INSERT INTO audit_unlock (reason) VALUES ('erasure')`).run();
  try {
    for (const id of ids)
      for (const row of rows.all(id) as Array<LoggedValues & { seq: number }>) {
        const next = erasedValues(row);
        if (next.old_value !== row.old_value || next.new_value !== row.new_value)
          update.run(next.old_value, next.new_value, row.seq);
      }
  } finally {
    db.prepare(`DELETE FROM audit_unlock WHERE reason = 'erasure'`).run();
  }
}

/** A change-log entry's values, as the scrub sees them. */
export interface LoggedValues {
  entity: string;
  op: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
}

/** What an entry's values become when its record is erased (the same values when nothing is personal). */
export function erasedValues(row: LoggedValues): { old_value: string | null; new_value: string | null } {
  const erased = personalFieldsOf(row.entity);
  if (row.op === 'create')
    return { old_value: row.old_value, new_value: scrubCreated(row.new_value, erased) };
  if (row.field !== null && Object.hasOwn(erased, row.field)) {
    const value = JSON.stringify(erased[row.field] ?? null);
    return { old_value: value, new_value: value };
  }
  return { old_value: row.old_value, new_value: row.new_value };
}

function scrubCreated(json: string | null, erased: Readonly<Record<string, unknown>>): string | null {
  if (json === null) return null;
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return JSON.stringify({}); // unreadable: nothing of it is kept
  }
  return eraseCreatedFields(fields, erased) ? JSON.stringify(fields) : json;
}

/**
 * Replaces a creation's personal fields with their erased values, in place; whether any was there.
 * A creation's payload leaves out empty values (changes.ts createdPayload), so null removes the field.
 */
function eraseCreatedFields(
  fields: Record<string, unknown>,
  erased: Readonly<Record<string, unknown>>,
): boolean {
  let changed = false;
  for (const [field, value] of Object.entries(erased)) {
    if (!Object.hasOwn(fields, field)) continue;
    changed = true;
    if (value === null) delete fields[field];
    else fields[field] = value;
  }
  return changed;
}

/** An op as kept in pending_ops or read from a file: entity, id, kind, field, values. */
interface OpLike {
  e: string;
  k: string;
  o: string;
  f: string | null;
  v: unknown;
  x?: unknown;
}

/**
 * A change that arrives (or is kept) after the erasure reached its record, or that creates a
 * record on an erased case or for the erased resident: its personal values are replaced on
 * arrival, and a new record joins the erased ones. Returns the op to store (the same object when
 * nothing is erased). The erasure is sticky: a computer that had not yet seen it cannot bring the
 * data back.
 */
export function eraseOnArrival<T extends OpLike>(db: BetterSqlite3.Database, op: T): T {
  const owner = erasedOwner(db, op);
  if (!owner) return op;
  const erased = personalFieldsOf(op.e);
  if (op.o === 'create') {
    db.prepare('INSERT OR IGNORE INTO erased_records (entity_id, entity, erasure_id) VALUES (?, ?, ?)').run(
      op.k,
      op.e,
      owner,
    );
    if (typeof op.v !== 'object' || op.v === null) return op;
    const v = { ...(op.v as Record<string, unknown>) };
    eraseCreatedFields(v, erased);
    return { ...op, v };
  }
  if (op.f === null || !Object.hasOwn(erased, op.f)) return op;
  return { ...op, v: erased[op.f], ...(op.o === 'set' ? { x: erased[op.f] } : {}) };
}

const lookups = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();
/** One prepared look-up per connection: it runs for every change written or applied. */
function lookupOf(db: BetterSqlite3.Database): BetterSqlite3.Statement {
  let s = lookups.get(db);
  if (!s) lookups.set(db, (s = db.prepare('SELECT erasure_id FROM erased_records WHERE entity_id = ?')));
  return s;
}

/** The erasure that covers this change's record (or the case or resident a new record belongs to). */
function erasedOwner(db: BetterSqlite3.Database, op: OpLike): string | null {
  const lookup = lookupOf(db);
  const own = lookup.get(op.k) as { erasure_id: string } | undefined;
  if (own) return own.erasure_id;
  if (op.o !== 'create' || typeof op.v !== 'object' || op.v === null) return null;
  const v = op.v as Record<string, unknown>;
  for (const field of ['case_id', 'resident_id'])
    if (typeof v[field] === 'string') {
      const parent = lookup.get(v[field]) as { erasure_id: string } | undefined;
      if (parent) return parent.erasure_id;
    }
  return null;
}

/** Changes kept for later (waiting for a record, or for a newer version) lose erased values too. */
function scrubKeptChanges(db: BetterSqlite3.Database): void {
  const update = db.prepare('UPDATE pending_ops SET op = ? WHERE hlc = ?');
  for (const row of db.prepare('SELECT hlc, op FROM pending_ops').all() as Array<{
    hlc: string;
    op: string;
  }>) {
    let op: OpLike;
    try {
      op = JSON.parse(row.op) as OpLike;
    } catch {
      continue;
    }
    const next = eraseOnArrival(db, op);
    if (next !== op) update.run(JSON.stringify(next), row.hlc);
  }
}

/**
 * Refuses a local write that would put personal data back on an erased record: a new record on an
 * erased case or for the erased resident, or a personal field of one. (Changes from other
 * computers that did not know of the erasure are anonymised on arrival instead.)
 */
export function refuseOnErased(
  db: BetterSqlite3.Database,
  change: { entity: string; id: string; field: string | null; fields?: Record<string, unknown> },
): void {
  const op: OpLike = {
    e: change.entity,
    k: change.id,
    o: change.field === null ? 'create' : 'set',
    f: change.field,
    v: change.fields ?? null,
  };
  if (!erasedOwner(db, op)) return;
  if (op.o === 'set' && !Object.hasOwn(personalFieldsOf(change.entity), change.field!)) return;
  throw new AppError(
    'CONFLICT',
    'This resident’s personal data has been erased: nothing personal can be recorded about them or on their cases again.',
  );
}

/** Whether this record's personal data has been erased. */
export function isErased(db: BetterSqlite3.Database, id: string): boolean {
  return !!db.prepare('SELECT 1 FROM erased_records WHERE entity_id = ?').get(id);
}

function noteErasedBlob(db: BetterSqlite3.Database, sha256: string): void {
  const list = erasedBlobsOf(db);
  if (!list.includes(sha256)) list.push(sha256);
  setMeta(db, ERASED_BLOBS, JSON.stringify(list));
}

/** Files an erasure named that are still to be deleted (here and from this computer's share folder). */
export function erasedBlobsOf(db: BetterSqlite3.Database): string[] {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(ERASED_BLOBS) as
    { value: string } | undefined;
  try {
    const list = row ? (JSON.parse(row.value) as unknown) : [];
    return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether any record still names this file (then it is kept: another record uses the same bytes). */
export function fileStillNamed(db: BetterSqlite3.Database, sha256: string): boolean {
  return Object.values(RECORD_KINDS).some((k: AnyRecordKind) =>
    (k.blobs as readonly string[]).some(
      (field) => !!db.prepare(`SELECT 1 FROM ${k.table} WHERE ${field} = ? LIMIT 1`).get(sha256),
    ),
  );
}

function noteShareWorkDue(db: BetterSqlite3.Database): void {
  setMeta(db, ERASURE_SHARE_DUE, '1');
  setMeta(db, ERASURE_COMPACT_DUE, '1');
}

function setMeta(db: BetterSqlite3.Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

function sqlValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v ?? null;
}

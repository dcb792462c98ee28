// Applying other installations' changes to this store. Runs inside one transaction per import,
// in clock order, and is idempotent: a change seen before is skipped by its clock value.
//  - create: inserts the record, with any later field values that arrived before it;
//  - set: last writer wins per field (the latest change to the field in the log is the winner);
//  - anything this version does not understand is kept in pending_ops, never dropped.
import type BetterSqlite3 from 'better-sqlite3';
import { wins } from '../../shared/sync/merge';
import { SCHEMA_VERSION } from '../db/migrations';
import { extendsSingleHead, refreshConflict } from '../store/conflicts';
import { CHANGE_COLUMNS, changeValues, viewFromOp, type Op } from './ops';
import { Trust } from './trust';
import { valueProblem } from './values';
import { applyErasure, eraseOnArrival, erasureOf } from '../store/erasure';
import { type AnyRecordKind, fieldSetOf, isDecision, isStamped, recordKind } from '../store/registry';

export interface ApplyResult {
  applied: number;
  duplicates: number;
  pending: number;
  conflicts: number;
  maxHlc: string | null;
  /** Not believed (trust.ts): never applied or kept. */
  rejected: Refused[];
  /** Values the contract would refuse: kept out of the store (pending_ops 'invalid'), never applied. */
  invalid: Refused[];
}

export interface Refused {
  op: Op;
  reason: string;
}

const emptyResult = (): ApplyResult => ({
  applied: 0,
  duplicates: 0,
  pending: 0,
  conflicts: 0,
  maxHlc: null,
  rejected: [],
  invalid: [],
});

const SQLITE_FK = 'SQLITE_CONSTRAINT_FOREIGNKEY';

const LOG_CHANGE = `INSERT OR IGNORE INTO changes (${CHANGE_COLUMNS.join(', ')}) VALUES (${CHANGE_COLUMNS.map(() => '?').join(', ')})`;

/** 'kept': not applied now (waiting for a related record, or not storable here), kept in pending_ops. */
type Outcome = 'applied' | 'kept';

export class Applier {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  private readonly trust: Trust;

  /**
   * Whether any record here has been erased (refreshed per apply: a local erasure may come between
   * two). Without one, nothing arriving needs anonymising: one probe instead of three per change.
   */
  private anyErased = true;

  constructor(
    private readonly db: BetterSqlite3.Database,
    /** The caller has the whole search index rebuilt (a bulk load): no entry per record is noted. */
    private readonly options: { wholeSearchIndex?: boolean } = {},
  ) {
    this.trust = new Trust(db);
  }

  private stmt(sql: string): BetterSqlite3.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** Applies ops (any order, any duplicates) and retries earlier ones that waited for related records. */
  apply(ops: readonly Op[], at: string): ApplyResult {
    const result = emptyResult();
    this.noteErasures();
    const sorted = [...ops].sort(applyOrder);
    for (const op of sorted) this.applyOne(op, at, result);
    this.retryWaiting(at, result);
    return result;
  }

  private noteErasures(): void {
    this.anyErased = !!this.stmt('SELECT 1 FROM erased_records LIMIT 1').get();
  }

  private known(op: Op): boolean {
    const kind = recordKind(op.e);
    if (!kind || op.sv > SCHEMA_VERSION) return false;
    if (op.o === 'set') return op.f !== null && fieldSetOf(kind).has(op.f);
    return op.o === 'create' && typeof op.v === 'object' && op.v !== null;
  }

  private applyOne(arrived: Op, at: string, result: ApplyResult): void {
    // A change to (or onto) a record whose personal data was erased arrives anonymised.
    const op = arrived.e === 'erasure' || !this.anyErased ? arrived : eraseOnArrival(this.db, arrived);
    if (result.maxHlc === null || op.h > result.maxHlc) result.maxHlc = op.h;
    if (op.o === 'view') {
      // The view log: stored as it came (chain fields included), never applied to records.
      this.stmt(
        `INSERT OR IGNORE INTO views (hlc, replica_id, actor_id, action, entity, entity_id, sv, chain_pos, chain_hash)
         VALUES (@hlc, @replica_id, @actor_id, @action, @entity, @entity_id, @sv, @chain_pos, @chain_hash)`,
      ).run(viewFromOp(op));
      return;
    }
    if (!this.known(op)) {
      // Kept verbatim for a newer Redress: never applied, never overwritten, replayed after upgrade.
      const inserted = this.stmt(
        `INSERT OR IGNORE INTO pending_ops (hlc, reason, op) VALUES (?, 'newer', ?)`,
      ).run(op.h, JSON.stringify(op));
      if (inserted.changes) result.pending++;
      else result.duplicates++;
      return;
    }
    const verdict = this.trust.author(op);
    if (!verdict.ok) {
      if (verdict.wait)
        this.keep(op, 'waiting', result); // its author's record has not arrived yet
      else result.rejected.push({ op, reason: verdict.reason });
      return;
    }
    const problem = valueProblem(op);
    if (problem) {
      // Held like a change from a newer version: never stored, replayed (and judged again) after an upgrade.
      this.keep(op, 'invalid', result);
      result.invalid.push({ op, reason: problem });
      return;
    }
    // The change log doubles as the record of what has been applied: a change seen before stops here.
    const logged = this.stmt(LOG_CHANGE).run(changeValues(op));
    if (logged.changes === 0) {
      result.duplicates++;
      return;
    }
    const kind = recordKind(op.e)!;
    const outcome = op.o === 'create' ? this.create(op, kind, at, result) : this.set(op, kind, at, result);
    if (outcome === 'kept') {
      this.stmt('DELETE FROM changes WHERE hlc = ?').run(op.h);
      return;
    }
    const search = kind.search as { index: string; fields: readonly string[] } | null;
    if (search && !this.options.wholeSearchIndex && (op.o === 'create' || search.fields.includes(op.f!)))
      this.touch(search.index, op.k);
    result.applied++;
  }

  /** Keeps an op out of the store for now; it is retried later (waiting) or after an upgrade (not storable). */
  private keep(op: Op, reason: 'waiting' | 'invalid', result: ApplyResult): Outcome {
    this.stmt(`INSERT OR REPLACE INTO pending_ops (hlc, reason, op) VALUES (?, ?, ?)`).run(
      op.h,
      reason,
      JSON.stringify(op),
    );
    result.pending++;
    return 'kept';
  }

  /** Runs a write that another installation's data could make fail; maps failures to keeping the op. */
  private tryWrite(op: Op, result: ApplyResult, run: () => void): Outcome | null {
    try {
      run();
      return null;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      // A record it refers to has not arrived: wait. A value this version cannot store (a
      // required field left empty by a buggy or newer writer): keep it, and carry on with the rest.
      if (code === SQLITE_FK) return this.keep(op, 'waiting', result);
      if (code.startsWith('SQLITE_CONSTRAINT')) return this.keep(op, 'invalid', result);
      throw error;
    }
  }

  private create(op: Op, kind: AnyRecordKind, at: string, result: ApplyResult): Outcome {
    const { table } = kind;
    const columns = fieldSetOf(kind);
    if (this.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).get(op.k)) return 'applied';
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(op.v as Record<string, unknown>)) if (columns.has(k)) values[k] = v;
    // Later changes to this record that arrived before it win over its first values (the log is
    // read in clock order, so the latest change to each field is the one left).
    const earlier = this.stmt(
      'SELECT field, new_value FROM changes WHERE entity_id = ? AND field IS NOT NULL ORDER BY hlc',
    ).all(op.k) as Array<{ field: string; new_value: string | null }>;
    for (const s of earlier) {
      if (columns.has(s.field)) values[s.field] = s.new_value === null ? null : JSON.parse(s.new_value);
    }
    const names = Object.keys(values);
    const failed = this.tryWrite(op, result, () =>
      this.stmt(
        `INSERT INTO ${table} (id${names.map((n) => `, ${n}`).join('')}) VALUES (?${names.map(() => ', ?').join('')})`,
      ).run(op.k, ...names.map((n) => sqlValue(values[n]))),
    );
    if (failed) return failed;
    if (table === 'cases') this.flagDuplicateReference(values.reference as string, at);
    if (op.e === 'erasure') {
      applyErasure(this.db, erasureOf(op.k, values), at);
      this.anyErased = true;
    }
    // Changes that arrived before their record may have been judged against a partial history.
    if (earlier.length > 0)
      for (const field of kind.decisions)
        if (refreshConflict(this.db, op.e, op.k, field, at)) result.conflicts++;
    return 'applied';
  }

  /** Applies a set if it wins: last writer wins per field, by clock value. */
  private set(op: Op, kind: AnyRecordKind, at: string, result: ApplyResult): Outcome {
    const { table } = kind;
    const target = (kind.references as Partial<Record<string, string>>)[op.f!];
    if (target && op.v !== null && !this.stmt(`SELECT 1 FROM ${target} WHERE id = ?`).get(op.v)) {
      return this.keep(op, 'waiting', result); // untouched until the record it names arrives
    }
    // One covering-index read of the record's log (a handful of rows; cheaper than asking SQLite
    // for the maxima): the latest earlier change to this field, the creation, the latest deletion.
    let current: string | undefined;
    let created: string | undefined;
    let deletion: string | undefined;
    for (const [field, hlc] of this.stmt('SELECT field, hlc FROM changes WHERE entity_id = ?')
      .raw()
      .all(op.k) as Array<[string | null, string]>) {
      if (hlc === op.h) continue;
      if (field === null) created = hlc;
      else if (field === op.f && (current === undefined || hlc > current)) current = hlc;
      if (field === 'deleted_at' && (deletion === undefined || hlc > deletion)) deletion = hlc;
    }
    if (wins(op.h, current)) {
      const stamp = isStamped(kind) ? `, updated_at = max(coalesce(updated_at, ''), ?)` : '';
      const failed = this.tryWrite(op, result, () =>
        this.stmt(`UPDATE ${table} SET ${op.f} = ?${stamp} WHERE id = ?`).run(
          sqlValue(op.v),
          ...(stamp ? [op.h.slice(0, 24)] : []),
          op.k,
        ),
      );
      if (failed) return failed;
    }
    // Heads are re-read unless this change simply extends a single head: a shortcut here once
    // missed a disagreement that followed an agreement (two computers closing, one reopening).
    const latest = current !== undefined && (created === undefined || current > created) ? current : created;
    if (
      isDecision(op.e, op.f!) &&
      !extendsSingleHead(this.db, op.k, op.f!, op.h, op.p ?? [], latest) &&
      refreshConflict(this.db, op.e, op.k, op.f!, at)
    ) {
      result.conflicts++;
    }
    this.checkEditAfterDelete(op, deletion, at);
    return 'applied';
  }

  /**
   * A deletion records every change to the record its author had seen. Any other change to the
   * record, made without the deleter seeing it, is flagged (the record stays deleted). Checked
   * from whichever side arrives second, so every computer raises the same item.
   */
  private checkEditAfterDelete(op: Op, latestDeletion: string | undefined, at: string): void {
    let deletion: string | undefined;
    if (op.f === 'deleted_at') {
      if (op.v === null) return;
      const seen = new Set(op.p ?? []);
      const unseen = (
        this.stmt(`SELECT hlc FROM changes WHERE entity_id = ? AND op = 'set' AND field <> 'deleted_at'`)
          .raw()
          .all(op.k) as string[][]
      ).some(([h]) => !seen.has(h!));
      if (unseen) deletion = op.h;
    } else if (latestDeletion && this.isDeletion(latestDeletion)) {
      // Against every deletion of the record, not just the one that won: the same answer in any order.
      const deletions = this.stmt(
        `SELECT hlc, prev FROM changes WHERE entity_id = ? AND op = 'set' AND field = 'deleted_at' AND new_value <> 'null'`,
      ).all(op.k) as Array<{ hlc: string; prev: string | null }>;
      if (deletions.some((d) => !(d.prev ?? '').split(',').includes(op.h))) deletion = latestDeletion;
    }
    if (!deletion) return;
    this.stmt(
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'edited_after_delete', ?, ?, NULL, ?, ?, ?, NULL) ON CONFLICT(id) DO NOTHING`,
    ).run(
      `deleted:${op.k}`,
      op.e,
      op.k,
      'Someone changed this record on another computer without knowing it had been deleted. It stays deleted; check whether the change matters.',
      null,
      at,
    );
  }

  /** Whether a deleted_at change deletes (rather than restores) its record. */
  private isDeletion(hlc: string): boolean {
    const row = this.stmt('SELECT new_value FROM changes WHERE hlc = ?').get(hlc) as
      { new_value: string | null } | undefined;
    return row !== undefined && row.new_value !== null && row.new_value !== 'null';
  }

  /** After an upgrade: changes kept for a newer version (or not storable before) that this version now takes. */
  replayUnderstood(at: string): ApplyResult {
    const result = emptyResult();
    this.noteErasures();
    const kept = (
      this.stmt(
        `SELECT op FROM pending_ops WHERE reason IN ('newer', 'invalid') ORDER BY hlc`,
      ).all() as Array<{ op: string }>
    ).map((p) => JSON.parse(p.op) as Op);
    for (const op of kept.filter((o) => this.known(o))) {
      this.stmt('DELETE FROM pending_ops WHERE hlc = ?').run(op.h);
      result.pending--;
      this.applyOne(op, at, result);
    }
    this.retryWaiting(at, result);
    return result;
  }

  private retryWaiting(at: string, result: ApplyResult): void {
    for (let progress = true; progress;) {
      progress = false;
      const waiting = this.stmt(
        `SELECT op FROM pending_ops WHERE reason = 'waiting' ORDER BY hlc`,
      ).all() as Array<{ op: string }>;
      for (const w of waiting) {
        const op = JSON.parse(w.op) as Op;
        this.stmt('DELETE FROM pending_ops WHERE hlc = ?').run(op.h);
        const before = result.applied;
        result.pending--;
        this.applyOne(op, at, result);
        if (result.applied > before) progress = true;
      }
    }
  }

  private flagDuplicateReference(reference: string, at: string): void {
    const same = this.stmt('SELECT id FROM cases WHERE reference = ? ORDER BY id').all(reference) as Array<{
      id: string;
    }>;
    if (same.length < 2) return;
    this.stmt(
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'duplicate_reference', 'case', ?, 'reference', ?, ?, ?, NULL)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data`,
    ).run(
      `dupref:${reference}`,
      same[0]!.id,
      `Two cases carry the reference ${reference}`,
      JSON.stringify({ cases: same.map((s) => s.id) }),
      at,
    );
  }

  private touch(entity: string, id: string): void {
    this.stmt('INSERT OR IGNORE INTO search_pending (entity, entity_id) VALUES (?, ?)').run(entity, id);
  }
}

/**
 * The merge gives the same result in any order; this one is the fastest: records first, in clock
 * order (so what a record refers to usually exists already), then changes grouped by record, so
 * the log's index and the tables are walked in key order instead of jumping about at random.
 */
const OP_RANK: Record<string, number> = { create: 0, set: 1 };

export function applyOrder(a: Op, b: Op): number {
  if (a.o !== b.o) return (OP_RANK[a.o] ?? 2) - (OP_RANK[b.o] ?? 2);
  if (a.o === 'set' && a.k !== b.k) return a.k < b.k ? -1 : 1;
  return a.h < b.h ? -1 : a.h > b.h ? 1 : 0;
}

function sqlValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return v ?? null;
}

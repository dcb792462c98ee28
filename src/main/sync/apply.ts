// Applying other installations' changes to this store. Runs inside one transaction per import,
// in clock order, and is idempotent: a change seen before is skipped by its clock value.
//  - create: inserts the record, with any later field values that arrived before it;
//  - set: last writer wins per field (field_state holds the winning clock value);
//  - anything this version does not understand is kept in pending_ops, never dropped.
import type BetterSqlite3 from 'better-sqlite3';
import { isSurfaced, wins } from '../../shared/sync/merge';
import { SCHEMA_VERSION } from '../db/migrations';
import { conflictId, refreshConflict } from './conflicts';
import { rowFromOp, type Op } from './ops';
import { ENTITIES } from './registry';

export interface ApplyResult {
  applied: number;
  duplicates: number;
  pending: number;
  conflicts: number;
  maxHlc: string | null;
}

const SQLITE_FK = 'SQLITE_CONSTRAINT_FOREIGNKEY';

/** Fields that refer to another record: a change to one waits until that record has arrived. */
const REFERENCES: Readonly<Record<string, string>> = {
  resident_id: 'residents',
  case_id: 'cases',
  property_id: 'properties',
  created_by: 'people',
  logged_by: 'people',
};

/** Fields the search indexes read: only changes to these (or new records) need re-indexing. */
const SEARCHED: Readonly<Record<string, ReadonlySet<string>>> = {
  case: new Set(['reference', 'summary', 'resident_id']),
  resident: new Set(['name', 'phone', 'email', 'property_id']),
  property: new Set(['address_line1', 'address_line2', 'town', 'postcode']),
};

type Outcome = 'applied' | 'linear' | 'waiting';

export class Applier {
  /** Open conflict items, read once: most changes need not look at the attention table. */
  private readonly openConflicts: Set<string>;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly db: BetterSqlite3.Database) {
    this.openConflicts = new Set(
      (
        db
          .prepare(`SELECT id FROM attention WHERE kind = 'conflict' AND resolved_at IS NULL`)
          .raw()
          .all() as string[][]
      ).map((r) => r[0]!),
    );
  }

  private stmt(sql: string): BetterSqlite3.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** Applies ops (any order, any duplicates) and retries earlier ones that waited for related records. */
  apply(ops: readonly Op[], at: string): ApplyResult {
    const result: ApplyResult = { applied: 0, duplicates: 0, pending: 0, conflicts: 0, maxHlc: null };
    const sorted = [...ops].sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
    for (const op of sorted) this.applyOne(op, at, result);
    this.retryWaiting(at, result);
    return result;
  }

  private known(op: Op): boolean {
    const spec = ENTITIES[op.e];
    if (!spec || op.sv > SCHEMA_VERSION) return false;
    if (op.o === 'set') return op.f !== null && spec.columns.has(op.f);
    return op.o === 'create' && typeof op.v === 'object' && op.v !== null;
  }

  private applyOne(op: Op, at: string, result: ApplyResult): void {
    if (result.maxHlc === null || op.h > result.maxHlc) result.maxHlc = op.h;
    if (!this.known(op)) {
      // Kept verbatim for a newer Redress: never applied, never overwritten, replayed after upgrade.
      const inserted = this.stmt(
        `INSERT OR IGNORE INTO pending_ops (hlc, reason, op) VALUES (?, 'newer', ?)`,
      ).run(op.h, JSON.stringify(op));
      if (inserted.changes) result.pending++;
      else result.duplicates++;
      return;
    }
    // The change log doubles as the record of what has been applied: a change seen before stops here.
    const logged = this.stmt(
      `INSERT OR IGNORE INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv)
       VALUES (@hlc, @replica_id, @actor_id, @entity, @entity_id, @op, @field, @old_value, @new_value, @prev, @sv)`,
    ).run(rowFromOp(op));
    if (logged.changes === 0) {
      result.duplicates++;
      return;
    }
    const spec = ENTITIES[op.e]!;
    let linear = false;
    const outcome =
      op.o === 'create'
        ? this.create(op, spec.table, spec.columns, at, result)
        : this.set(op, spec.table, at, result);
    if (outcome === 'waiting') {
      this.stmt('DELETE FROM changes WHERE hlc = ?').run(op.h);
      return;
    }
    linear = outcome === 'linear';
    // A change that extends the one head it saw cannot start a conflict; only look when it may.
    if (op.o === 'set' && isSurfaced(op.e, op.f!)) {
      const id = conflictId(op.k, op.f!);
      if (!linear || this.openConflicts.has(id)) {
        if (refreshConflict(this.db, op.e, op.k, op.f!, at)) {
          this.openConflicts.add(id);
          result.conflicts++;
        } else this.openConflicts.delete(id);
      }
    }
    if (op.o === 'create' || SEARCHED[op.e]?.has(op.f!)) this.touch(op.e, op.k);
    result.applied++;
  }

  private create(
    op: Op,
    table: string,
    columns: ReadonlySet<string>,
    at: string,
    result: ApplyResult,
  ): Outcome {
    if (this.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).get(op.k)) return 'applied';
    const fields = op.v as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields)) if (columns.has(k)) values[k] = v;
    // Later changes to this record that arrived before it win over its first values.
    for (const s of this.stmt('SELECT field, value FROM field_state WHERE entity_id = ?').all(op.k) as Array<{
      field: string;
      value: string | null;
    }>) {
      if (columns.has(s.field)) values[s.field] = s.value === null ? null : JSON.parse(s.value);
    }
    const names = Object.keys(values);
    try {
      this.stmt(
        `INSERT INTO ${table} (id${names.map((n) => `, ${n}`).join('')}) VALUES (?${names.map(() => ', ?').join('')})`,
      ).run(op.k, ...names.map((n) => sqlValue(values[n])));
    } catch (error) {
      if ((error as { code?: string }).code === SQLITE_FK) {
        // A record it refers to (the resident of a case, say) has not arrived yet: wait for it.
        this.stmt(`INSERT OR REPLACE INTO pending_ops (hlc, reason, op) VALUES (?, 'waiting', ?)`).run(
          op.h,
          JSON.stringify(op),
        );
        result.pending++;
        return 'waiting';
      }
      throw error;
    }
    if (table === 'cases') this.flagDuplicateReference(op.k, values.reference as string, at);
    return 'applied';
  }

  /**
   * Applies a set if it wins (last writer wins per field). 'waiting' if it refers to a record that
   * has not arrived; 'linear' if it simply extends the field's single current head.
   */
  private set(op: Op, table: string, at: string, result: ApplyResult): Outcome {
    const target = REFERENCES[op.f!];
    if (target && op.v !== null && !this.stmt(`SELECT 1 FROM ${target} WHERE id = ?`).get(op.v)) {
      // The value refers to a record not here yet: wait for it, untouched.
      this.stmt(`INSERT OR REPLACE INTO pending_ops (hlc, reason, op) VALUES (?, 'waiting', ?)`).run(
        op.h,
        JSON.stringify(op),
      );
      result.pending++;
      return 'waiting';
    }
    let current: string | undefined;
    let deleted: { hlc: string; value: string | null } | undefined;
    for (const row of this.stmt(
      `SELECT field, hlc, value FROM field_state WHERE entity_id = ? AND field IN (?, 'deleted_at')`,
    ).all(op.k, op.f) as Array<{ field: string; hlc: string; value: string | null }>) {
      if (row.field === op.f) current = row.hlc;
      if (row.field === 'deleted_at') deleted = row;
    }
    // Whether it extends the single head it saw matters only where conflicts are surfaced.
    const head = !isSurfaced(op.e, op.f!)
      ? undefined
      : (current ??
        (
          this.stmt(`SELECT hlc FROM changes WHERE entity_id = ? AND op = 'create'`).get(op.k) as
            { hlc: string } | undefined
        )?.hlc);
    const linear = head !== undefined && op.p?.length === 1 && op.p[0] === head;
    this.checkEditAfterDelete(op, deleted, at);
    if (wins(op.h, current)) {
      this.stmt(
        `INSERT INTO field_state (entity_id, field, hlc, value) VALUES (?, ?, ?, ?)
         ON CONFLICT(entity_id, field) DO UPDATE SET hlc = excluded.hlc, value = excluded.value`,
      ).run(op.k, op.f, op.h, JSON.stringify(op.v ?? null));
      const stamp = table === 'people' || table === 'contacts' ? '' : `, updated_at = max(updated_at, ?)`;
      this.stmt(`UPDATE ${table} SET ${op.f} = ?${stamp} WHERE id = ?`).run(
        sqlValue(op.v),
        ...(stamp ? [op.h.slice(0, 24)] : []),
        op.k,
      );
    }
    return linear ? 'linear' : 'applied';
  }

  /** After an upgrade: changes kept for a newer version that this version now understands. */
  replayUnderstood(at: string): ApplyResult {
    const result: ApplyResult = { applied: 0, duplicates: 0, pending: 0, conflicts: 0, maxHlc: null };
    const kept = (
      this.stmt(`SELECT op FROM pending_ops WHERE reason = 'newer' ORDER BY hlc`).all() as Array<{
        op: string;
      }>
    ).map((p) => JSON.parse(p.op) as Op);
    const understood = kept.filter((op) => this.known(op));
    for (const op of understood) this.stmt('DELETE FROM pending_ops WHERE hlc = ?').run(op.h);
    if (understood.length) {
      for (const op of understood) this.applyOne(op, at, result);
      this.retryWaiting(at, result);
    }
    return result;
  }

  /**
   * An edit stamped after a deletion was made by someone who had not seen the deletion (once
   * seen, a deleted record cannot be edited): the record stays deleted, and a person is told.
   * Checked from whichever side arrives second, so every computer raises the same item.
   */
  private checkEditAfterDelete(
    op: Op,
    del: { hlc: string; value: string | null } | undefined,
    at: string,
  ): void {
    let deletedBy: string | undefined;
    if (op.f === 'deleted_at') {
      if (op.v === null) return;
      const later = this.stmt(
        `SELECT hlc FROM changes WHERE entity_id = ? AND op = 'set' AND field <> 'deleted_at' AND hlc > ? LIMIT 1`,
      ).get(op.k, op.h);
      if (later) deletedBy = op.h;
    } else if (del && del.value !== null && del.value !== 'null' && op.h > del.hlc) {
      deletedBy = del.hlc;
    }
    if (!deletedBy) return;
    this.stmt(
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'edited_after_delete', ?, ?, NULL, ?, ?, ?, NULL) ON CONFLICT(id) DO NOTHING`,
    ).run(
      `deleted:${op.k}`,
      op.e,
      op.k,
      'Someone changed this record on another computer after it had been deleted here or elsewhere. It stays deleted; check whether the change matters.',
      JSON.stringify({ deleted: deletedBy }),
      at,
    );
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

  private flagDuplicateReference(caseId: string, reference: string, at: string): void {
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
    void caseId;
  }

  private touch(entity: string, id: string): void {
    this.stmt('INSERT OR IGNORE INTO search_pending (entity, entity_id) VALUES (?, ?)').run(entity, id);
  }
}

function sqlValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return v ?? null;
}

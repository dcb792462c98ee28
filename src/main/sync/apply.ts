// Applying other installations' changes to this store. Runs inside one transaction per import,
// in clock order, and is idempotent: a change seen before is skipped by its clock value.
//  - create: inserts the record, with any later field values that arrived before it;
//  - set: last writer wins per field (field_state holds the winning clock value);
//  - anything this version does not understand is kept in pending_ops, never dropped.
import type BetterSqlite3 from 'better-sqlite3';
import { isSurfaced, wins } from '../../shared/sync/merge';
import { SCHEMA_VERSION } from '../db/migrations';
import { residentFtsRow } from '../db/fts';
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

export class Applier {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly touched = new Map<string, Set<string>>();

  constructor(private readonly db: BetterSqlite3.Database) {}

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
    this.reindex();
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
    if (this.stmt('SELECT 1 FROM changes WHERE hlc = ?').get(op.h)) {
      result.duplicates++;
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
    const spec = ENTITIES[op.e]!;
    let linear = false;
    if (op.o === 'create') {
      if (!this.create(op, spec.table, spec.columns, at, result)) return;
    } else {
      const applied = this.set(op, spec.table, at, result);
      if (applied === 'waiting') return;
      linear = applied;
    }
    const r = rowFromOp(op);
    this.stmt(
      `INSERT INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv)
       VALUES (@hlc, @replica_id, @actor_id, @entity, @entity_id, @op, @field, @old_value, @new_value, @prev, @sv)`,
    ).run(r);
    // A change that extends the one head it saw cannot start a conflict; only look when it may.
    if (op.o === 'set' && isSurfaced(op.e, op.f!)) {
      const open = this.stmt('SELECT 1 FROM attention WHERE id = ? AND resolved_at IS NULL').get(
        conflictId(op.k, op.f!),
      );
      if ((!linear || open) && refreshConflict(this.db, op.e, op.k, op.f!, at)) result.conflicts++;
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
  ): boolean {
    if (this.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).get(op.k)) return true;
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
        return false;
      }
      throw error;
    }
    if (table === 'cases') this.flagDuplicateReference(op.k, values.reference as string, at);
    return true;
  }

  /**
   * Applies a set if it wins (last writer wins per field). Returns 'waiting' if it refers to a
   * record that has not arrived, else whether it simply extends the field's single current head.
   */
  private set(op: Op, table: string, at: string, result: ApplyResult): 'waiting' | boolean {
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
    const current = this.stmt('SELECT hlc FROM field_state WHERE entity_id = ? AND field = ?').get(
      op.k,
      op.f,
    ) as { hlc: string } | undefined;
    const head =
      current?.hlc ??
      (
        this.stmt(`SELECT hlc FROM changes WHERE entity_id = ? AND op = 'create'`).get(op.k) as
          { hlc: string } | undefined
      )?.hlc;
    const linear = op.p?.length === 1 && op.p[0] === head;
    this.checkEditAfterDelete(op, at);
    if (!wins(op.h, current?.hlc)) return linear;
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
    return linear;
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
      this.reindex();
    }
    return result;
  }

  /**
   * An edit stamped after a deletion was made by someone who had not seen the deletion (once
   * seen, a deleted record cannot be edited): the record stays deleted, and a person is told.
   * Checked from whichever side arrives second, so every computer raises the same item.
   */
  private checkEditAfterDelete(op: Op, at: string): void {
    let deletedBy: string | undefined;
    if (op.f === 'deleted_at') {
      if (op.v === null) return;
      const later = this.stmt(
        `SELECT hlc FROM changes WHERE entity_id = ? AND op = 'set' AND field <> 'deleted_at' AND hlc > ? LIMIT 1`,
      ).get(op.k, op.h);
      if (later) deletedBy = op.h;
    } else {
      const del = this.stmt(
        `SELECT hlc, value FROM field_state WHERE entity_id = ? AND field = 'deleted_at'`,
      ).get(op.k) as { hlc: string; value: string | null } | undefined;
      if (del && del.value !== null && del.value !== 'null' && op.h > del.hlc) deletedBy = del.hlc;
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
    let set = this.touched.get(entity);
    if (!set) this.touched.set(entity, (set = new Set()));
    set.add(id);
  }

  /** Keeps the search indexes true for every record this import touched. */
  private reindex(): void {
    const residents = new Set(this.touched.get('resident') ?? []);
    const cases = new Set(this.touched.get('case') ?? []);
    for (const propertyId of this.touched.get('property') ?? []) {
      for (const r of this.stmt('SELECT id FROM residents WHERE property_id = ?').all(propertyId) as Array<{
        id: string;
      }>)
        residents.add(r.id);
    }
    for (const residentId of residents) {
      const r = this.stmt(
        `SELECT r.n, r.name, r.phone, r.email, p.address_line1, p.address_line2, p.town, p.postcode
         FROM residents r LEFT JOIN properties p ON p.id = r.property_id WHERE r.id = ?`,
      ).get(residentId) as
        | {
            n: number;
            name: string;
            phone: string | null;
            email: string | null;
            address_line1: string | null;
            address_line2: string | null;
            town: string | null;
            postcode: string | null;
          }
        | undefined;
      if (!r) continue;
      const f = residentFtsRow({
        name: r.name,
        phone: r.phone,
        email: r.email,
        address: [r.address_line1, r.address_line2, r.town].filter(Boolean).join(', ') || null,
        postcode: r.postcode,
      });
      this.stmt('DELETE FROM resident_fts WHERE rowid = ?').run(r.n);
      this.stmt(
        'INSERT INTO resident_fts (rowid, name, phone, email, address, postcode) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(r.n, f.name, f.phone, f.email, f.address, f.postcode);
      for (const c of this.stmt('SELECT id FROM cases WHERE resident_id = ?').all(residentId) as Array<{
        id: string;
      }>)
        cases.add(c.id);
    }
    for (const caseId of cases) {
      const c = this.stmt(
        `SELECT c.n, c.reference, c.summary, r.name AS resident FROM cases c LEFT JOIN residents r ON r.id = c.resident_id WHERE c.id = ?`,
      ).get(caseId) as { n: number; reference: string; summary: string; resident: string | null } | undefined;
      if (!c) continue;
      this.stmt('DELETE FROM case_fts WHERE rowid = ?').run(c.n);
      this.stmt('INSERT INTO case_fts (rowid, reference, summary, resident) VALUES (?, ?, ?, ?)').run(
        c.n,
        c.reference,
        c.summary,
        c.resident ?? '',
      );
    }
    this.touched.clear();
  }
}

function sqlValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return v ?? null;
}

// Concurrent edits of decision-bearing fields become "Needs attention" items: computed from the
// change log alone, so every installation raises (and clears) exactly the same item.
import type BetterSqlite3 from 'better-sqlite3';
import { heads } from '../../shared/sync/merge';
import { isDecision } from './registry';

export const conflictId = (entityId: string, field: string) => `conflict:${entityId}:${field}`;

// Prepared once per connection: this runs for every change to a decision-bearing field.
const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();
function stmt(db: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

/**
 * Re-reads a field's heads from the change log and opens, updates or clears its conflict item.
 * Only fields with more than one head keep a field_heads row. Returns true if a conflict is open.
 */
export function refreshConflict(
  db: BetterSqlite3.Database,
  entity: string,
  entityId: string,
  field: string,
  at: string,
): boolean {
  if (!isDecision(entity, field)) return false;
  const rows = stmt(
    db,
    `SELECT hlc, prev, op, new_value FROM changes WHERE entity_id = ? AND (field IS NULL OR field = ?)`,
  ).all(entityId, field) as Array<{ hlc: string; prev: string | null; op: string; new_value: string | null }>;
  const open = heads(rows.map((r) => ({ hlc: r.hlc, prev: r.prev ? r.prev.split(',') : [] })));
  const id = conflictId(entityId, field);
  if (open.length > 1) {
    stmt(
      db,
      'INSERT INTO field_heads (entity_id, field, heads) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET heads = excluded.heads',
    ).run(entityId, field, open.join(','));
  } else {
    stmt(db, 'DELETE FROM field_heads WHERE entity_id = ? AND field = ?').run(entityId, field);
  }
  // Two people making the same decision without seeing each other is agreement, not a conflict.
  const values = new Set(
    rows
      .filter((r) => open.includes(r.hlc))
      .map((r) => {
        const v = r.new_value === null ? null : JSON.parse(r.new_value);
        return JSON.stringify(
          r.op === 'create' ? ((v as Record<string, unknown> | null)?.[field] ?? null) : v,
        );
      }),
  );
  if (open.length > 1 && values.size > 1) {
    stmt(
      db,
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'conflict', ?, ?, ?, ?, ?, ?, NULL)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data, resolved_at = NULL`,
    ).run(
      id,
      entity,
      entityId,
      field,
      `Changed on more than one computer without either seeing the other`,
      JSON.stringify({ heads: open }),
      at,
    );
    return true;
  }
  stmt(db, `UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL`).run(at, id);
  return false;
}

/**
 * The common case, without reading the change log: the field has a single head — then it is the
 * latest change to the field (nothing later can have seen it) — and this change was made on top
 * of it, so it becomes the single head and no conflict can start or be open.
 * `latest` is the latest clock value among the field's changes (and the record's creation) before
 * this one. Returns false when the full check (refreshConflict) is needed.
 */
export function extendsSingleHead(
  db: BetterSqlite3.Database,
  entityId: string,
  field: string,
  hlc: string,
  prev: readonly string[],
  latest: string | undefined,
): boolean {
  if (latest === undefined || prev.length !== 1 || prev[0] !== latest || hlc <= latest) return false;
  return !stmt(db, 'SELECT 1 FROM field_heads WHERE entity_id = ? AND field = ?').get(entityId, field);
}

// An operation as it travels in segment files: one row of the change log, in a compact,
// self-describing form. Field names are column names; values are JSON.

export interface Op {
  /** Clock value: unique, and the order of last-writer-wins. */
  h: string;
  /** The installation that made the change. */
  r: string;
  /** Who made it (a person id). */
  a: string | null;
  /** Entity type: person, property, resident, case, contact. */
  e: string;
  /** Entity id. */
  k: string;
  o: 'create' | 'set';
  /** For a set: the field. */
  f: string | null;
  /** For a create: the new record's fields; for a set: the new value. */
  v: unknown;
  /** For a set: the old value the writer saw (audit). */
  x?: unknown;
  /** For a set: the heads the writer had seen. */
  p?: string[];
  /** Schema version the writer had. */
  sv: number;
}

export interface ChangeRow {
  hlc: string;
  replica_id: string;
  actor_id: string | null;
  entity: string;
  entity_id: string;
  op: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  prev: string | null;
  sv: number;
}

export function opFromRow(r: ChangeRow): Op {
  const op: Op = {
    h: r.hlc,
    r: r.replica_id,
    a: r.actor_id,
    e: r.entity,
    k: r.entity_id,
    o: r.op as Op['o'],
    f: r.field,
    v: r.new_value === null ? null : JSON.parse(r.new_value),
    sv: r.sv,
  };
  if (r.op === 'set') {
    op.x = r.old_value === null ? null : JSON.parse(r.old_value);
    op.p = r.prev ? r.prev.split(',') : [];
  }
  return op;
}

export function rowFromOp(op: Op): ChangeRow {
  return {
    hlc: op.h,
    replica_id: op.r,
    actor_id: op.a,
    entity: op.e,
    entity_id: op.k,
    op: op.o,
    field: op.f,
    old_value: op.o === 'set' ? JSON.stringify(op.x ?? null) : null,
    new_value: JSON.stringify(op.v ?? null),
    prev: op.p && op.p.length ? op.p.join(',') : null,
    sv: op.sv,
  };
}

const HLC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[0-9a-f]{16}$/;

/** Checks an op read from a file has the shape of one; anything else makes the file unreadable. */
export function isOp(value: unknown): value is Op {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  return (
    typeof o.h === 'string' &&
    HLC.test(o.h) &&
    typeof o.r === 'string' &&
    typeof o.e === 'string' &&
    typeof o.k === 'string' &&
    (o.o === 'create' || o.o === 'set' || typeof o.o === 'string') &&
    (o.f === null || typeof o.f === 'string') &&
    typeof o.sv === 'number' &&
    (o.p === undefined || (Array.isArray(o.p) && o.p.every((p) => typeof p === 'string')))
  );
}

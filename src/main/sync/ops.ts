// An operation as it travels in segment files: one row of the change log, in a compact,
// self-describing form. Field names are column names; values are JSON.
import { LOCAL_TABLES } from '../store/registry';
import type { ChangeContent } from '../store/auditChain';

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
  /** 'view': an entry of the view log (f the action, k the record viewed, no value). */
  o: 'create' | 'set' | 'view';
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
  /** Position in the writer's audit chain (store/auditChain.ts); absent on changes from before it. */
  cp?: number;
  /** The entry's chain hash, kept exactly as it came. */
  ch?: string;
}

/** A change log entry as stored: what the chain hashes, and its place in the chain. */
export interface ChangeRow extends ChangeContent {
  chain_pos?: number | null;
  chain_hash?: string | null;
}

/** A view log entry as stored (migration 10). */
export interface ViewRow {
  hlc: string;
  replica_id: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  sv: number;
  chain_pos: number | null;
  chain_hash: string | null;
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
  if (r.chain_pos != null && r.chain_hash != null) {
    op.cp = r.chain_pos;
    op.ch = r.chain_hash;
  }
  return op;
}

export function opFromView(r: ViewRow): Op {
  const op: Op = {
    h: r.hlc,
    r: r.replica_id,
    a: r.actor_id,
    e: r.entity,
    k: r.entity_id,
    o: 'view',
    f: r.action,
    v: null,
    sv: r.sv,
  };
  if (r.chain_pos !== null && r.chain_hash !== null) {
    op.cp = r.chain_pos;
    op.ch = r.chain_hash;
  }
  return op;
}

export function viewFromOp(op: Op): ViewRow {
  return {
    hlc: op.h,
    replica_id: op.r,
    actor_id: op.a,
    action: op.f ?? '',
    entity: op.e,
    entity_id: op.k,
    sv: op.sv,
    chain_pos: op.cp ?? null,
    chain_hash: op.ch ?? null,
  };
}

/**
 * The change log's columns (the registry's list) but its own sequence number, in the order
 * changeValues gives them: bound by position, as a merge binds some 270,000 rows.
 */
export const CHANGE_COLUMNS = LOCAL_TABLES.changes.backup!.columns.filter(
  (c): c is Exclude<typeof c, 'seq'> => c !== 'seq',
);

export function changeValues(op: Op): unknown[] {
  const row = rowFromOp(op);
  return CHANGE_COLUMNS.map((c) => row[c]);
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
    chain_pos: op.cp ?? null,
    chain_hash: op.ch ?? null,
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
    (o.cp === undefined || Number.isSafeInteger(o.cp)) &&
    (o.ch === undefined || typeof o.ch === 'string') &&
    (o.p === undefined || (Array.isArray(o.p) && o.p.every((p) => typeof p === 'string')))
  );
}

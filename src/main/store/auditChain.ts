// Each installation's audit entries (its changes and its views) form one hash chain: an entry
// carries its position and the SHA-256 of the previous entry's hash, its position and its own
// content. Altering an entry breaks its hash; removing one leaves a gap; an extra one claims a
// position already taken. Entries from other installations keep the chain fields they came with.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

/** The content of a change as stored: every column a change travels with, in a fixed order. */
export interface ChangeContent {
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

/** The content of a view entry as stored. */
export interface ViewContent {
  hlc: string;
  replica_id: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  sv: number;
}

export function changeContent(c: ChangeContent): string {
  return JSON.stringify([
    'change',
    c.hlc,
    c.replica_id,
    c.actor_id,
    c.entity,
    c.entity_id,
    c.op,
    c.field,
    c.old_value,
    c.new_value,
    c.prev,
    c.sv,
  ]);
}

export function viewContent(v: ViewContent): string {
  return JSON.stringify(['view', v.hlc, v.replica_id, v.actor_id, v.action, v.entity, v.entity_id, v.sv]);
}

/** The hash an entry at `position` with `content` carries, after an entry hashed `previous` ('' first). */
export function chainHash(previous: string, position: number, content: string): string {
  return createHash('sha256').update(`${previous}\n${position}\n${content}`).digest('hex');
}

export interface ChainLink {
  pos: number;
  hash: string;
}

/** The last link of an installation's chain in this store (position 0 and '' before its first entry). */
export function chainHead(db: BetterSqlite3.Database, rid: string): ChainLink {
  const last = db
    .prepare(
      `SELECT pos, hash FROM (
         SELECT chain_pos AS pos, chain_hash AS hash FROM changes
           WHERE replica_id = @rid AND chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1)
       UNION ALL SELECT pos, hash FROM (
         SELECT chain_pos AS pos, chain_hash AS hash FROM views
           WHERE replica_id = @rid AND chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1)
       ORDER BY pos DESC LIMIT 1`,
    )
    .get({ rid }) as { pos: number; hash: string } | undefined;
  return last ?? { pos: 0, hash: '' };
}

/** The next link after the head for an entry with `content`. */
export function nextLink(db: BetterSqlite3.Database, rid: string, content: string): ChainLink {
  const head = chainHead(db, rid);
  const pos = head.pos + 1;
  return { pos, hash: chainHash(head.hash, pos, content) };
}

/** A change row with its chain fields, for the bulk paths that insert rows themselves (demo data). */
export function chained<T extends ChangeContent>(
  db: BetterSqlite3.Database,
  row: T,
): T & { chain_pos: number; chain_hash: string } {
  const link = nextLink(db, row.replica_id, changeContent(row));
  return { ...row, chain_pos: link.pos, chain_hash: link.hash };
}

/**
 * A change held back on arrival (pending_ops: waiting for a record, or from a newer Redress) is
 * still part of its writer's chain: its content as it would be stored (sync/ops.ts rowFromOp).
 */
export function heldEntry(text: string): { rid: string; pos: number; hash: string; content: string } | null {
  let op: Record<string, unknown>;
  try {
    op = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof op.cp !== 'number' || typeof op.ch !== 'string' || typeof op.r !== 'string') return null;
  const p = op.p as string[] | undefined;
  const content =
    op.o === 'view'
      ? viewContent({
          hlc: op.h as string,
          replica_id: op.r,
          actor_id: (op.a as string | null) ?? null,
          action: (op.f as string | null) ?? '',
          entity: op.e as string,
          entity_id: op.k as string,
          sv: op.sv as number,
        })
      : changeContent({
          hlc: op.h as string,
          replica_id: op.r,
          actor_id: (op.a as string | null) ?? null,
          entity: op.e as string,
          entity_id: op.k as string,
          op: op.o as string,
          field: (op.f as string | null) ?? null,
          old_value: op.o === 'set' ? JSON.stringify(op.x ?? null) : null,
          new_value: JSON.stringify(op.v ?? null),
          prev: p && p.length ? p.join(',') : null,
          sv: op.sv as number,
        });
  return { rid: op.r, pos: op.cp, hash: op.ch, content };
}

/**
 * The chain for a bulk writer (demo data) inside one synchronous transaction: the head is read
 * once and carried forward. `forget()` between transactions, since other writes may come between.
 */
export class ChainCursor {
  private head: ChainLink | null = null;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly rid: string,
  ) {}

  chained<T extends ChangeContent>(row: T): T & { chain_pos: number; chain_hash: string } {
    const head = (this.head ??= chainHead(this.db, this.rid));
    const pos = head.pos + 1;
    this.head = { pos, hash: chainHash(head.hash, pos, changeContent(row)) };
    return { ...row, chain_pos: pos, chain_hash: this.head.hash };
  }

  forget(): void {
    this.head = null;
  }
}

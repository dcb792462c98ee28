// Every write records what changed: a `create` with the new record's fields, or a `set` per field
// with old and new values, stamped with the clock. This table is the audit trail ("who changed
// what, when") and, with the sync issue, the outbox shipped to the central share.
import type { Transaction } from 'kysely';
import type { ChangeEntry } from '../../shared/contract/types';
import type { Database } from '../db/schema';
import type BetterSqlite3 from 'better-sqlite3';
import { heads } from '../../shared/sync/merge';
import { refreshConflict } from './conflicts';
import { SCHEMA_VERSION } from '../db/migrations';
import type { ChangeClock } from './clock';
import { RECORD_KINDS, type RecordKindName } from './registry';
import { fieldValueProblem } from './fieldValues';
import { AppError } from '../../shared/contract/errors';
import { ChainCursor } from './auditChain';
import { refuseOnErased } from './erasure';

/** The kind of record a change is to (the registry's names). */
export type Entity = RecordKindName;

/** A record a change touched: its kind, its id and, for a set, the field. */
export interface ChangedRecord {
  entity: string;
  id: string;
  field: string | null;
}

export class ChangeRecorder {
  /** Everything this write has changed, for the domain's checks before it commits. */
  readonly changed: ChangedRecord[] = [];
  private readonly chain: ChainCursor;

  constructor(
    private readonly tx: Transaction<Database>,
    /** The same connection, for the conflict check shared with sync (it runs inside this transaction). */
    private readonly sqlite: BetterSqlite3.Database,
    private readonly clock: ChangeClock,
    private readonly replicaId: string,
    private readonly actorId: string | null,
  ) {
    this.chain = new ChainCursor(sqlite, replicaId);
  }

  /** Appends one row to the change log, stamped with the next clock value; returns that value. */
  private async log(
    entity: Entity,
    entityId: string,
    change: {
      op: 'create' | 'set';
      field: string | null;
      old_value: string | null;
      new_value: string;
      prev: string | null;
    },
  ): Promise<string> {
    const hlc = this.clock.next();
    this.changed.push({ entity, id: entityId, field: change.field });
    const row = {
      hlc,
      replica_id: this.replicaId,
      actor_id: this.actorId,
      entity,
      entity_id: entityId,
      sv: SCHEMA_VERSION,
      ...change,
    };
    // The next link of this installation's audit chain (auditChain.ts): the head is read once per
    // write, which holds the store's only connection until it commits.
    await this.tx.insertInto('changes').values(this.chain.chained(row)).execute();
    return hlc;
  }

  async created(entity: Entity, entityId: string, fields: Record<string, unknown>): Promise<void> {
    for (const [field, value] of Object.entries(fields))
      if (field !== 'id' && field !== 'n') refuseBadValue(entity, field, value);
    refuseOnErased(this.sqlite, { entity, id: entityId, field: null, fields });
    await this.log(entity, entityId, {
      op: 'create',
      field: null,
      old_value: null,
      new_value: createdPayload(fields),
      prev: null,
    });
  }

  /**
   * Records one `set` per field whose value actually changed, with the heads of that field the
   * officer was looking at (so a concurrent edit elsewhere is detected, not lost). Returns the
   * names of the changed fields.
   */
  async updated<T extends Record<string, unknown>>(
    entity: Entity,
    entityId: string,
    before: T,
    after: Partial<T>,
  ): Promise<string[]> {
    const changed = Object.keys(after).filter((k) => after[k] !== undefined && after[k] !== before[k]);
    for (const field of changed) await this.set(entity, entityId, field, before[field], after[field]);
    return changed;
  }

  /** Records a set even when the value is unchanged: settling a conflict by keeping the current value. */
  async set(
    entity: Entity,
    entityId: string,
    field: string,
    oldValue: unknown,
    newValue: unknown,
  ): Promise<void> {
    refuseBadValue(entity, field, newValue);
    refuseOnErased(this.sqlite, { entity, id: entityId, field });
    if (RECORD_KINDS[entity].insertOnly)
      throw new Error(`A ${RECORD_KINDS[entity].label} is never changed once written: record a new one`);
    // A deletion lists every change it saw, so edits it did not see are flagged everywhere.
    const seen =
      field === 'deleted_at'
        ? await allChanges(this.tx, entityId)
        : await fieldHeads(this.tx, entityId, field);
    const hlc = await this.log(entity, entityId, {
      op: 'set',
      field,
      old_value: JSON.stringify(oldValue ?? null),
      new_value: JSON.stringify(newValue ?? null),
      prev: seen.join(',') || null,
    });
    refreshConflict(this.sqlite, entity, entityId, field, hlc.slice(0, 24));
  }
}

/**
 * The last guard before a value is stored and shared: whatever a service computed (a due date
 * from a request date, a received date from a re-typing) must pass the same rules as the contract.
 */
function refuseBadValue(entity: Entity, field: string, value: unknown): void {
  const kind = RECORD_KINDS[entity];
  const problem = fieldValueProblem(kind.table, field, value);
  if (problem)
    throw new AppError(
      'VALIDATION',
      `This would store a ${kind.label}'s ${field.replaceAll('_', ' ')} that is not valid: ${problem}.`,
      {
        issues: [{ path: field, message: problem }],
      },
    );
}

/** The new record's fields, without its id (already on the change) or empty values. */
export function createdPayload(fields: Record<string, unknown>): string {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields))
    if (k !== 'id' && k !== 'n' && v !== null && v !== undefined) kept[k] = v;
  return JSON.stringify(kept);
}

export function historyEntry(row: {
  hlc: string;
  entity: string;
  op: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  actor_name: string | null;
}): ChangeEntry {
  return {
    hlc: row.hlc,
    at: row.hlc.slice(0, 24),
    actorName: row.actor_name ?? 'Unknown',
    entity: row.entity,
    op: row.op as ChangeEntry['op'],
    field: row.field,
    oldValue: storedJson(row.old_value),
    newValue: storedJson(row.new_value),
  };
}

/** A logged value; one that is not JSON (damaged, or written outside Redress) is shown as it is. */
function storedJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The current heads of a field: its creation, or the sets no later set has seen. */
export async function fieldHeads(
  tx: Transaction<Database>,
  entityId: string,
  field: string,
): Promise<string[]> {
  const rows = await tx
    .selectFrom('changes')
    .select(['hlc', 'prev'])
    .where('entity_id', '=', entityId)
    .where((eb) => eb.or([eb('field', 'is', null), eb('field', '=', field)]))
    .execute();
  return heads(rows.map((r) => ({ hlc: r.hlc, prev: r.prev ? r.prev.split(',') : [] })));
}

async function allChanges(tx: Transaction<Database>, entityId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('changes')
    .select('hlc')
    .where('entity_id', '=', entityId)
    .orderBy('hlc')
    .execute();
  return rows.map((r) => r.hlc);
}

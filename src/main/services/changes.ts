// Every write records what changed: a `create` with the new record's fields, or a `set` per field
// with old and new values, stamped with the clock. This table is the audit trail ("who changed
// what, when") and, with the sync issue, the outbox shipped to the central share.
import type { Transaction } from 'kysely';
import type { ChangeEntry } from '../../shared/contract/types';
import type { Database } from '../db/schema';
import type { ChangeClock } from './clock';

export type Entity = 'person' | 'property' | 'resident' | 'case' | 'contact';

export class ChangeRecorder {
  constructor(
    private readonly tx: Transaction<Database>,
    private readonly clock: ChangeClock,
    private readonly replicaId: string,
    private readonly actorId: string | null,
  ) {}

  async created(entity: Entity, entityId: string, fields: Record<string, unknown>): Promise<void> {
    await this.tx
      .insertInto('changes')
      .values({
        hlc: this.clock.next(),
        replica_id: this.replicaId,
        actor_id: this.actorId,
        entity,
        entity_id: entityId,
        op: 'create',
        field: null,
        old_value: null,
        new_value: createdPayload(fields),
      })
      .execute();
  }

  /** Records one `set` per field whose value actually changed; returns the names of those fields. */
  async updated<T extends Record<string, unknown>>(
    entity: Entity,
    entityId: string,
    before: T,
    after: Partial<T>,
  ): Promise<string[]> {
    const changed = Object.keys(after).filter((k) => after[k] !== undefined && after[k] !== before[k]);
    if (changed.length === 0) return changed;
    await this.tx
      .insertInto('changes')
      .values(
        changed.map((field) => ({
          hlc: this.clock.next(),
          replica_id: this.replicaId,
          actor_id: this.actorId,
          entity,
          entity_id: entityId,
          op: 'set' as const,
          field,
          old_value: JSON.stringify(before[field] ?? null),
          new_value: JSON.stringify(after[field] ?? null),
        })),
      )
      .execute();
    return changed;
  }
}

/** The new record's fields, without its id (already on the change) or empty values. */
export function createdPayload(fields: Record<string, unknown>): string {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (k !== 'id' && k !== 'n' && v !== null && v !== undefined) kept[k] = v;
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
    oldValue: row.old_value === null ? null : JSON.parse(row.old_value),
    newValue: row.new_value === null ? null : JSON.parse(row.new_value),
  };
}

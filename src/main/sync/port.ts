// The one way sync reaches the domain: an interface sync declares and the composition root
// (app.ts) fills in. Sync knows nothing of complaints; the domain knows nothing of segments.
import type BetterSqlite3 from 'better-sqlite3';
import type { ServiceContext } from '../store/context';

/** A record a merge changed: the change's entity kind, the record's id and, for a set, the field. */
export interface MergedChange {
  entity: string;
  id: string;
  field: string | null;
}

export interface DomainPort {
  /**
   * Runs inside the merge's transaction, after the changes are applied: the domain's checks of
   * rules that only hold across records (a merge can combine two valid edits into an invalid case).
   */
  afterMerge(db: BetterSqlite3.Database, merged: readonly MergedChange[], at: string): void;
}

/** What sync runs with: the store's context and the domain's port. */
export interface SyncContext extends ServiceContext {
  domain: DomainPort;
}

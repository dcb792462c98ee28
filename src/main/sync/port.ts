// The one way sync reaches the domain: an interface sync declares and the composition root
// (app.ts) fills in. Sync knows nothing of complaints; the domain knows nothing of segments.
import type { RecordChecks, ServiceContext } from '../store/context';

export interface DomainPort {
  /**
   * Runs inside the merge's transaction, after the changes are applied: the domain's checks of
   * rules that only hold across records (a merge can combine two valid edits into an invalid case).
   */
  afterMerge: RecordChecks;
}

/** What sync runs with: the store's context and the domain's port. */
export interface SyncContext extends ServiceContext {
  domain: DomainPort;
}

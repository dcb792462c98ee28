// Appending to the view log: who viewed, downloaded, issued, exported or ran what. Each entry is
// the next link of this installation's audit chain (auditChain.ts), stamped with the clock so it
// travels through the share in clock order like a change.
import type BetterSqlite3 from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrations';
import { nextLink, viewContent } from './auditChain';
import type { ChangeClock } from './clock';

/** What was looked at or done: an action on a kind of record and its id (never personal data). */
export interface Viewed {
  action: ViewAction;
  entity: ViewedKind;
  id: string;
}

export type ViewAction = 'viewed' | 'downloaded' | 'opened' | 'issued' | 'exported' | 'backed_up';

export type ViewedKind = 'case' | 'resident' | 'attachment' | 'letter' | 'post_export' | 'store' | 'report';

/** A person looking at the same record again within this time is the same visit: not noted twice. */
const SAME_VISIT_MS = 5 * 60_000;

/** True when this person's last view of this record here is recent enough to be the same visit. */
export function sameVisit(
  db: BetterSqlite3.Database,
  rid: string,
  actorId: string,
  what: Viewed,
  now: number,
): boolean {
  const last = db
    .prepare(
      `SELECT hlc FROM views WHERE entity_id = ? AND actor_id = ? AND action = ? AND replica_id = ? ORDER BY hlc DESC LIMIT 1`,
    )
    .get(what.id, actorId, what.action, rid) as { hlc: string } | undefined;
  return last !== undefined && now - Date.parse(last.hlc.slice(0, 24)) < SAME_VISIT_MS;
}

/** Appends one entry on a connection already held (inside a write, or a piece of store work). */
export function appendView(
  db: BetterSqlite3.Database,
  clock: ChangeClock,
  rid: string,
  actorId: string | null,
  what: Viewed,
): void {
  const row = {
    hlc: clock.next(),
    replica_id: rid,
    actor_id: actorId,
    action: what.action,
    entity: what.entity,
    entity_id: what.id,
    sv: SCHEMA_VERSION,
  };
  const link = nextLink(db, rid, viewContent(row));
  db.prepare(
    `INSERT INTO views (hlc, replica_id, actor_id, action, entity, entity_id, sv, chain_pos, chain_hash)
     VALUES (@hlc, @replica_id, @actor_id, @action, @entity, @entity_id, @sv, @chain_pos, @chain_hash)`,
  ).run({ ...row, chain_pos: link.pos, chain_hash: link.hash });
  db.prepare(
    `INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(clock.current());
}

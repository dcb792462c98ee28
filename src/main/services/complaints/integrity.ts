// After a merge, cases whose fields were changed on different computers can break a rule no single
// computer broke (each field merges on its own). This finds them and puts them in "Needs attention"
// on every computer alike (the check reads only synced data); putting the case right clears it.
import type BetterSqlite3 from 'better-sqlite3';
import { lifecycleProblems } from '../../../shared/complaints/lifecycle';
import type { CasesTable } from '../../db/schema';
import { factsFromRow } from './facts';

/** Fields whose merge can combine into a case the lifecycle's rules forbid (see checkLifecycle). */
const LIFECYCLE_FIELDS = new Set([
  'type',
  'status',
  'stage1_handler_id',
  'stage2_handler_id',
  'stage1_responded_on',
  'stage2_responded_on',
  'deleted_at',
]);

/**
 * After a write or a merge: re-checks the cases whose lifecycle fields or points it changed, so a
 * problem a merge left is raised on every computer and clears once someone puts the case right.
 */
export function checkChangedCases(
  db: BetterSqlite3.Database,
  changed: ReadonlyArray<{ entity: string; id: string; field: string | null }>,
  at: string,
): number {
  const ids: string[] = [];
  // Most writes touch no point: prepared only when one does (this runs inside every write).
  let pointCase: BetterSqlite3.Statement | undefined;
  for (const change of changed) {
    if (change.entity === 'case' && change.field !== null && LIFECYCLE_FIELDS.has(change.field))
      ids.push(change.id);
    else if (change.entity === 'complaint_point') {
      pointCase ??= db.prepare('SELECT case_id FROM complaint_points WHERE id = ?');
      const row = pointCase.get(change.id) as { case_id: string } | undefined;
      if (row) ids.push(row.case_id);
    }
  }
  return ids.length === 0 ? 0 : checkLifecycle(db, ids, at);
}

const PROBLEMS = ['not_a_complaint', 'undecided_points', 'same_handler'] as const;

export function checkLifecycle(db: BetterSqlite3.Database, caseIds: Iterable<string>, at: string): number {
  const read = db.prepare('SELECT * FROM cases WHERE id = ?');
  const undecided = db.prepare(
    `SELECT count(*) AS n FROM complaint_points WHERE case_id = ? AND stage <= ? AND decision IS NULL AND deleted_at IS NULL`,
  );
  const raise = db.prepare(
    `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
     VALUES (?, 'lifecycle', 'case', ?, ?, ?, NULL, ?, NULL)
     ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, resolved_at = NULL`,
  );
  const clear = db.prepare(`UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL`);
  let open = 0;
  for (const id of suspects(db, [...new Set(caseIds)])) {
    const row = read.get(id) as CasesTable | undefined;
    if (!row) continue;
    const facts = factsFromRow(row as never);
    // The stages already answered: points there should all have a decision.
    const answered = facts.stage2RespondedOn ? 2 : facts.stage1RespondedOn ? 1 : 0;
    const points = answered ? (undecided.get(id, answered) as { n: number }).n : 0;
    const found = row.deleted_at ? [] : lifecycleProblems(facts, points);
    for (const problem of PROBLEMS) {
      const itemId = `lifecycle:${id}:${problem}`;
      const hit = found.find((p) => p.problem === problem);
      if (hit) {
        raise.run(itemId, id, hit.field, hit.message, at);
        open++;
      } else clear.run(at, itemId);
    }
  }
  return open;
}

/**
 * The few cases worth a full look, in one set-based query (a merge can touch 100,000 cases): those
 * matching a problem's outline, and those with an item open that may now clear.
 */
function suspects(db: BetterSqlite3.Database, ids: string[]): string[] {
  if (ids.length === 0) return [];
  return (
    db
      .prepare(
        `WITH touched(id) AS (SELECT value FROM json_each(?))
         SELECT c.id FROM touched t JOIN cases c ON c.id = t.id
         WHERE (c.type <> 'complaint' AND (c.status NOT IN ('open', 'closed') OR c.stage1_acknowledged_on IS NOT NULL))
            OR (c.stage2_handler_id IS NOT NULL AND c.stage2_handler_id = c.stage1_handler_id)
            OR (c.stage1_responded_on IS NOT NULL AND EXISTS (
                  SELECT 1 FROM complaint_points p WHERE p.case_id = c.id AND p.decision IS NULL AND p.deleted_at IS NULL))
            OR EXISTS (SELECT 1 FROM attention a WHERE a.kind = 'lifecycle' AND a.entity_id = c.id AND a.resolved_at IS NULL)`,
      )
      .raw()
      .all(JSON.stringify(ids)) as string[][]
  ).map(([id]) => id!);
}

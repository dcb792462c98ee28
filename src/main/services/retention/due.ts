// The retention review list: residents whose every case closed more than the retention period ago,
// named by initials only (the list is for deciding, not for reading their files).
import type { RetentionDue, RetentionDueResident } from '../../../shared/contract/retention';
import { todayIso } from '../../../shared/complaints/calendar';
import { initialsOf, retentionCutoff } from '../../../shared/retention/retention';
import { currentPolicy } from '../complaints/policy';
import type { ServiceContext } from '../../store/context';

export async function retentionDue(ctx: ServiceContext): Promise<RetentionDue> {
  const { retentionYears: years } = await currentPolicy(ctx.db);
  const cutoff = retentionCutoff(todayIso(ctx.now()), years);
  // One pass over the cases by resident: those whose latest closure (an open case counts as never
  // closed) falls before the cut-off, leaving out residents already erased.
  const due = ctx.sqlite
    .prepare(
      `SELECT c.resident_id AS id, r.name, max(coalesce(c.closed_on, '9999-12-31')) AS last
       FROM cases c JOIN residents r ON r.id = c.resident_id
       WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL
         AND c.resident_id NOT IN (SELECT entity_id FROM erased_records WHERE entity = 'resident')
       GROUP BY c.resident_id
       HAVING sum(c.status <> 'closed') = 0 AND last < ?
       ORDER BY last, c.resident_id`,
    )
    .all(cutoff) as Array<{ id: string; name: string; last: string }>;
  const casesOf = ctx.sqlite.prepare(
    `SELECT id, reference, closed_on FROM cases WHERE resident_id = ? AND deleted_at IS NULL ORDER BY closed_on, reference`,
  );
  const residents: RetentionDueResident[] = due.map((r) => ({
    residentId: r.id,
    initials: initialsOf(r.name),
    lastClosedOn: r.last,
    cases: (casesOf.all(r.id) as Array<{ id: string; reference: string; closed_on: string }>).map((c) => ({
      caseId: c.id,
      reference: c.reference,
      closedOn: c.closed_on,
    })),
  }));
  return { years, cutoff, residents };
}

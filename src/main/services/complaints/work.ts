// "My work" and the managers' view: open cases, most urgent first. Deadlines are computed from
// the recorded dates on every read (policy or calendar edits apply at once); the index on
// (owner_id, is_open) keeps an officer's list small whatever the size of the store. My work also
// holds the cases where my investigation tasks or promised actions are overdue — even a closed
// case, since a promise to the resident outlives it — found through the indexes on
// (assignee_id, status, due_on) and (owner_person_id, status, due_on).
import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { OverdueWork, WorkItem, WorkList } from '../../../shared/contract/types';
import { byUrgency, caseDeadline } from '../../../shared/complaints/caseDeadline';
import type { CaseStatus, CaseType, ServiceArea } from '../../../shared/domain/vocabulary';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { dateProblem, FACT_COLUMNS, readableFacts } from './facts';
import { deadlineRules } from './policy';

const STAGE_STATUSES = {
  1: ['stage1', 'stage1_responded'],
  2: ['stage2_requested', 'stage2', 'stage2_responded'],
} as const;

/** My open tasks and promised actions past their due date, by case. */
async function myOverdueWork(
  db: Kysely<Database>,
  me: string,
  today: string,
): Promise<Map<string, OverdueWork>> {
  const tasks = await db
    .selectFrom('investigation_tasks')
    .select(['case_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('due_on').as('since')])
    .where('assignee_id', '=', me)
    .where('status', '=', 'open')
    .where('due_on', '<', today)
    .where('deleted_at', 'is', null)
    .groupBy('case_id')
    .execute();
  const actions = await db
    .selectFrom('promised_actions')
    .select(['case_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('due_on').as('since')])
    .where('owner_person_id', '=', me)
    .where('status', '=', 'open')
    .where('due_on', '<', today)
    .where('deleted_at', 'is', null)
    .groupBy('case_id')
    .execute();
  const byCase = new Map<string, OverdueWork>();
  const add = (caseId: string, n: number, since: string, what: 'tasks' | 'actions') => {
    const w = byCase.get(caseId) ?? { tasks: 0, actions: 0, since };
    w[what] += Number(n);
    if (since < w.since) w.since = since;
    byCase.set(caseId, w);
  };
  for (const t of tasks) add(t.case_id, t.n, t.since, 'tasks');
  for (const a of actions) add(a.case_id, a.n, a.since, 'actions');
  return byCase;
}

const isUrgent = (i: WorkItem) => i.deadline?.rag === 'overdue' || Boolean(i.overdueWork);

export async function listWork(ctx: ServiceContext, input: ParsedInputOf<'work.list'>): Promise<WorkList> {
  const { policy, calendar, today } = await deadlineRules(ctx);
  const filtered = () => {
    let q = ctx.db
      .selectFrom('cases as c')
      .leftJoin('residents as r', 'r.id', 'c.resident_id')
      .leftJoin('people as p', 'p.id', 'c.owner_id')
      .select([
        'c.id',
        'c.reference',
        'c.summary',
        'c.service_area',
        'c.hs_risk',
        'r.name as resident_name',
        'p.name as owner_name',
        ...Object.values(FACT_COLUMNS).map((col) => `c.${col}` as const),
        // The earliest outstanding Ombudsman request, if any: usually none, so a cheap probe.
        sql<
          string | null
        >`(SELECT min(o.due_on) FROM ombudsman_requests o WHERE o.case_id = c.id AND o.done_on IS NULL AND o.deleted_at IS NULL)`.as(
          'ombudsman_due',
        ),
      ])
      .where('c.deleted_at', 'is', null);
    // A complaint awaiting acknowledgement is at stage 1 already (its clock is running).
    if (input.stage === 1)
      q = q.where((eb) =>
        eb.or([
          eb('c.status', 'in', [...STAGE_STATUSES[1]]),
          eb.and([eb('c.status', '=', 'open'), eb('c.type', '=', 'complaint')]),
        ]),
      );
    else if (input.stage === 2) q = q.where('c.status', 'in', [...STAGE_STATUSES[2]]);
    if (input.serviceArea) q = q.where('c.service_area', '=', input.serviceArea);
    return q;
  };
  let q = filtered().where('c.is_open', '=', 1);
  if (input.mine) q = q.where('c.owner_id', '=', ctx.me?.id ?? '');
  else if (input.ownerId) q = q.where('c.owner_id', '=', input.ownerId);
  const rows = await q.execute();
  const overdue = input.mine && ctx.me ? await myOverdueWork(ctx.db, ctx.me.id, today) : new Map();
  const listed = new Set(rows.map((r) => r.id));
  const elsewhere = [...overdue.keys()].filter((id) => !listed.has(id));
  if (elsewhere.length > 0) rows.push(...(await filtered().where('c.id', 'in', elsewhere).execute()));
  const items: WorkItem[] = rows.map((r) => {
    const { facts } = readableFacts(r);
    const ombudsmanDue = r.ombudsman_due && !dateProblem(r.ombudsman_due) ? r.ombudsman_due : null;
    return {
      id: r.id,
      reference: r.reference,
      type: r.type as CaseType,
      status: r.status as CaseStatus,
      summary: r.summary,
      residentName: r.resident_name,
      ownerId: r.owner_id ?? null,
      ownerName: r.owner_name,
      serviceArea: (r.service_area ?? null) as ServiceArea | null,
      hsRisk: r.hs_risk === 1,
      deadline: caseDeadline(facts, policy, calendar, today, ombudsmanDue),
      overdueWork: overdue.get(r.id) ?? null,
    };
  });
  // Overdue work of any kind first; health and safety first within the same urgency: they must
  // not wait behind routine work.
  items.sort(
    (a, b) =>
      Number(isUrgent(b)) - Number(isUrgent(a)) ||
      byUrgency(a.deadline, b.deadline) ||
      Number(b.hsRisk) - Number(a.hsRisk),
  );
  return { items: items.slice(0, input.limit), total: items.length, today };
}

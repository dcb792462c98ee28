// "My work" and Open cases (the managers' view): open cases, most urgent first, a page at a time,
// with the urgency tiles' counts. Open cases pages and counts in the indexes on each case's stored
// next deadline (cases.due_order, kept equal to caseDeadline by nextDeadlines.ts), so any page of
// any filter costs the same at a million cases. My work is one officer's: it is small (the index
// on (owner_id, is_open)), ranked in memory, and also holds the cases where my investigation
// tasks or promised actions are overdue — even a closed case, since a promise to the resident
// outlives it — found through the indexes on (assignee_id, status, due_on) and
// (owner_person_id, status, due_on).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { OverdueWork, UrgencyTiles, WorkItem, WorkList } from '../../../shared/contract/types';
import { byUrgency, caseDeadline } from '../../../shared/complaints/caseDeadline';
import type { CaseStatus, CaseType, ServiceArea } from '../../../shared/domain/vocabulary';
import type { Database } from '../../db/schema';
import { AppError } from '../../../shared/contract/errors';
import { mayViewWorkOf, OTHERS_WORK_REFUSAL } from '../../../shared/domain/roles';
import { requireOfficer, type ServiceContext } from '../../store/context';
import { dateProblem, FACT_COLUMNS, readableFacts } from './facts';
import { deadlineRules } from './policy';
import { settlePendingDeadlines } from './nextDeadlines';
import { urgencyBands, type UrgencyBands, type UrgencyFilter } from '../../../shared/complaints/urgencyBands';
import type { PolicyProfile } from '../../../shared/complaints/policy';
import type { WorkingCalendar } from '../../../shared/complaints/calendar';

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

type Input = ParsedInputOf<'work.list'>;
interface Rules {
  policy: PolicyProfile;
  calendar: WorkingCalendar;
  today: string;
  bands: UrgencyBands;
}

export async function listWork(ctx: ServiceContext, input: Input): Promise<WorkList> {
  // Another officer's list is a manager's view (the role matrix); the team's open cases are not.
  const me = requireOfficer(ctx);
  if (input.ownerId && !mayViewWorkOf(me, input.ownerId))
    throw new AppError('FORBIDDEN', OTHERS_WORK_REFUSAL);
  await settlePendingDeadlines(ctx);
  const { policy, calendar, today } = await deadlineRules(ctx);
  const rules = { policy, calendar, today, bands: urgencyBands(calendar, today) };
  return input.mine ? myWork(ctx, input, rules) : openCases(ctx, input, rules);
}

/** The case columns a work item shows, with the earliest outstanding Ombudsman request. */
function workRows(db: Kysely<Database>) {
  return db
    .selectFrom('cases as c')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .leftJoin('people as p', 'p.id', 'c.owner_id')
    .select([
      'c.id',
      'c.n',
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
}

type WorkRow = Awaited<ReturnType<ReturnType<typeof workRows>['execute']>>[number];

function toWorkItem(r: WorkRow, rules: Rules, overdue: Map<string, OverdueWork>): WorkItem {
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
    deadline: caseDeadline(facts, rules.policy, rules.calendar, rules.today, ombudsmanDue),
    overdueWork: overdue.get(r.id) ?? null,
  };
}

/** The list's filters other than urgency, as terms on `cases as c`. */
function filterTerms(input: Input): RawBuilder<boolean>[] {
  const terms: RawBuilder<boolean>[] = [];
  // A complaint awaiting acknowledgement is at stage 1 already (its clock is running).
  const inStatuses = (list: readonly string[]) => sql.join(list.map((x) => sql`${x}`));
  if (input.stage === 1)
    terms.push(
      sql<boolean>`(c.status IN (${inStatuses(STAGE_STATUSES[1])}) OR (c.status = 'open' AND c.type = 'complaint'))`,
    );
  else if (input.stage === 2) terms.push(sql<boolean>`c.status IN (${inStatuses(STAGE_STATUSES[2])})`);
  if (input.serviceArea) terms.push(sql<boolean>`c.service_area = ${input.serviceArea}`);
  if (input.type) terms.push(sql<boolean>`c.type = ${input.type}`);
  if (input.ownerId && !input.mine) terms.push(sql<boolean>`c.owner_id = ${input.ownerId}`);
  return terms;
}

// ---- Open cases: in the indexes ----

/** The due_order range (or risk) one urgency tile counts: due_order is the date and a risk digit. */
function urgencyTerm(urgency: UrgencyFilter, b: UrgencyBands) {
  switch (urgency) {
    case 'overdue':
      return sql<boolean>`c.due_order < ${b.today}`;
    case 'due_today':
      return sql<boolean>`c.due_order >= ${b.today} AND c.due_order < ${b.soonFrom}`;
    case 'due_soon':
      return sql<boolean>`c.due_order >= ${b.soonFrom} AND c.due_order < ${b.onTrackFrom}`;
    case 'health_and_safety':
      return sql<boolean>`c.hs_risk = 1`;
  }
}

async function openCases(ctx: ServiceContext, input: Input, rules: Rules): Promise<WorkList> {
  // Literal terms, as the partial indexes are declared (deleted_at IS NULL AND is_open = 1).
  const terms = [sql<boolean>`c.deleted_at IS NULL`, sql<boolean>`c.is_open = 1`, ...filterTerms(input)];
  const open = () => terms.reduce((q, term) => q.where(term), ctx.db.selectFrom('cases as c'));
  const b = rules.bands;
  // One range count per tile, each answered inside an index. (A single pass summing every tile
  // reads each open case's row, since SQLite takes the generated due_order from the table: 200 ms
  // at a million cases instead of well under one.)
  const count = async (term?: ReturnType<typeof urgencyTerm>) =>
    Number(
      (
        await (term ? open().where(term) : open())
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const [all, overdue, dueToday, dueSoon, healthAndSafety] = await Promise.all([
    count(),
    count(urgencyTerm('overdue', b)),
    count(urgencyTerm('due_today', b)),
    count(urgencyTerm('due_soon', b)),
    count(urgencyTerm('health_and_safety', b)),
  ]);
  const tiles: UrgencyTiles = { overdue, dueToday, dueSoon, healthAndSafety };
  let page = open().select('c.n');
  if (input.urgency) page = page.where(urgencyTerm(input.urgency, b));
  const ns = (
    await page.orderBy('c.due_order').orderBy('c.n').limit(input.limit).offset(input.offset).execute()
  ).map((r) => r.n);
  const rows = ns.length ? await workRows(ctx.db).where('c.n', 'in', ns).execute() : [];
  const byN = new Map(rows.map((r) => [r.n, r]));
  const none = new Map<string, OverdueWork>();
  return {
    items: ns.flatMap((n) => {
      const r = byN.get(n);
      return r ? [toWorkItem(r, rules, none)] : [];
    }),
    total: input.urgency ? tiles[TILE_OF[input.urgency]] : all,
    offset: input.offset,
    tiles,
    today: rules.today,
  };
}

const TILE_OF: Record<UrgencyFilter, keyof UrgencyTiles> = {
  overdue: 'overdue',
  due_today: 'dueToday',
  due_soon: 'dueSoon',
  health_and_safety: 'healthAndSafety',
};

// ---- My work: one officer's, in memory ----

/** My overdue tasks or promises make a case urgent, whatever its own deadline. */
const isUrgent = (i: WorkItem) => i.deadline?.rag === 'overdue' || Boolean(i.overdueWork);

/** Which tile a work item counts under (besides health and safety). */
function inTile(i: WorkItem, urgency: UrgencyFilter): boolean {
  if (urgency === 'health_and_safety') return i.hsRisk;
  if (urgency === 'overdue') return isUrgent(i);
  return !isUrgent(i) && i.deadline?.rag === urgency;
}

async function myWork(ctx: ServiceContext, input: Input, rules: Rules): Promise<WorkList> {
  const me = ctx.me?.id ?? '';
  const mine = () => filterTerms(input).reduce((q, term) => q.where(term), workRows(ctx.db));
  const rows = await mine().where('c.is_open', '=', 1).where('c.owner_id', '=', me).execute();
  const overdue = ctx.me ? await myOverdueWork(ctx.db, me, rules.today) : new Map<string, OverdueWork>();
  const listed = new Set(rows.map((r) => r.id));
  const elsewhere = [...overdue.keys()].filter((id) => !listed.has(id));
  if (elsewhere.length > 0) rows.push(...(await mine().where('c.id', 'in', elsewhere).execute()));
  const all = rows.map((r) => toWorkItem(r, rules, overdue));
  // Overdue work of any kind first; health and safety first within the same urgency: they must
  // not wait behind routine work.
  all.sort(
    (a, b) =>
      Number(isUrgent(b)) - Number(isUrgent(a)) ||
      byUrgency(a.deadline, b.deadline) ||
      Number(b.hsRisk) - Number(a.hsRisk),
  );
  const tiles: UrgencyTiles = {
    overdue: all.filter((i) => inTile(i, 'overdue')).length,
    dueToday: all.filter((i) => inTile(i, 'due_today')).length,
    dueSoon: all.filter((i) => inTile(i, 'due_soon')).length,
    healthAndSafety: all.filter((i) => inTile(i, 'health_and_safety')).length,
  };
  const { urgency } = input;
  const matching = urgency ? all.filter((i) => inTile(i, urgency)) : all;
  return {
    items: matching.slice(input.offset, input.offset + input.limit),
    total: matching.length,
    offset: input.offset,
    tiles,
    today: rules.today,
  };
}

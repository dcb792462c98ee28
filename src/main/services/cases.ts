// Cases: open (from a call or on their own), triage and close, list and find (one case's page: caseView.ts).
import { sql } from 'kysely';
import { AppError } from '../../shared/contract/errors';
import type { CaseSort, ParsedInputOf } from '../../shared/contract';
import type { CaseListPage, CaseRow } from '../../shared/contract/types';
import { CASE_COUNT_CAP } from '../../shared/contract/inputs';
import { formatCaseReference } from '../../shared/domain/caseReference';
import { uuidv7 } from '../../shared/domain/ids';
import type { CaseType } from '../../shared/domain/vocabulary';
import { indexCase, toFtsQuery } from '../db/fts';
import type { ServiceContext, Write } from '../store/context';
import { write } from '../store/context';
import { readMeta, writeMeta } from './installation';
import { toCaseRow } from './mappers';
import { runCommand, setCaseColumns } from './complaints/commands';
import { todayIso } from '../../shared/complaints/calendar';
import { ragStatus } from '../../shared/complaints/deadlines';
import { caseDeadline } from '../../shared/complaints/caseDeadline';
import type { PolicyProfile } from '../../shared/complaints/policy';
import type { WorkingCalendar } from '../../shared/complaints/calendar';
import type { DeadlineView } from '../../shared/contract/types';
import { readableFacts } from './complaints/facts';
import { settlePendingDeadlines } from './complaints/nextDeadlines';
import { deadlineRules } from './complaints/policy';
import { receivedDateProblem, receivedOnWhenRetyped } from '../../shared/complaints/received';
import type { IsoDate } from '../../shared/complaints/calendar';

export const DEFAULT_REFERENCE_PREFIX = 'RD';

/** The next reference this installation issues: its own code and a per-year sequence, so no clash offline. */
async function nextReference(ctx: ServiceContext, w: Write): Promise<string> {
  const year = new Date(w.at).getUTCFullYear();
  const key = `case_seq:${year}`;
  const sequence = Number((await readMeta(w.tx, key)) ?? '0') + 1;
  await writeMeta(w.tx, key, String(sequence));
  const prefix = (await readMeta(w.tx, 'reference_prefix')) ?? DEFAULT_REFERENCE_PREFIX;
  return formatCaseReference({ prefix, year, installationCode: ctx.installation.code, sequence });
}

export async function openCaseIn(
  ctx: ServiceContext,
  w: Write,
  input: {
    type: CaseType;
    summary: string;
    residentId: string | null;
    /** When the complaint reached the landlord, if not today (a call logged later, a letter). */
    receivedOn?: IsoDate | undefined;
  },
): Promise<CaseRow> {
  const today = todayIso(new Date(w.at));
  if (input.receivedOn !== undefined) {
    const problem =
      input.type !== 'complaint'
        ? 'Only a complaint has a date received (the Code’s clock); leave it out for this type of case.'
        : receivedDateProblem(input.receivedOn, { today, acknowledgedOn: null, issueNoticedOn: null });
    if (problem)
      throw new AppError('VALIDATION', `Date received: ${problem}`, {
        issues: [{ path: 'receivedOn', message: problem }],
      });
  }
  let residentName: string | null = null;
  if (input.residentId) {
    const resident = await w.tx
      .selectFrom('residents')
      .select('name')
      .where('id', '=', input.residentId)
      .executeTakeFirst();
    if (!resident) {
      throw new AppError('VALIDATION', 'That resident is not in this case store.', {
        issues: [{ path: 'residentId', message: 'No such resident' }],
      });
    }
    residentName = resident.name;
  }
  const row = {
    id: uuidv7(),
    reference: await nextReference(ctx, w),
    type: input.type,
    status: 'open' as const,
    summary: input.summary,
    // Whoever takes the call owns the case until a stage is acknowledged by its handler.
    owner_id: w.actor.id,
    // The Code's clock starts the day a complaint is received.
    received_on: receivedOnWhenRetyped(
      { receivedOn: null, stage1AcknowledgedOn: null },
      input.type,
      input.receivedOn ?? today,
    ),
    resident_id: input.residentId,
    created_by: w.actor.id,
    created_at: w.at,
    updated_at: w.at,
  };
  const { n } = await w.tx.insertInto('cases').values(row).returning('n').executeTakeFirstOrThrow();
  await w.changes.created('case', row.id, row);
  await indexCase(w.tx, n, { reference: row.reference, summary: row.summary, residentName }, false);
  return toCaseRow({ ...row, resident_name: residentName });
}

export async function openCase(ctx: ServiceContext, input: ParsedInputOf<'cases.open'>): Promise<CaseRow> {
  return write(ctx, async (w) => {
    let residentId = input.residentId;
    const contact = input.fromContactId
      ? await w.tx.selectFrom('contacts').selectAll().where('id', '=', input.fromContactId).executeTakeFirst()
      : null;
    if (input.fromContactId && !contact) {
      throw new AppError('VALIDATION', 'That call is not in this case store.', {
        issues: [{ path: 'fromContactId', message: 'No such call' }],
      });
    }
    if (contact?.case_id) {
      throw new AppError('CONFLICT', 'That call already belongs to a case.', { caseId: contact.case_id });
    }
    residentId ??= contact?.resident_id ?? null;
    const opened = await openCaseIn(ctx, w, {
      type: input.type,
      summary: input.summary,
      residentId,
      receivedOn:
        input.receivedOn ??
        (contact && input.type === 'complaint' ? todayIso(new Date(contact.occurred_at)) : undefined),
    });
    if (contact) {
      await w.changes.updated('contact', contact.id, contact, { case_id: opened.id });
      await w.tx.updateTable('contacts').set({ case_id: opened.id }).where('id', '=', contact.id).execute();
    }
    return opened;
  });
}

/** Deletes a case opened in error: a tombstone that syncs like any change, so it stays deleted everywhere. */
export async function deleteCase(
  ctx: ServiceContext,
  id: string,
): Promise<{ id: string; reference: string; deletedAt: string }> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('cases')
      .select(['id', 'reference', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before || before.deleted_at)
      throw new AppError('NOT_FOUND', 'That case is not in this case store (it may already be deleted).');
    await w.changes.set('case', id, 'deleted_at', null, w.at);
    await w.tx
      .updateTable('cases')
      .set({ deleted_at: w.at, updated_at: w.at })
      .where('id', '=', id)
      .execute();
    return { id, reference: before.reference, deletedAt: w.at };
  });
}

export async function updateCase(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.update'>,
): Promise<CaseRow> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', input.id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
    const { type, status, summary } = input.changes;
    // Type and open/closed go through the lifecycle's rules like every other step.
    const on = todayIso(ctx.now());
    if (type && type !== before.type) await runCommand(ctx, w, before.id, { kind: 'triage', type, on });
    if (status === 'closed' && before.status !== 'closed')
      await runCommand(ctx, w, before.id, { kind: 'close', on });
    if (status === 'open' && before.status === 'closed')
      await runCommand(ctx, w, before.id, { kind: 'reopen', on, note: 'Reopened' });
    if (summary !== undefined) await setCaseColumns(w, before, { summary });
    const row = await w.tx
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    const resident = row.resident_id
      ? await w.tx.selectFrom('residents').select('name').where('id', '=', row.resident_id).executeTakeFirst()
      : undefined;
    if (summary !== undefined && summary !== before.summary) {
      await indexCase(
        w.tx,
        row.n,
        { reference: row.reference, summary: row.summary, residentName: resident?.name ?? null },
        true,
      );
    }
    return toCaseRow({ ...row, resident_name: resident?.name ?? null });
  });
}

// ---- Listing ----

interface SortSpec {
  column: 'c.created_at' | 'c.reference' | 'c.due_order';
  direction: 'asc' | 'desc';
}
const SORTS: Record<CaseSort, SortSpec> = {
  newest: { column: 'c.created_at', direction: 'desc' },
  oldest: { column: 'c.created_at', direction: 'asc' },
  reference: { column: 'c.reference', direction: 'asc' },
  reference_desc: { column: 'c.reference', direction: 'desc' },
  // Soonest deadline first; nothing due last (cases.due_order, migration 7).
  deadline: { column: 'c.due_order', direction: 'asc' },
};

type Cursor = [key: string, n: number];

/**
 * A listed case's deadline from its stored next due date: the lifecycle's, or (when the stored
 * date is not the lifecycle's) its outstanding Ombudsman request, the only other source.
 */
function listedDeadline(
  row: Parameters<typeof readableFacts>[0] & { next_due_on?: string | null },
  policy: PolicyProfile,
  calendar: WorkingCalendar,
  today: IsoDate,
): DeadlineView | null {
  const due = row.next_due_on;
  if (!due) return null;
  const own = caseDeadline(readableFacts(row).facts, policy, calendar, today);
  if (own?.due === due) return own;
  return { what: 'ombudsman', stage: null, due, ...ragStatus(calendar, due, today) };
}

function cursorKey(
  sort: SortSpec,
  row: { created_at: string; reference: string; due_order: string },
): string {
  if (sort.column === 'c.created_at') return row.created_at;
  return sort.column === 'c.reference' ? row.reference : row.due_order;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isInteger(value[1]))
      return value as Cursor;
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION', 'The page marker is not valid; start again from the first page.', {
    issues: [{ path: 'cursor', message: 'Not a page marker from this list' }],
  });
}

/**
 * One page of cases. Every order the UI offers is served by an index for every filter
 * combination, and pages continue from a keyset cursor, so page 1 and page 20,000 cost the same.
 * While searching, "newest"/"oldest" follow the order cases were recorded in this store.
 */
export async function listCases(
  ctx: ServiceContext,
  input: Omit<ParsedInputOf<'cases.list'>, 'cursor' | 'search'> & { cursor?: string | null; search?: string },
): Promise<CaseListPage> {
  const sort = SORTS[input.sort];
  const match = input.search ? toFtsQuery(input.search, 'last', 3) : null;
  if (input.search && !match) return { items: [], nextCursor: null, total: 0, totalCapped: false };
  await settlePendingDeadlines(ctx);
  const byRecordOrder = match !== null && sort.column === 'c.created_at';
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const cmp = sort.direction === 'desc' ? '<' : '>';

  // While searching in record order, walk the full-text index newest-first and stop at a page:
  // cost follows the page, not the number of matches. Other orders must see every match.
  let q = (
    byRecordOrder
      ? ctx.db
          .selectFrom('case_fts as f')
          .innerJoin('cases as c', 'c.n', 'f.rowid')
          .where(sql<boolean>`f.case_fts MATCH ${match}`)
      : ctx.db.selectFrom('cases as c')
  )
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .leftJoin('people as p', 'p.id', 'c.owner_id')
    .selectAll('c')
    .select(['r.name as resident_name', 'p.name as owner_name']);

  // The filters, as literal terms (the partial indexes on deadlines are declared that way).
  const terms = [sql<boolean>`c.deleted_at IS NULL`];
  if (input.type) terms.push(sql<boolean>`c.type = ${input.type}`);
  if (input.status)
    terms.push(input.status === 'open' ? sql<boolean>`c.is_open = 1` : sql<boolean>`c.is_open = 0`);
  if (input.residentId) terms.push(sql<boolean>`c.resident_id = ${input.residentId}`);
  if (input.mine) terms.push(sql<boolean>`c.owner_id = ${ctx.me?.id ?? ''}`);
  const matching = match
    ? sql<boolean>`c.n IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ${match})`
    : null;
  for (const term of terms) q = q.where(term);
  if (matching && !byRecordOrder) q = q.where(matching);
  if (cursor) {
    q = byRecordOrder
      ? q.where(sql<boolean>`f.rowid ${sql.raw(cmp)} ${cursor[1]}`)
      : q.where(sql<boolean>`(${sql.ref(sort.column)}, c.n) ${sql.raw(cmp)} (${cursor[0]}, ${cursor[1]})`);
  }
  q = byRecordOrder
    ? q.orderBy(sql`f.rowid`, sort.direction)
    : q.orderBy(sort.column, sort.direction).orderBy('c.n', sort.direction);

  const rows = await q.limit(input.limit + 1).execute();
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const more = rows.length > input.limit && last;
  // Counting stops past CASE_COUNT_CAP: beyond it "more than 10,000" says enough, and counting
  // every case of a million-case store would take 0.4 s on each page.
  const matches = [...terms, ...(matching ? [matching] : [])]
    .reduce((c, term) => c.where(term), ctx.db.selectFrom('cases as c'))
    .select(sql<number>`1`.as('one'))
    .limit(CASE_COUNT_CAP + 1);
  const counted = await ctx.db
    .selectFrom(matches.as('m'))
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const { policy, calendar, today } = await deadlineRules(ctx);
  return {
    items: page.map((row) => ({
      ...toCaseRow(row),
      ownerId: row.owner_id ?? null,
      ownerName: row.owner_name,
      deadline: listedDeadline(row, policy, calendar, today),
    })),
    nextCursor: more ? encodeCursor([cursorKey(sort, last), last.n]) : null,
    total: Math.min(counted.n, CASE_COUNT_CAP),
    totalCapped: counted.n > CASE_COUNT_CAP,
  };
}

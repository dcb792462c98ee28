// Lists that scale (issue 12): each case's stored next deadline always equals the one worked out
// from its facts, whichever way the store was written; Open cases pages, totals and tile counts
// equal a brute-force count over those worked-out deadlines; the Cases list counts and sorts by
// deadline; an officer's column choice is kept. All through the real dispatch on a real store.
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import type { WorkItem } from '../../src/shared/contract/types';
import { CASE_COUNT_CAP } from '../../src/shared/contract/inputs';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
import { expectStoredEqualsComputed, truth, type Truth } from '../nextDeadlineTruth';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const TODAY = '2026-06-10';

async function open(dir: string, today = TODAY) {
  const app = await openRedress({
    unlock: TEST_UNLOCK,
    dataDir: dir,
    now: () => new Date(`${today}T09:00:00Z`),
  });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  return { app, call };
}

async function fresh(today = TODAY) {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const t = await open(tmp.dir, today);
  await t.call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'admin',
  });
  return { ...t, dir: tmp.dir };
}

/** Most urgent first: next deadline, nothing due last, health and safety first on the same date. */
const urgencyOrder = (a: Truth, b: Truth) =>
  (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || Number(b.hs) - Number(a.hs) || a.n - b.n;

const tilesOf = (cases: Truth[]) => ({
  overdue: cases.filter((c) => c.rag === 'overdue').length,
  dueToday: cases.filter((c) => c.rag === 'due_today').length,
  dueSoon: cases.filter((c) => c.rag === 'due_soon').length,
  healthAndSafety: cases.filter((c) => c.hs).length,
});

describe('Open cases at scale: pages, totals and tiles from the stored deadlines', () => {
  it('pages through every open case once, in urgency order, with exact totals and tile counts', async () => {
    const t = await fresh();
    await t.call('demo.seed', { cases: 700, seed: 12 });
    expectStoredEqualsComputed(t.app);
    const open = truth(t.app, TODAY)
      .filter((c) => c.open)
      .sort(urgencyOrder);
    expect(open.length).toBeGreaterThan(50); // more than one page of 50

    const seen: WorkItem[] = [];
    let page = await t.call('work.list', { limit: 50 });
    expect(page.total).toBe(open.length);
    expect(page.tiles).toEqual(tilesOf(open));
    for (let offset = 0; offset < page.total; offset += 50) {
      page = await t.call('work.list', { limit: 50, offset });
      expect(page.offset).toBe(offset);
      seen.push(...page.items);
    }
    expect(seen.map((i) => i.id)).toEqual(open.map((c) => c.id));
    expect(new Set(seen.map((i) => i.id)).size).toBe(open.length);
    // Each row's badge agrees with the brute force.
    const rag = new Map(open.map((c) => [c.id, c.rag]));
    for (const item of seen) expect(item.deadline?.rag ?? null).toBe(rag.get(item.id));
    // Past the end: an empty page, the same total.
    const beyond = await t.call('work.list', { limit: 50, offset: open.length + 50 });
    expect(beyond).toMatchObject({ items: [], total: open.length });

    // Each tile as a filter: its total is its count, and every row is of that urgency.
    const tiles = tilesOf(open);
    const urgencies = [
      ['overdue', 'overdue', (c: Truth) => c.rag === 'overdue'],
      ['due_today', 'dueToday', (c: Truth) => c.rag === 'due_today'],
      ['due_soon', 'dueSoon', (c: Truth) => c.rag === 'due_soon'],
      ['health_and_safety', 'healthAndSafety', (c: Truth) => c.hs],
    ] as const;
    for (const [urgency, tile, test] of urgencies) {
      const filtered = await t.call('work.list', { urgency, limit: 1000 });
      expect(filtered.total).toBe(tiles[tile]);
      expect(filtered.items.map((i) => i.id)).toEqual(open.filter(test).map((c) => c.id));
    }
    expect(tiles.overdue + tiles.dueToday + tiles.dueSoon).toBeGreaterThan(0);

    // The other filters, against the brute force.
    const owner = open.find((c) => c.ownerId)!.ownerId!;
    const area = open.find((c) => c.serviceArea)!.serviceArea!;
    const stage1 = (c: Truth) =>
      ['stage1', 'stage1_responded'].includes(c.status) || (c.status === 'open' && c.type === 'complaint');
    const filters: Array<[InputOf<'work.list'>, (c: Truth) => boolean]> = [
      [{ ownerId: owner }, (c) => c.ownerId === owner],
      [{ serviceArea: area as never }, (c) => c.serviceArea === area],
      [{ type: 'compliment' }, (c) => c.type === 'compliment'],
      [{ type: 'complaint', urgency: 'overdue' }, (c) => c.type === 'complaint' && c.rag === 'overdue'],
      [{ stage: 1 }, stage1],
      [{ stage: 2 }, (c) => ['stage2_requested', 'stage2', 'stage2_responded'].includes(c.status)],
    ];
    for (const [input, test] of filters) {
      const got = await t.call('work.list', { ...input, limit: 1000 });
      const want = open.filter(test);
      expect(
        got.items.map((i) => i.id),
        JSON.stringify(input),
      ).toEqual(want.map((c) => c.id));
      expect(got.total).toBe(want.length);
    }
    // Compliments have no deadline: they sort last and show none.
    const compliments = await t.call('work.list', { type: 'compliment', limit: 5 });
    for (const item of compliments.items) expect(item.deadline).toBeNull();
  }, 60_000);

  it('refuses a bad page or urgency plainly', async () => {
    const t = await fresh();
    for (const input of [{ offset: -1 }, { urgency: 'late' }, { limit: 0 }]) {
      const result = await t.app.dispatch('work.list', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
  });

  it('My work: my overdue tasks count as overdue, and filtering by tile keeps them', async () => {
    const t = await fresh();
    const me = t.app.context.me!.id;
    const quiet = await t.call('cases.open', { type: 'enquiry', summary: 'Bin collection times' });
    await t.call('tasks.add', {
      caseId: quiet.id,
      what: 'Collection times',
      withWhom: 'The council',
      dueOn: TODAY,
      assigneeId: me,
    });
    const fresh1 = await t.call('cases.open', { type: 'complaint', summary: 'Mould again' });
    // Two days on, the task is overdue.
    await t.app.close();
    cleanups.pop();
    const later = await open(t.dir, '2026-06-12');
    const mine = await later.call('work.list', { mine: true });
    expect(mine.tiles.overdue).toBe(1);
    expect(mine.items[0]?.id).toBe(quiet.id);
    const overdue = await later.call('work.list', { mine: true, urgency: 'overdue' });
    expect(overdue.items.map((i) => i.id)).toEqual([quiet.id]);
    expect((await later.call('work.list', { mine: true, type: 'complaint' })).items.map((i) => i.id)).toEqual(
      [fresh1.id],
    );
  });
});

describe('the stored next deadline follows every way a case can change', () => {
  it('after lifecycle steps, an Ombudsman request, a policy change, a closure day and a restore', async () => {
    const t = await fresh();
    const stored = (id: string) =>
      (t.app.context.sqlite.prepare('SELECT next_due_on FROM cases WHERE id = ?').pluck().get(id) ?? null) as
        string | null;
    const c = await t.call('cases.open', { type: 'complaint', summary: 'Leaking roof' });
    expect(stored(c.id)).toBe('2026-06-17'); // acknowledge within 5 working days
    expectStoredEqualsComputed(t.app);
    await t.call('cases.command', { id: c.id, command: { kind: 'acknowledge', on: TODAY, how: 'phone' } });
    expect(stored(c.id)).toBe('2026-06-24'); // respond within 10 working days of receipt
    expectStoredEqualsComputed(t.app);

    // An Ombudsman request due sooner than the response becomes the next deadline; done, it goes.
    const detail = await t.call('ombudsman.addRequest', {
      caseId: c.id,
      kind: 'evidence',
      detail: 'Repair records',
      requestedOn: TODAY,
      dueOn: '2026-06-12',
    });
    expect(stored(c.id)).toBe('2026-06-12');
    const requestId = t.app.context.sqlite
      .prepare('SELECT id FROM ombudsman_requests')
      .pluck()
      .get() as string;
    expect(detail.case.id).toBe(c.id);
    await t.call('ombudsman.markDone', { id: requestId, doneOn: TODAY });
    expect(stored(c.id)).toBe('2026-06-24');

    // A looser policy moves it; so does an office closure day inside the period.
    await t.call('policy.update', { policy: { ...CODE_POLICY, closureDays: [], stage1ResponseDays: 15 } });
    expect(stored(c.id)).toBe('2026-07-01');
    expectStoredEqualsComputed(t.app);
    await t.call('policy.update', {
      policy: { ...CODE_POLICY, closureDays: ['2026-06-15'], stage1ResponseDays: 15 },
    });
    expect(stored(c.id)).toBe('2026-07-02');
    expectStoredEqualsComputed(t.app);

    // Closed: nothing due; deleted cases drop out of the lists.
    const other = await t.call('cases.open', { type: 'complaint', summary: 'Noise' });
    await t.call('cases.update', { id: other.id, changes: { status: 'closed' } });
    expect(stored(other.id)).toBeNull();
    expectStoredEqualsComputed(t.app);

    // A restore into an empty store brings the same deadlines back (worked out there, not copied).
    const backup = await t.call('backup.export', {});
    const target = tempDir();
    cleanups.push(target.remove);
    const restored = await open(target.dir);
    await restored.call('backup.restore', { content: backup.content });
    expect((await restored.call('work.list', { limit: 10 })).items.map((i) => i.deadline?.due)).toEqual([
      '2026-07-02',
    ]);
    expectStoredEqualsComputed(restored.app);
  });

  it('is worked out again for a store opened after its bank holidays or policy were changed outside the app', async () => {
    const t = await fresh();
    const c = await t.call('cases.open', { type: 'complaint', summary: 'Broken boiler' });
    // As an older version would leave it: a wrong value and a calendar it did not know.
    t.app.context.sqlite.prepare("UPDATE cases SET next_due_on = '2001-01-01' WHERE id = ?").run(c.id);
    t.app.context.sqlite.prepare('DELETE FROM deadline_pending').run();
    t.app.context.sqlite.prepare("DELETE FROM meta WHERE key = 'deadline_calendar'").run();
    await t.app.close();
    cleanups.pop();
    const again = await open(t.dir);
    expectStoredEqualsComputed(again.app);
  });
});

describe('the Cases list: totals, handler and next deadline, sorted by deadline', () => {
  it('counts every match, pages by deadline with no gaps, and shows handler and deadline', async () => {
    const t = await fresh();
    await t.call('demo.seed', { cases: 300, seed: 5 });
    const all = truth(t.app, TODAY);
    const first = await t.call('cases.list', { status: 'open', sort: 'deadline', limit: 40 });
    const open = all
      .filter((c) => c.open)
      .sort(
        (a, b) =>
          (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') ||
          Number(b.hs) - Number(a.hs) ||
          a.n - b.n,
      );
    expect(first.total).toBe(open.length);
    const ids = first.items.map((i) => i.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await t.call('cases.list', { status: 'open', sort: 'deadline', limit: 40, cursor });
      expect(next.total).toBe(open.length);
      ids.push(...next.items.map((i) => i.id));
      cursor = next.nextCursor;
    }
    expect(ids).toEqual(open.map((c) => c.id));
    const row = first.items[0]!;
    const want = open[0]!;
    expect(row).toMatchObject({ ownerId: want.ownerId });
    expect(row.deadline?.due ?? null).toBe(want.due);
    expect(row.deadline?.rag ?? null).toBe(want.rag);
    if (want.ownerId) expect(row.ownerName).toEqual(expect.any(String));

    expect((await t.call('cases.list', { type: 'compliment' })).total).toBe(
      all.filter((c) => c.type === 'compliment').length,
    );
    expect((await t.call('cases.list', {})).total).toBe(all.length);
    expect((await t.call('cases.list', {})).totalCapped).toBe(false);
  });

  it('counts up to 10,000 and then says "more than": a million-case store is not counted on every page', async () => {
    const t = await fresh();
    await t.call('demo.seed', { cases: CASE_COUNT_CAP + 40, seed: 6 });
    const all = await t.call('cases.list', {});
    expect(all).toMatchObject({ total: CASE_COUNT_CAP, totalCapped: true });
    expect(all.items).toHaveLength(50);
    // A filter that matches fewer is counted exactly.
    const open = await t.call('cases.list', { status: 'open' });
    expect(open.totalCapped).toBe(false);
    expect(open.total).toBe((await t.call('work.list', { limit: 1 })).total);
  }, 60_000);
});

describe('column choices per officer', () => {
  it('shows the usual columns until chosen, keeps the choice across a restart, refuses unknown columns', async () => {
    const t = await fresh();
    const usual = await t.call('lists.columns', { list: 'open_cases' });
    expect(usual.columns).toContain('nextDeadline');
    const chosen = await t.call('lists.setColumns', { list: 'open_cases', columns: ['handler', 'type'] });
    expect(chosen.columns).toEqual(['type', 'handler']);
    await t.app.close();
    cleanups.pop();
    const again = await open(t.dir);
    expect((await again.call('lists.columns', { list: 'open_cases' })).columns).toEqual(['type', 'handler']);
    expect((await again.call('lists.columns', { list: 'cases' })).columns).toContain('created');
    const bad = await again.app.dispatch('lists.setColumns', { list: 'cases', columns: ['stage'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/no column called "stage"/);
  });
});

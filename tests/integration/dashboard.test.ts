// The managers' dashboard through the real dispatch on a real store: open complaints by stage and
// urgency equal a from-scratch count of every case's deadline (the lists' yardstick), with each
// filter; overdue promised actions equal the action tracker's count; the period's figures are
// reporting.measures' for the same input; the cases behind an urgency cell are as many as it says;
// officers are refused and a period the wrong way round is refused in plain words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import type { Rag } from '../../src/shared/complaints/deadlines';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import type { ReportFilters } from '../../src/shared/contract/reporting';
import { actAs, tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
import { truth, type Truth } from '../nextDeadlineTruth';

const TODAY = '2026-06-10';
const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const RAGS: Rag[] = ['overdue', 'due_today', 'due_soon', 'on_track'];
const STAGE_2 = ['stage2_requested', 'stage2', 'stage2_responded'];

let app: RedressApp;
let remove: () => void;
const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
  const result = await app.dispatch(procedure, input);
  if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<K>;
};

/**
 * Open complaints with a deadline, by stage and urgency, counted from every case's deadline worked
 * out afresh (not the stored one) — complaints the reporting facts know, as the measures count.
 */
function expected(cases: Truth[], keep: (c: Truth) => boolean = () => true) {
  const reported = new Set(
    (
      app.context.sqlite.prepare('SELECT DISTINCT case_id AS id FROM report_stages').all() as { id: string }[]
    ).map((r) => r.id),
  );
  return ([1, 2] as const).map((stage) => {
    const rag = Object.fromEntries(RAGS.map((r) => [r, 0])) as Record<Rag, number>;
    for (const c of cases)
      if (
        c.type === 'complaint' &&
        c.open &&
        c.due !== null &&
        reported.has(c.id) &&
        (STAGE_2.includes(c.status) ? 2 : 1) === stage &&
        keep(c)
      )
        rag[c.rag as Rag]++;
    return { stage, rag };
  });
}

let overdueByHand: string;
let todayByHand: string;

beforeAll(async () => {
  const tmp = tempDir();
  remove = tmp.remove;
  app = await openRedress({
    unlock: TEST_UNLOCK,
    dataDir: tmp.dir,
    now: () => new Date(`${TODAY}T09:00:00Z`),
  });
  await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'admin',
  });
  await call('demo.seed', { cases: 400, seed: 14 });
  // Two by hand: received in April and never acknowledged (overdue), and received today.
  overdueByHand = (
    await call('cases.open', {
      type: 'complaint',
      summary: 'No heating since March',
      receivedOn: '2026-04-01',
    })
  ).id;
  todayByHand = (await call('cases.open', { type: 'complaint', summary: 'Bins not collected' })).id;
  await call('cases.updateComplaint', { id: overdueByHand, changes: { serviceArea: 'heating' } });
}, 120_000);

afterAll(async () => {
  await app?.close();
  remove?.();
});

describe('reporting.dashboard', () => {
  it('counts open complaints by stage and urgency as the lists judge each deadline', async () => {
    const cases = truth(app, TODAY);
    const d = await call('reporting.dashboard', { ...YEAR, filters: {} });
    expect(d.openByStage).toEqual(expected(cases));
    expect(d.overdueCases).toBe(d.openByStage[0]!.rag.overdue + d.openByStage[1]!.rag.overdue);
    // The hand-made ones: April's is overdue at stage 1, today's is not.
    const mine = new Map(cases.map((c) => [c.id, c]));
    expect(mine.get(overdueByHand)).toMatchObject({ status: 'open', rag: 'overdue' });
    expect(mine.get(todayByHand)?.rag).not.toBe('overdue');
    expect(d.openByStage.reduce((n, s) => n + s.rag.overdue, 0)).toBeGreaterThan(0);
    expect(d.openByStage[1]!.rag.overdue + d.openByStage[1]!.rag.on_track).toBeGreaterThan(0);
  });

  it('applies every filter to the open counts', async () => {
    const cases = truth(app, TODAY);
    const owner = cases.find((c) => c.type === 'complaint' && c.open && c.ownerId)!.ownerId!;
    const checks: [ReportFilters, (c: Truth) => boolean][] = [
      [{ serviceArea: 'heating' }, (c) => c.serviceArea === 'heating'],
      [{ officerId: owner }, (c) => c.ownerId === owner],
      [{ stage: 2 }, () => true],
    ];
    for (const [filters, keep] of checks) {
      const d = await call('reporting.dashboard', { ...YEAR, filters });
      const want = expected(cases, keep);
      // A stage filter leaves the other stage at nought, as the measures do.
      if (filters.stage === 2) for (const r of RAGS) want[0]!.rag[r] = 0;
      expect(d.openByStage, JSON.stringify(filters)).toEqual(want);
    }
    const heating = await call('reporting.dashboard', { ...YEAR, filters: { serviceArea: 'heating' } });
    expect(heating.openByStage[0]!.rag.overdue).toBeGreaterThanOrEqual(1);
  });

  it('counts overdue promised actions as the action tracker does', async () => {
    const d = await call('reporting.dashboard', { ...YEAR, filters: {} });
    const tracker = await call('actions.list', { overdue: true, limit: 1 });
    expect(tracker.totalIsAtLeast).toBe(false);
    expect(d.overdueActions).toBe(tracker.total);
    expect(d.overdueActions).toBeGreaterThan(0);
    const repairs = await call('reporting.dashboard', { ...YEAR, filters: { serviceArea: 'repairs' } });
    const trackerRepairs = await call('actions.list', { overdue: true, serviceArea: 'repairs', limit: 1 });
    expect(repairs.overdueActions).toBe(trackerRepairs.total);
  });

  it('gives the period’s figures exactly as reporting.measures, monthly figures and themes do', async () => {
    for (const filters of [{}, { stage: 1 as const }, { serviceArea: 'repairs' as const }]) {
      const d = await call('reporting.dashboard', { ...YEAR, filters });
      expect(d.measures).toEqual(await call('reporting.measures', { ...YEAR, filters }));
      expect(d.from).toBe(YEAR.from);
      expect(d.monthly.map((m) => m.month)).toHaveLength(12);
      expect(d.monthly.reduce((n, m) => n + m.stage1Received, 0)).toBe(d.measures.stage1.received);
      expect(d.themes.serviceAreas.reduce((n, a) => n + a.count, 0)).toBe(d.measures.stage1.received);
    }
  });

  it('lists as many cases behind an urgency cell as the cell counts', async () => {
    const d = await call('reporting.dashboard', { ...YEAR, filters: {} });
    for (const { stage, rag } of d.openByStage)
      for (const r of RAGS) {
        const list = await call('reporting.cases', { ...YEAR, measure: `open.${r}`, filters: { stage } });
        expect(list.count, `stage ${stage} ${r}`).toBe(rag[r]);
        expect(list.cases).toHaveLength(rag[r]);
      }
  });

  it('refuses officers, and a period that ends before it starts', async () => {
    const officer = await call('people.add', { name: 'Sam Jones', initials: 'SJ', role: 'officer' });
    const admin = app.context.me!;
    actAs(app, officer);
    const refused = await app.dispatch('reporting.dashboard', { ...YEAR, filters: {} });
    actAs(app, admin);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const backwards = await app.dispatch('reporting.dashboard', {
      from: '2026-03-31',
      to: '2025-04-01',
      filters: {},
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/end on or after/) },
    });
  });
});

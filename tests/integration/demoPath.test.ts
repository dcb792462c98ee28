// One demo path: the welcome screen's "Add demo data" and `--demo` give the same store, and in it
// the officer who set up has their own cases across every urgency, whatever the random seed and
// whatever the day (a weekend or a bank holiday too).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { seedDemoIfEmpty } from '../../src/main/router/firstRunDemo';
import { DEMO_CASES } from '../../src/shared/contract/inputs';
import type { AppStatus, WorkList } from '../../src/shared/contract/types';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(options: { demo?: boolean; now?: () => Date } = {}) {
  const root = tempDir('redress-demo-path-');
  cleanups.push(root.remove);
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: join(root.dir, 'store'), ...options });
  cleanups.push(() => app.close());
  const call = async (procedure: string, input: unknown) => {
    const r = await app.dispatch(procedure as never, input as never);
    if (!r.ok) throw new Error(`${procedure}: ${r.error.message}`);
    return r.value as never;
  };
  const setUp = () =>
    call('people.setUpOfficer', {
      password: TEST_PASSWORD,
      name: 'Priya Shah',
      initials: 'PS',
      role: 'admin',
    });
  const cases = () => (app.store.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  return { app, call, setUp, cases };
}

/** What My work shows the officer: each urgency, and the other kinds of case the demo must hold. */
function kindsIn(list: WorkList): string[] {
  const kinds = new Set<string>();
  for (const item of list.items) {
    if (item.deadline) kinds.add(item.deadline.rag);
    if (item.hsRisk) kinds.add('health_and_safety');
    if (item.status === 'open' || item.status.startsWith('stage1')) kinds.add('stage 1');
    if (item.status.startsWith('stage2')) kinds.add('stage 2');
    if (item.overdueWork?.tasks) kinds.add('overdue task');
    if (item.overdueWork?.actions) kinds.add('overdue action');
  }
  return [...kinds].sort();
}

const EVERY_KIND = [
  'due_soon',
  'due_today',
  'health_and_safety',
  'on_track',
  'overdue',
  'overdue action',
  'overdue task',
  'stage 1',
  'stage 2',
].sort();

describe('one demo path', () => {
  it('"Add demo data" and --demo give the same number of cases, with the officer’s own across every urgency', async () => {
    // The welcome screen: the officer sets up, then asks for demo data.
    const welcome = await open();
    await welcome.setUp();
    await welcome.call('demo.seedEmptyStore', {});
    const mine = (await welcome.call('work.list', { mine: true })) as WorkList;
    expect(kindsIn(mine)).toEqual(EVERY_KIND);

    // `--demo` on a new store: nothing yet; the welcome screen is told to add it after set-up.
    const started = await open({ demo: true });
    expect(await seedDemoIfEmpty(started.app.dispatch)).toEqual({ kind: 'after set-up' });
    expect(started.cases()).toBe(0);
    expect(((await started.call('app.status', {})) as AppStatus).demoRequested).toBe(true);
    await started.setUp();
    await started.call('demo.seedEmptyStore', {});
    expect(((await started.call('app.status', {})) as AppStatus).demoRequested).toBe(false);
    expect(kindsIn((await started.call('work.list', { mine: true })) as WorkList)).toEqual(EVERY_KIND);

    expect(welcome.cases()).toBe(DEMO_CASES);
    expect(started.cases()).toBe(DEMO_CASES);
  });

  it('--demo on an empty store whose officer has set up adds it at once, for them; a store in use is left alone', async () => {
    const t = await open({ demo: true });
    await t.setUp();
    expect(await seedDemoIfEmpty(t.app.dispatch)).toEqual({ kind: 'added', cases: DEMO_CASES });
    expect(kindsIn((await t.call('work.list', { mine: true })) as WorkList)).toEqual(EVERY_KIND);
    expect(await seedDemoIfEmpty(t.app.dispatch)).toMatchObject({ kind: 'refused' });
    expect(t.cases()).toBe(DEMO_CASES);
  });

  it('without --demo the welcome screen is not told to add anything', async () => {
    const t = await open();
    expect(((await t.call('app.status', {})) as AppStatus).demoRequested).toBe(false);
  });

  // A Thursday, a Saturday, Christmas Day (a Friday bank holiday) and the Monday after Easter.
  it.each(['2026-12-03', '2026-12-05', '2026-12-25', '2027-03-29'])(
    'on %s, whatever the seed, the officer has every urgency',
    async (day) => {
      const t = await open({ now: () => new Date(`${day}T10:00:00.000Z`) });
      await t.setUp();
      for (const seed of [1, 2]) {
        await t.call('demo.seed', { cases: 30, seed });
        expect(kindsIn((await t.call('work.list', { mine: true })) as WorkList)).toEqual(EVERY_KIND);
      }
    },
  );
});

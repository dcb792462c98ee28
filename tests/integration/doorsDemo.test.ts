// Demo data is a door into the store: from a window it may only fill an empty store, a script
// may add more (up to a sane number), and a large seed never stops the rest of the app answering.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalHost } from '../../src/main/host/localHost';
import { seedDemoIfEmpty } from '../../src/main/router/firstRunDemo';
import { callProcedure } from '../../src/main/router/rpc';
import { cliIn, openTestApp, tempDir } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function store(options: { officer?: boolean } = {}) {
  const root = tempDir('redress-demo-');
  cleanups.push(root.remove);
  const t = await openTestApp(join(root.dir, 'store'), options);
  cleanups.push(() => t.app.close());
  return { ...t, root: root.dir };
}

async function counts(t: Awaited<ReturnType<typeof store>>) {
  const q = (sql: string) => (t.app.store.sqlite.prepare(sql).get() as { n: number }).n;
  return {
    cases: q('SELECT count(*) AS n FROM cases'),
    people: q('SELECT count(*) AS n FROM people'),
    residents: q('SELECT count(*) AS n FROM residents'),
  };
}

describe('demo.seed (scripts only)', () => {
  it('is refused from a window, over the Electron channel and the local host, adding nobody', async () => {
    const t = await store();
    await t.call('cases.open', { type: 'enquiry', summary: 'A real enquiry' });
    const before = await counts(t);
    const fromWindow = await callProcedure(t.app.dispatch, { procedure: 'demo.seed', input: { cases: 10 } });
    expect(fromWindow).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    expect(await counts(t)).toEqual(before);

    const root = tempDir('redress-demo-host-');
    cleanups.push(root.remove);
    const host = await startLocalHost({ dataDir: root.dir, autoSync: false });
    cleanups.push(() => host.close());
    const res = await fetch(`${host.origin}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ procedure: 'demo.seed', input: { cases: 10 } }),
    });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
  });

  it('is capped at 100,000 cases in the contract and on the command line', async () => {
    const t = await store();
    for (const cases of [100_001, 2_000_000]) {
      const r = await t.app.dispatch('demo.seed', { cases });
      expect(r, String(cases)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const cli = await cliIn(join(t.root, 'cli-store'), 'seed', '--cases', '2000000');
    expect(cli.code).not.toBe(0);
    expect(cli.err).toMatch(/between 1 and 100,000/);
  });

  it('keeps answering other calls while a large seed runs through the real dispatch', async () => {
    const t = await store();
    const seeding = t.app.dispatch('demo.seed', { cases: 20_000, seed: 7 });
    let finished = false;
    void seeding.finally(() => (finished = true));
    const waits: number[] = [];
    const opened: string[] = [];
    while (!finished) {
      const started = performance.now();
      const page = await t.app.dispatch('cases.list', { limit: 5 });
      waits.push(performance.now() - started);
      expect(page.ok).toBe(true);
      // A write between the seed's steps takes the next reference, not one the seed then reuses.
      if (waits.length % 10 === 0) {
        const r = await t.app.dispatch('cases.open', {
          type: 'enquiry',
          summary: `Real call ${waits.length}`,
        });
        expect(r.ok).toBe(true);
        if (r.ok) opened.push((r.value as { reference: string }).reference);
      }
      await new Promise((done) => setTimeout(done, 20));
    }
    const seeded = await seeding;
    expect(seeded).toMatchObject({ ok: true, value: { cases: 20_000 } });
    // Answered many times during the seed, each within half a second.
    expect(waits.length).toBeGreaterThan(10);
    expect(Math.max(...waits)).toBeLessThan(500);
    expect(opened.length).toBeGreaterThan(0);
    const refs = t.app.store.sqlite
      .prepare('SELECT count(DISTINCT reference) AS n, count(*) AS all_ FROM cases')
      .get() as {
      n: number;
      all_: number;
    };
    expect(refs.n).toBe(refs.all_);
    expect(refs.all_).toBe(20_000 + opened.length);
  }, 120_000);
});

describe('demo.seedEmptyStore (the welcome screen and --demo)', () => {
  it('fills an empty store once; a second time it is refused and adds nothing', async () => {
    const t = await store();
    const first = await callProcedure(t.app.dispatch, {
      procedure: 'demo.seedEmptyStore',
      input: { cases: 50 },
    });
    expect(first).toMatchObject({ ok: true, value: { cases: 50 } });
    const after = await counts(t);
    const again = await callProcedure(t.app.dispatch, {
      procedure: 'demo.seedEmptyStore',
      input: { cases: 50 },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!again.ok) expect(again.error.message).toMatch(/only added to an empty store/);
    expect(await counts(t)).toEqual(after);
  });

  it('is refused on a store in use (one real resident is enough), adding no officers', async () => {
    const t = await store();
    await t.call('residents.create', { name: 'Jo Bloggs' });
    const before = await counts(t);
    const r = await t.app.dispatch('demo.seedEmptyStore', { cases: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await counts(t)).toEqual(before);
    const outcome = await seedDemoIfEmpty(t.app.dispatch);
    expect(outcome).toMatchObject({ kind: 'refused' });
  });

  it('is refused on a computer connected to a central share', async () => {
    const t = await store();
    const share = join(t.root, 'share');
    mkdirSync(share);
    await t.call('share.join', { path: share, create: true, deviceLabel: null });
    const before = await counts(t);
    const r = await t.app.dispatch('demo.seedEmptyStore', { cases: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await counts(t)).toEqual(before);
  });

  it('two at once: one seeds, the other is refused', async () => {
    const t = await store();
    const [a, b] = await Promise.all([
      t.app.dispatch('demo.seedEmptyStore', { cases: 300 }),
      t.app.dispatch('demo.seedEmptyStore', { cases: 300 }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect((await counts(t)).cases).toBe(300);
  });

  it('is capped at 2,000 cases from a window', async () => {
    const t = await store();
    const r = await callProcedure(t.app.dispatch, {
      procedure: 'demo.seedEmptyStore',
      input: { cases: 2_001 },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await counts(t)).cases).toBe(0);
  });
});

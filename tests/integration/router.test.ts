// The router reads what each procedure declares in the contract, and the procedures that scripts
// use to drive the central share one step at a time, on real stores and a real folder.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type ProcedureName } from '../../src/shared/contract';
import { handlers } from '../../src/main/router/handlers';
import { snapshotDir } from '../../src/main/sync/shareFs';
import { openTestApp, tempDir } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function store(dir: string) {
  const t = await openTestApp(dir);
  cleanups.push(() => t.app.close());
  return t;
}

describe('the contract and the router', () => {
  it('every procedure declares its properties and has a handler', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    for (const [name, procedure] of Object.entries(contract)) {
      const p = procedure.properties;
      expect(
        p.kind === 'query' || (p.kind === 'mutation' && ['synced', 'local'].includes(p.scope)),
        name,
      ).toBe(true);
    }
  });

  it('tells sync to follow only after a successful write of synced records', async () => {
    const root = tempDir();
    cleanups.push(root.remove);
    const { app } = await store(root.dir);
    const nudged: ProcedureName[] = [];
    let last: ProcedureName = 'app.status';
    app.context.afterWrite = () => nudged.push(last);
    const run = async (procedure: ProcedureName, input: unknown) => {
      last = procedure;
      return app.dispatch(procedure, input);
    };

    expect((await run('cases.open', { type: 'enquiry', summary: 'Rent statement' })).ok).toBe(true);
    expect((await run('cases.list', {})).ok).toBe(true);
    expect((await run('share.disconnect', {})).ok).toBe(true);
    expect((await run('sync.stateHash', {})).ok).toBe(true);
    expect((await run('cases.open', { type: 'grumble', summary: 'x' })).ok).toBe(false);
    expect(nudged).toEqual(['cases.open']);
  });

  it('demo.seed takes a seed and reports its progress to an in-process caller', async () => {
    const root = tempDir();
    cleanups.push(root.remove);
    const { app } = await store(root.dir);
    const progress: Array<[number, number]> = [];
    const seeded = await app.dispatch(
      'demo.seed',
      { cases: 6_000, seed: 3 },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(seeded).toMatchObject({ ok: true, value: { cases: 6_000, residents: 2_000 } });
    expect(progress).toEqual([
      [5_000, 6_000],
      [6_000, 6_000],
    ]);
  });
});

describe('driving the central share one step at a time (the procedures scripts use)', () => {
  it('joins, syncs, snapshots and compares state hashes through dispatch alone', async () => {
    const root = tempDir('redress-router-share-');
    cleanups.push(root.remove);
    const path = join(root.dir, 'share');
    mkdirSync(path);
    const a = await store(join(root.dir, 'a'));
    const b = await store(join(root.dir, 'b'));

    const joined = await a.call('share.join', { path, create: true, deviceLabel: 'Office PC' });
    expect(joined).toMatchObject({ path, shareId: expect.any(String) });
    expect(joined.lastSyncAt, 'joining does not sync').toBeNull();
    await a.call('cases.open', { type: 'complaint', summary: 'Damp in the bedroom' });
    const first = await a.call('sync.folder', { path });
    expect(first.exported).toBeGreaterThan(0);

    const { code } = await a.call('share.joinCode', {});
    await b.call('share.join', { path, create: false, deviceLabel: 'Laptop', code });
    expect((await b.call('sync.folder', { path })).imported).toBeGreaterThan(0);
    await a.call('sync.folder', { path });
    expect((await b.call('sync.stateHash', {})).stateHash).toBe(
      (await a.call('sync.stateHash', {})).stateHash,
    );

    const { snapshot } = await a.call('share.snapshot', { path });
    const rid = a.app.context.installation.id;
    expect(existsSync(join(path, snapshotDir(rid), snapshot))).toBe(true);
  });

  it('says plainly what is wrong: no fork to fix, an unreachable folder, a share already there', async () => {
    const root = tempDir('redress-router-share-');
    cleanups.push(root.remove);
    const path = join(root.dir, 'share');
    mkdirSync(path);
    const { app, call } = await store(join(root.dir, 'a'));
    await call('share.join', { path, create: true, deviceLabel: null });

    const noFork = await app.dispatch('share.newIdentity', { path, deviceLabel: null });
    expect(noFork).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const gone = await app.dispatch('sync.folder', { path: join(root.dir, 'nowhere') });
    expect(gone).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const again = await app.dispatch('share.join', { path, create: true, deviceLabel: null });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

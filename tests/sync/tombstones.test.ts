// Guarantee 9 — deletes are tombstones (a `deleted_at` field that syncs like any other): a
// deletion and an edit made without seeing it are flagged on every replica and never resurrect
// the record; a stale replica returning after compaction (a snapshot) cannot bring it back, and
// a newcomer bootstrapping from the snapshot sees it deleted too.
import { afterEach, describe, expect, it } from 'vitest';
import { writeSnapshot } from '../../src/main/sync/engine';
import { CLEAN } from './fakeShare';
import { DAY, Sim, type Replica } from './harness';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

const deletedAt = (r: Replica, id: string) =>
  r.rows<{ deleted_at: string | null }>('SELECT deleted_at FROM cases WHERE id = ?', id)[0]?.deleted_at ??
  'absent';

describe('deletes are tombstones (guarantee 9)', () => {
  it('a stale replica that edited a case offline, returning after the deletion and a snapshot, cannot resurrect it', async () => {
    const sim = await Sim.create({ seed: 901, replicas: 3, adversary: CLEAN });
    sims.push(sim);
    const [a, b, stale] = sim.replicas as [Replica, Replica, Replica];
    const keep = await b.call('cases.open', { type: 'enquiry', summary: 'Keep me' });
    const doomed = await a.call('cases.open', { type: 'service_request', summary: 'Opened in error' });
    for (const r of sim.replicas) await r.mustSync();
    for (const r of sim.replicas) await r.mustSync();
    expect(stale.rows('SELECT id FROM cases WHERE id = ?', doomed.id)).toHaveLength(1);

    // The stale laptop goes away for months, editing the case it has.
    await stale.call('cases.update', {
      id: doomed.id,
      changes: { status: 'closed', summary: 'Edited on the stale laptop' },
    });
    sim.advance(1 * DAY);
    await a.call('cases.delete', { id: doomed.id });
    await a.mustSync();
    await b.mustSync();
    sim.advance(120 * DAY);
    await b.call('cases.update', { id: keep.id, changes: { summary: 'Kept, and edited' } });
    await b.mustSync();
    await a.mustSync();
    await writeSnapshot(a.app.context, a.fs); // compaction
    await writeSnapshot(b.app.context, b.fs);

    // It comes back.
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    for (const r of sim.replicas) {
      expect(deletedAt(r, doomed.id), `${r.name}: still deleted`).not.toBeNull();
      expect(deletedAt(r, doomed.id)).not.toBe('absent');
      const list = await r.call('cases.list', { limit: 50 });
      expect(
        list.items.map((c) => c.id),
        r.name,
      ).not.toContain(doomed.id);
      expect(
        list.items.map((c) => c.id),
        r.name,
      ).toContain(keep.id);
      const got = await r.app.dispatch('cases.get', { idOrReference: doomed.id });
      expect(got.ok, `${r.name}: cases.get of a deleted case`).toBe(false);
      const flagged = (await r.attention()).filter(
        (i) => i.kind === 'edited_after_delete' && i.entityId === doomed.id,
      );
      // T12: the stale laptop's edit was made without seeing the deletion (and the deleter never saw
      // the edit): concurrent, whatever the clock order, so a person must be told.
      expect
        .soft(flagged, `${r.name}: the concurrent edit (stamped before the deletion) is flagged`)
        .toHaveLength(1);
    }
    expect(new Set(sim.hashes()).size).toBe(1);

    // A newcomer bootstrapping from the snapshots sees it deleted, with the same flag.
    const newcomer = await sim.addReplica(0);
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(deletedAt(newcomer, doomed.id)).not.toBeNull();
    expect(deletedAt(newcomer, doomed.id)).not.toBe('absent');
    expect.soft((await newcomer.attention()).filter((i) => i.kind === 'edited_after_delete')).toHaveLength(1);
    expect(new Set(sim.hashes()).size).toBe(1);
  });

  it('delete, then an edit stamped later by someone who had not seen it, delivered in either order: the same outcome and flag everywhere', async () => {
    for (const order of ['delete-first', 'edit-first'] as const) {
      const sim = await Sim.create({
        seed: order === 'delete-first' ? 902 : 903,
        replicas: 3,
        adversary: CLEAN,
      });
      sims.push(sim);
      const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
      const x = await a.call('cases.open', { type: 'complaint', summary: 'Noise from next door' });
      for (let i = 0; i < 2; i++) for (const r of sim.replicas) await r.mustSync();
      await a.call('cases.delete', { id: x.id });
      sim.advance(60_000);
      await b.call('cases.update', { id: x.id, changes: { type: 'negative_feedback' } });
      const first = order === 'delete-first' ? a : b;
      const second = order === 'delete-first' ? b : a;
      await first.mustSync();
      await c.mustSync();
      await second.mustSync();
      await c.mustSync();
      expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
      for (const r of sim.replicas) {
        expect(deletedAt(r, x.id), `${order} ${r.name}`).not.toBeNull();
        expect(
          (await r.attention()).filter((i) => i.kind === 'edited_after_delete'),
          `${order} ${r.name}`,
        ).toHaveLength(1);
      }
      expect(new Set(sim.hashes()).size).toBe(1);
    }
  });
});

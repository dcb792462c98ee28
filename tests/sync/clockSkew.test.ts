// Guarantee 5 — clock skew from an hour to years, both directions, clocks jumping back and
// frozen clocks: convergence holds and each replica's own clock values only go up. A far-future
// device (> 24 h ahead) cannot win every edit forever: its segments are held and flagged with a
// `clock` attention item on every other replica (and cannot be smuggled in through a snapshot).
import { afterEach, describe, expect, it } from 'vitest';
import { writeSnapshot } from '../../src/main/sync/engine';
import { CLEAN } from './fakeShare';
import { checkConverged, DAY, HOUR, Sim, YEAR, type Replica } from './harness';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

async function run(
  seed: number,
  offsets: number[],
  o: { ops?: number; onStep?: (sim: Sim, step: number) => void } = {},
): Promise<string | null> {
  const sim = await Sim.create({
    seed,
    replicas: offsets.length,
    offsets,
    share: { kind: 'fake', share: { conflictCopies: 0.1 } },
  });
  sims.push(sim);
  await sim.work(o.ops ?? 30, { syncRate: 0.4, onStep: (step) => o.onStep?.(sim, step) });
  const failure = await checkConverged(sim, await sim.quiesce());
  const clocks = sim.replicas.map((r) => r.ownClockIncreasing()).filter(Boolean);
  return failure ?? (clocks.length ? `clock values went backwards: ${clocks.join('; ')}` : null);
}

describe('clock skew (guarantee 5)', () => {
  it.each([
    ['an hour either way, and half a day ahead', [0, HOUR, -HOUR, 12 * HOUR]],
    ['a few minutes to a day behind', [0, -5 * 60_000, -DAY, -20 * HOUR]],
  ])('clocks %s: converge', async (_label, offsets) => {
    for (const seed of [601, 602, 603]) {
      const failure = await run(seed, offsets as number[]);
      expect(failure, failure ?? '').toBeNull();
    }
  });

  it.each([
    ['one year behind', [0, -YEAR, HOUR]],
    ['ten years behind', [0, -10 * YEAR, -HOUR]],
  ])('a computer whose clock is %s still converges with the others (T8: −10 y)', async (_label, offsets) => {
    const failure = await run(611, offsets as number[]);
    expect(failure, failure ?? '').toBeNull();
  });

  it('clocks jumping back by minutes to hours mid-run, and a frozen clock: converge, own clock values strictly increase', async () => {
    const failure = await run(620, [0, 0, 0, 0], {
      ops: 40,
      onStep: (sim, step) => {
        const [a, b, c, d] = sim.replicas as [Replica, Replica, Replica, Replica];
        if (step === 8) b.offsetMs -= 2 * HOUR;
        if (step === 15) c.offsetMs -= 10 * 60_000;
        if (step === 20) b.offsetMs -= 6 * HOUR;
        if (step === 5) d.frozenAt = sim.time;
        if (step === 30) a.offsetMs -= 23 * HOUR;
      },
    });
    expect(failure, failure ?? '').toBeNull();
  });

  it('a clock jumping back a year mid-run (a dead CMOS battery) still converges', async () => {
    const failure = await run(621, [0, 0, 0], {
      onStep: (sim, step) => {
        if (step === 10) sim.replicas[1]!.offsetMs -= YEAR;
      },
    });
    expect(failure, failure ?? '').toBeNull();
  });

  for (const [label, ahead] of [
    ['ten years', 10 * YEAR],
    ['25 hours', 25 * HOUR],
  ] as const) {
    it(`a device ${label} ahead cannot win every edit: its files are held and flagged on every other replica`, async () => {
      const sim = await Sim.create({ seed: 630, replicas: 4, offsets: [0, 0, 0, 0], adversary: CLEAN });
      sims.push(sim);
      const [n1, n2, n3, f] = sim.replicas as [Replica, Replica, Replica, Replica];
      // The device's clock goes wrong once it is in the share: a join code carries a 24-hour expiry
      // that the joining computer checks against its own clock, so a computer already more than a
      // day ahead is told the code has expired and cannot join at all (shown at the end).
      f.offsetMs = ahead;
      const opened = await n1.call('cases.open', {
        type: 'service_request',
        summary: 'Window will not close',
      });
      for (const r of sim.replicas) await r.mustSync();
      expect(f.rows('SELECT id FROM cases WHERE id = ?', opened.id)).toHaveLength(1);

      await f.call('cases.update', {
        id: opened.id,
        changes: { type: 'compliment', status: 'closed', summary: 'Edited by the fast clock' },
      });
      await f.mustSync();
      const fEdits = f
        .rows<{ hlc: string }>(`SELECT hlc FROM changes WHERE replica_id = ? AND op = 'set'`, f.rid)
        .map((x) => x.hlc);
      expect(fEdits).toHaveLength(5); // type, summary, and closing: status, closed_on, closure_reason
      for (const r of [n1, n2, n3]) {
        const report = await r.mustSync();
        expect(report.held, `${r.name} holds the far-future file`).toBeGreaterThan(0);
      }
      // Later edits by correctly-clocked computers win where they are seen.
      await n2.call('cases.update', { id: opened.id, changes: { type: 'complaint' } });
      for (let i = 0; i < 2; i++) for (const r of [n1, n2, n3]) await r.mustSync();
      for (const r of [n1, n2, n3]) {
        const row = r.rows<{ type: string; status: string; summary: string }>(
          'SELECT type, status, summary FROM cases WHERE id = ?',
          opened.id,
        )[0]!;
        expect(row, r.name).toEqual({ type: 'complaint', status: 'open', summary: 'Window will not close' });
        const clock = (await r.attention()).filter((i) => i.kind === 'clock');
        expect(clock, `${r.name} flags the computer with the wrong clock`).toHaveLength(1);
        expect(r.rows<{ held: number }>('SELECT held FROM sync_replicas WHERE rid = ?', f.rid)[0]?.held).toBe(
          1,
        );
        expect(r.countApplied(fEdits), 'none of its far-future changes applied').toBe(0);
        // Nobody's clock was dragged into the future by the held files.
        expect(
          r.app.context.clock.current() < new Date(sim.time + DAY).toISOString(),
          `${r.name} clock ${r.app.context.clock.current()}`,
        ).toBe(true);
      }
      expect(new Set([n1.hash(), n2.hash(), n3.hash()]).size, 'the correctly-clocked computers agree').toBe(
        1,
      );

      // A newcomer must not take the far-future changes in through that device's snapshot.
      await writeSnapshot(f.app.context, f.fs);
      const late = await sim.addReplica(0);
      await late.mustSync();
      await late.mustSync();
      const row = late.rows<{ type: string }>('SELECT type FROM cases WHERE id = ?', opened.id)[0];
      expect.soft(row?.type, 'the newcomer shows the correctly-clocked edit').toBe('complaint');
      expect.soft(late.countApplied(fEdits), 'the newcomer applied none of the far-future changes').toBe(0);
      expect
        .soft(
          late.app.context.clock.current() < new Date(sim.time + DAY).toISOString(),
          `newcomer clock ${late.app.context.clock.current()}`,
        )
        .toBe(true);
      expect
        .soft(
          (await late.attention()).filter((i) => i.kind === 'clock'),
          'the newcomer flags the device too',
        )
        .toHaveLength(1);

      // A computer already that far ahead when it joins reads a fresh join code as expired.
      await expect(sim.addReplica(ahead)).rejects.toThrow(/That join code has expired/);
    });
  }
});

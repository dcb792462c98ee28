// Races on one Azure container (Azurite): many computers creating the same name at once must
// leave exactly one winner, whose bytes are what everyone reads; and eight installations syncing
// at the same moment, round after round, must converge.
// Longer: REDRESS_RACE_ROUNDS=1000 (name races), REDRESS_RACE_SYNC_ROUNDS=100 (the 100 rounds
// of eight installations syncing at once; CI runs as many as fit REDRESS_RACE_SYNC_SECONDS, 5 s).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Azurite } from '../objectStores/azurite';
import { checkConverged, Sim } from './harness';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await Azurite.start();
});
afterAll(() => azurite?.stop());

const WRITERS = 8;
const ROUNDS = Number(process.env.REDRESS_RACE_ROUNDS ?? 100);
/** Sync rounds run until this much time has passed (at least MIN_SYNC_ROUNDS). */
const SYNC_SECONDS = Number(process.env.REDRESS_RACE_SYNC_SECONDS ?? 5);
const MIN_SYNC_ROUNDS = Number(process.env.REDRESS_RACE_SYNC_ROUNDS ?? 3);

/** The bytes writer `w` tries to create in round `round`: different for every writer, 2 KB. */
const bytesOf = (w: number, round: number) =>
  new TextEncoder().encode(`writer ${w} round ${round}\n`.padEnd(2048, String.fromCharCode(97 + w)));

describe('one name, many writers at once', () => {
  for (const [permissions, rounds] of [
    // The service's own If-None-Match: * (a link that may also overwrite and delete).
    ['rcdl', ROUNDS],
    // The recommended link: no write right, so losers hear 403 and look (a HEAD) before saying EEXIST.
    ['rcl', Math.ceil(ROUNDS / 4)],
  ] as const) {
    it(`${WRITERS} writers × ${rounds} rounds with a "${permissions}" link: exactly one winner per round, and its bytes are what is read`, async () => {
      const container = await azurite.container();
      const line = azurite.sasLine(container, { permissions });
      // Each writer its own client (its own connections), as separate computers would be.
      const writers = Array.from({ length: WRITERS }, () => azurite.open(line));
      const started = performance.now();
      for (let round = 0; round < rounds; round++) {
        const path = `replicas/race/seg/${String(round).padStart(10, '0')}-0123456789abcdef.seg`;
        const outcomes = await Promise.allSettled(
          writers.map((fs, w) => fs.writeNew(path, bytesOf(w, round))),
        );
        const winners = outcomes.flatMap((o, w) => (o.status === 'fulfilled' ? [w] : []));
        const codes = outcomes.flatMap((o) =>
          o.status === 'rejected' ? [(o.reason as { code?: string }).code] : [],
        );
        expect(winners, `round ${round}: ${JSON.stringify(codes)}`).toHaveLength(1);
        expect(new Set(codes), `round ${round}`).toEqual(new Set(['EEXIST']));
        const read = Buffer.from(await writers[(round + 3) % WRITERS]!.read(path));
        expect(
          read.equals(Buffer.from(bytesOf(winners[0]!, round))),
          `round ${round}: the winner's bytes`,
        ).toBe(true);
      }
      console.info(
        `${WRITERS}×${rounds} create-only races ("${permissions}"): ${Math.round(performance.now() - started)} ms`,
      );
    }, 120_000);
  }
});

describe('eight installations syncing at the same moment on one container', () => {
  it(
    'round after round of everyone syncing at once: every sync succeeds and all converge',
    async () => {
      const name = await azurite.fresh();
      const sim = await Sim.create({
        seed: 3100,
        replicas: 8,
        share: { kind: 'store', make: () => azurite.share(name) },
      });
      try {
        const started = performance.now();
        let rounds = 0;
        while (rounds < MIN_SYNC_ROUNDS || performance.now() - started < SYNC_SECONDS * 1000) {
          for (const r of sim.replicas) await sim.randomOp(r);
          const outs = await Promise.all(sim.replicas.map((r) => r.sync()));
          for (const out of outs) expect(out.ok, String(out.error)).toBe(true);
          rounds++;
        }
        const failure = await checkConverged(sim, await sim.quiesce());
        expect(failure, failure ?? '').toBeNull();
        console.info(
          `8 installations: ${rounds} rounds of syncing at once in ${Math.round(performance.now() - started)} ms, then converged`,
        );
      } finally {
        await sim.close();
      }
    },
    180_000 + MIN_SYNC_ROUNDS * 5_000,
  );
});

// Guarantee 2 — order independence and idempotence: the same changes in any order, any number of
// times, including byte-identical conflicted-copy duplicates (Dropbox, Syncthing, OneDrive,
// "(1)") → the same state and no new conflicts (catalogue T2, T3, T6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Applier } from '../../src/main/sync/apply';
import type { Op } from '../../src/main/sync/ops';
import { CLEAN, conflictNames } from './fakeShare';
import { Sim, type Replica } from './harness';
import { Rng } from './rng';
import { parseSegmentFile, SEGMENT_PATH } from './segmentFiles';

const PERMUTATIONS = Number(process.env.REDRESS_SYNC_PERMUTATIONS ?? 20);

describe('order independence and idempotence (guarantee 2)', () => {
  let sim: Sim;
  let reference: string;
  let files: string[];
  const rng = new Rng(401);

  beforeAll(async () => {
    sim = await Sim.create({ encryption: false, seed: 401, replicas: 4, adversary: CLEAN });
    await sim.work(40, { syncRate: 0.3 });
    // Everyone exchanges everything. (Whether they agree is the convergence suite's business; here
    // the reference is a fresh reader that receives every file at once.)
    await sim.quiesce();
    files = sim.fake!.paths().filter((p) => SEGMENT_PATH.test(p));
    expect(files.length).toBeGreaterThan(8);
    await sim.withTemporaryReplica({ officer: false }, async (whole) => {
      await whole.mustSync(sim.cleanView(whole));
      reference = whole.hash();
      // There must be something to merge: concurrent edits of a decision, records from everyone.
      expect(whole.rows('SELECT id FROM cases').length).toBeGreaterThan(3);
      expect(concurrentFields(whole), 'the corpus has concurrent edits of a surfaced field').toBeGreaterThan(
        0,
      );
    });
  }, 60_000);

  afterAll(async () => {
    await sim?.close();
  });

  it(`the same segment files, arriving one at a time in ${PERMUTATIONS} random orders, give the same state`, async () => {
    const differing: string[] = [];
    for (let k = 0; k < PERMUTATIONS; k++) {
      const order = rng.shuffle(files);
      await sim.withTemporaryReplica({ officer: false }, async (reader) => {
        const released = new Set<string>();
        const view = sim
          .fake!.view(`${reader.name}-ordered`)
          .withhold((p) => SEGMENT_PATH.test(p) && !released.has(p));
        for (const f of order) {
          released.add(f);
          const out = await reader.sync(view);
          expect(out.ok, String(out.error)).toBe(true);
        }
        if (reader.hash() !== reference)
          differing.push(`permutation ${k}: ${order.map((p) => p.slice(-30)).join(' ')}`);
      });
    }
    expect(differing, `${differing.length} of ${PERMUTATIONS} orders gave another state`).toEqual([]);
  }, 120_000);

  it('every op applied one at a time in random orders (and in reverse) gives the same state', async () => {
    const ops: Op[] = files.flatMap((f) => parseSegmentFile(sim.fake!.get(f)!).ops as unknown as Op[]);
    const orders = [[...ops].reverse(), ...Array.from({ length: 5 }, () => rng.shuffle(ops))];
    const differing: number[] = [];
    for (const [k, order] of orders.entries()) {
      await sim.withTemporaryReplica({ officer: false, join: false }, async (store) => {
        const db = store.app.context.sqlite;
        for (const op of order)
          db.transaction(() => new Applier(db).apply([op], '2026-02-01T00:00:00.000Z'))();
        if (store.hash() !== reference) differing.push(k);
      });
    }
    expect(differing, `orders (0 = reverse) that gave another state, of ${orders.length}`).toEqual([]);
  }, 60_000);

  it('byte-identical conflicted copies of every file on the share change nothing and raise nothing', async () => {
    const before = sim.replicas.map((r) => snapshot(r));
    for (const path of sim.fake!.paths()) {
      if (path.includes('conflict') || / \(1\)/.test(path) || path.includes('-DESKTOP-')) continue;
      sim.fake!.addConflictCopies(path, rng);
    }
    for (let round = 0; round < 2; round++) for (const r of sim.replicas) await r.mustSync(sim.cleanView(r));
    expect(sim.replicas.map((r) => snapshot(r))).toEqual(before);
  });

  it('copies that differ (a newer or damaged version under a conflicted-copy name) are ignored', async () => {
    const before = sim.replicas.map((r) => snapshot(r));
    const seg = files[0]!;
    const bytes = sim.fake!.get(seg)!;
    const names = conflictNames(seg, rng);
    sim.fake!.put(names[0]!, bytes.slice(0, bytes.length - 7));
    sim.fake!.put(
      names[2]!,
      Buffer.from(
        Buffer.from(bytes)
          .toString('utf8')
          .replace(/"summary":"[^"]*"/, '"summary":"Changed in a copy"'),
      ),
    );
    // The whole folder of one replica, duplicated by a cloud client.
    const rid = SEGMENT_PATH.exec(files[1]!)![1]!;
    for (const p of sim.fake!.paths().filter((x) => x.startsWith(`replicas/${rid}/`))) {
      sim.fake!.put(p.replace(`replicas/${rid}/`, `replicas/${rid} (1)/`), sim.fake!.get(p)!);
    }
    for (let round = 0; round < 2; round++) for (const r of sim.replicas) await r.mustSync(sim.cleanView(r));
    expect(sim.replicas.map((r) => snapshot(r))).toEqual(before);
  });

  it('importing everything a second time (progress forgotten) changes nothing and raises nothing', async () => {
    const r = sim.replicas[1]!;
    const before = snapshot(r);
    const db = r.app.context.sqlite;
    db.exec(`DELETE FROM sync_segments; UPDATE sync_replicas SET applied_seq = 0;`);
    await r.mustSync(sim.cleanView(r));
    await r.mustSync(sim.cleanView(r));
    expect(snapshot(r)).toEqual(before);
  });

  it('a view showing only the conflicted copies (originals missing) deletes nothing', async () => {
    const r = sim.replicas[2]!;
    const before = snapshot(r);
    const view = sim.fake!.view(`${r.name}-copies-only`).withhold((p) => SEGMENT_PATH.test(p));
    for (let i = 0; i < 3; i++) expect((await r.sync(view)).ok).toBe(true);
    expect(snapshot(r)).toEqual(before);
  });
});

/** What must not change: the canonical hash, the number of changes, and the open attention items. */
function snapshot(r: Replica) {
  return {
    replica: r.name,
    hash: r.hash(),
    changes: r.rows('SELECT hlc FROM changes').length,
    pending: r.rows('SELECT hlc FROM pending_ops').length,
    attention: r.rows<{ id: string; kind: string }>(
      'SELECT id, kind FROM attention WHERE resolved_at IS NULL ORDER BY id',
    ),
  };
}

/** Fields (case status/type) with two or more heads in the change log, computed here, not by the engine. */
function concurrentFields(r: Replica): number {
  const rows = r.rows<{
    entity_id: string;
    field: string | null;
    op: string;
    hlc: string;
    prev: string | null;
  }>(
    `SELECT entity_id, field, op, hlc, prev FROM changes WHERE entity = 'case' AND (op = 'create' OR field IN ('status', 'type'))`,
  );
  let n = 0;
  for (const field of ['status', 'type']) {
    const byEntity = new Map<string, typeof rows>();
    for (const row of rows.filter((x) => x.op === 'create' || x.field === field)) {
      byEntity.set(row.entity_id, [...(byEntity.get(row.entity_id) ?? []), row]);
    }
    for (const list of byEntity.values()) {
      const seen = new Set(list.flatMap((x) => (x.prev ? x.prev.split(',') : [])));
      if (list.filter((x) => !seen.has(x.hlc)).length > 1) n++;
    }
  }
  return n;
}

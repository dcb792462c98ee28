// Guarantee 4 — missing or late delivery: empty or partial listings, a share that disappears
// mid-sync (every fs call from some point on throws), a read-only share (writes fail with EACCES),
// files months late → nothing is ever deleted because it is absent; sync resumes and converges.
import { afterEach, describe, expect, it } from 'vitest';
import { outboxSize } from '../../src/main/sync/exporter';
import { shareKeyOf } from '../../src/main/sync/keyring';
import { open as openSealed } from '../../src/main/sync/shareCrypto';
import { CLEAN } from './fakeShare';
import { checkConverged, DAY, Sim, type Replica } from './harness';
import { SEGMENT_PATH } from './segmentFiles';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

async function sim(options: Parameters<typeof Sim.create>[0]) {
  const s = await Sim.create(options);
  sims.push(s);
  return s;
}

/** Everything a person could lose: the canonical hash and every record id. */
function holdings(r: Replica) {
  return {
    hash: r.hash(),
    cases: r.rows('SELECT id, status, type, summary FROM cases ORDER BY id'),
    residents: r.rows('SELECT id, name FROM residents ORDER BY id'),
    contacts: r.rows('SELECT id, case_id FROM contacts ORDER BY id'),
    changes: r.rows('SELECT hlc FROM changes ORDER BY hlc').length,
  };
}

describe('missing and late delivery (guarantee 4)', () => {
  it('an unmounted share (lists as empty), empty listings and a wiped folder delete nothing', async () => {
    const s = await sim({ seed: 501, replicas: 3, adversary: CLEAN });
    await s.work(25, { syncRate: 0.3 });
    expect(await s.quiesce(), s.diff()).toBeGreaterThan(0);
    const before = s.replicas.map(holdings);
    for (const r of s.replicas) {
      await r.sync(s.fake!.view(`${r.name}-unmounted`, { vanished: 'empty' }));
      await r.sync(s.fake!.view(`${r.name}-empty`, { emptyListing: 1 }));
      await r.sync(s.fake!.view(`${r.name}-gone`, { vanished: 'throw' }));
    }
    expect(s.replicas.map(holdings)).toEqual(before);
    // Someone deletes one replica's files from the share: absence is not deletion.
    const victim = s.replicas[0]!;
    for (const p of s.fake!.paths().filter((x) => x.startsWith(`replicas/${victim.rid}/`))) s.fake!.delete(p);
    for (const r of s.replicas.slice(1)) expect((await r.sync(s.cleanView(r))).ok).toBe(true);
    expect(s.replicas.map(holdings)).toEqual(before);
  });

  it('partial listings (about 10% of files visible at each look) lose nothing, and everyone converges once listings are whole', async () => {
    const s = await sim({ seed: 502, replicas: 4, adversary: { hide: 0.9, reorder: true } });
    await s.work(30, { syncRate: 0.5 });
    const failure = await checkConverged(s, await s.quiesce());
    expect(failure, failure ?? '').toBeNull();
  });

  it('the share vanishing at every single call of a sync loses no local change and applies nothing twice', async () => {
    const s = await sim({ seed: 503, replicas: 2, adversary: CLEAN });
    const [a, b] = s.replicas as [Replica, Replica];
    // How many share calls does one ordinary sync (import + export) make?
    const probe = async (n: number) => {
      const c = await a.call('cases.open', { type: 'enquiry', summary: `From A ${n}` });
      await a.mustSync();
      const mine = await b.call('contacts.log', {
        channel: 'email',
        summary: `B call ${n}`,
        openCaseAs: n % 2 ? 'complaint' : null,
      });
      if (mine.case) await b.call('cases.update', { id: mine.case.id, changes: { status: 'closed' } });
      return { c, mine };
    };
    await probe(-1);
    const counter = s.fake!.view(`${b.name}-count`);
    await b.mustSync(counter);
    const calls = counter.calls;
    expect(calls).toBeGreaterThan(3);
    let failures = 0;
    for (let n = 0; n <= calls + 2; n++) {
      const { mine } = await probe(n);
      const local = b
        .rows<{ hlc: string }>('SELECT hlc FROM changes WHERE replica_id = ?', b.rid)
        .map((x) => x.hlc);
      const view = s.fake!.view(`${b.name}-fail${n}`).failAfter(n);
      const out = await b.sync(view);
      if (!out.ok) failures++;
      if (!out.ok)
        expect(String((out.error as Error).message ?? out.error)).toMatch(/went away|not reachable|EIO/);
      // No local change lost, the call just logged still there.
      expect(
        b.rows<{ hlc: string }>('SELECT hlc FROM changes WHERE replica_id = ?', b.rid).map((x) => x.hlc),
      ).toEqual(local);
      expect(b.rows('SELECT id FROM contacts WHERE id = ?', mine.contact.id)).toHaveLength(1);
    }
    expect(failures, `syncs cut short (of ${calls} calls each)`).toBeGreaterThanOrEqual(calls - 1);
    expect(await s.quiesce(), s.diff()).toBeGreaterThan(0);
    expect(a.hash()).toBe(b.hash());
    // B's segments on the share: no op written twice under two sequence numbers.
    // Segments are sealed under the share key: read through it.
    const shareKey = shareKeyOf(b.app.context.sqlite)!;
    const seen = new Map<string, string>();
    for (const p of s.segmentsOf(b)) {
      const text = openSealed(shareKey, 'segment', s.fake!.get(p)!).toString('utf8');
      for (const line of text.trim().split('\n').slice(1, -1)) {
        const h = (JSON.parse(line) as { h: string }).h;
        expect(seen.get(h), `${h} in ${p} and ${seen.get(h)}`).toBeUndefined();
        seen.set(h, p);
      }
    }
    expect(seen.size, "B's ops were read from its segments").toBeGreaterThan(0);
    const seqs = s.segmentsOf(b).map((p) => Number(SEGMENT_PATH.exec(p)![2]));
    expect(new Set(seqs).size, 'one file per sequence number').toBe(seqs.length);
  });

  it('random EIO failures on any call, over many syncs, converge once the share is back', async () => {
    const s = await sim({ seed: 504, replicas: 3, adversary: { fail: 0.15, reorder: true, late: 0.2 } });
    await s.work(30, { syncRate: 0.6 });
    expect(
      s.replicas.some((r) => r.errors.length > 0),
      'the adversary did make syncs fail',
    ).toBe(true);
    const failure = await checkConverged(s, await s.quiesce());
    expect(failure, failure ?? '').toBeNull();
  });

  it('a read-only share: local changes stay in the outbox, others’ changes still come in, and they go out once writable', async () => {
    const s = await sim({ seed: 505, replicas: 2, adversary: CLEAN });
    const [a, b] = s.replicas as [Replica, Replica];
    await a.mustSync();
    await b.mustSync();
    const fromA = await a.call('cases.open', { type: 'complaint', summary: 'Rent statement wrong' });
    await a.mustSync();
    const fromB = await b.call('cases.open', { type: 'service_request', summary: 'Gutter blocked' });
    const ro = s.fake!.view(`${b.name}-ro`, { readOnly: true });
    for (let i = 0; i < 3; i++) {
      const out = await b.sync(ro);
      expect(out.ok, 'a sync that cannot write must say so').toBe(false);
      expect((out.error as { code?: string }).code ?? String(out.error)).toMatch(
        /EACCES|UNAVAILABLE|permission/i,
      );
    }
    expect(b.rows('SELECT id FROM cases WHERE id = ?', fromB.id), 'the local case is kept').toHaveLength(1);
    expect(outboxSize(b.app.context.sqlite, b.rid), 'it waits in the outbox').toBeGreaterThan(0);
    expect(
      b.rows('SELECT id FROM cases WHERE id = ?', fromA.id),
      'reading a read-only share still brings others’ changes',
    ).toHaveLength(1);
    await b.mustSync(s.cleanView(b));
    expect(outboxSize(b.app.context.sqlite, b.rid)).toBe(0);
    await a.mustSync();
    expect(a.rows('SELECT id FROM cases WHERE id = ?', fromB.id)).toHaveLength(1);
    expect(a.hash()).toBe(b.hash());
  });

  it('files arriving months late (and out of order) are applied when they come, and everyone converges', async () => {
    const s = await sim({ seed: 506, replicas: 3, adversary: CLEAN });
    const [, b, c] = s.replicas as [Replica, Replica, Replica];
    const fromC = (p: string) => p.startsWith(`replicas/${c.rid}/`);
    const bView = s.fake!.view(`${b.name}-late`).withhold(fromC);
    b.fs = bView;
    // About two months of work; C syncs (writes a file) at least every few steps.
    await s.work(30, {
      syncRate: 0.5,
      maxStepMs: 4 * DAY,
      onStep: async (step) => void (step % 4 === 3 && (await c.sync())),
    });
    expect(s.time - Date.parse('2026-01-05T09:00:00.000Z')).toBeGreaterThan(30 * DAY);
    const cSegments = s.segmentsOf(c);
    expect(cSegments.length).toBeGreaterThan(1);
    // The newest of C's files first, then the rest months later.
    const newest = cSegments[cSegments.length - 1]!;
    bView.withhold((p) => fromC(p) && p !== newest);
    expect((await b.sync()).ok).toBe(true);
    s.advance(60 * DAY);
    bView.withhold(null);
    const failure = await checkConverged(s, await s.quiesce());
    expect(failure, failure ?? '').toBeNull();
  });
});

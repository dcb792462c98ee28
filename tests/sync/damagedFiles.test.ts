// Guarantee 3 — partial, zero-length, growing, truncated and bit-flipped files, leftover temp
// files and wrong hashes: never applied in part; retried (and applied once whole) or quarantined
// with a visible `unreadable_file` item; the rest of the data unaffected; sync never crashes.
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN } from './fakeShare';
import { Sim, type Replica } from './harness';
import { Rng } from './rng';
import { buildSegmentFile, lineBoundaries, opHlcs, parseSegmentFile } from './segmentFiles';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

/** Three replicas on a clean fake share; A and C each write a segment with a case, B reads. */
async function setUp(seed: number) {
  const sim = await Sim.create({ encryption: false, seed, replicas: 3, adversary: CLEAN });
  sims.push(sim);
  const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
  const fromA = await a.call('contacts.log', {
    channel: 'phone',
    summary: 'Damp in the hallway',
    openCaseAs: 'complaint',
  });
  await a.call('cases.update', {
    id: fromA.case!.id,
    changes: { summary: 'Damp in the hallway and stairs' },
  });
  const fromC = await c.call('cases.open', { type: 'enquiry', summary: 'Parking permit question' });
  const mine = await b.call('cases.open', { type: 'service_request', summary: 'B’s own case' });
  await a.mustSync(a.fs);
  await c.mustSync(c.fs);
  const segA = sim.segmentsOf(a);
  expect(segA).toHaveLength(1);
  const path = segA[0]!;
  const bytes = sim.fake!.get(path)!;
  return {
    sim,
    a,
    b,
    c,
    path,
    bytes,
    hlcs: opHlcs(bytes),
    caseA: fromA.case!.id,
    caseC: fromC.id,
    mine: mine.id,
  };
}

const has = (r: Replica, caseId: string) => r.rows('SELECT id FROM cases WHERE id = ?', caseId).length === 1;

describe('damaged and incomplete files (guarantee 3)', () => {
  it('a segment cut at every line boundary and at random bytes is never applied in part; whole, it is applied', async () => {
    const { sim, a, b, path, bytes, hlcs, caseA, caseC } = await setUp(301);
    const rng = new Rng(301);
    const cuts = [
      ...new Set([...lineBoundaries(bytes), ...Array.from({ length: 10 }, () => rng.int(bytes.length))]),
    ].sort((x, y) => x - y);
    for (const cut of cuts) {
      sim.fake!.put(path, bytes.slice(0, cut), a.name);
      const out = await b.sync();
      expect(out.ok, `sync with the file cut at ${cut}: ${String(out.error)}`).toBe(true);
      expect(b.countApplied(hlcs), `file cut at byte ${cut} of ${bytes.length}`).toBe(0);
      expect(has(b, caseA)).toBe(false);
      expect(has(b, caseC)).toBe(true); // the other replica's data arrives regardless
    }
    sim.fake!.put(path, bytes, a.name);
    await b.mustSync();
    expect(b.countApplied(hlcs)).toBe(hlcs.length);
    expect(await sim.quiesce()).toBeGreaterThan(0);
    expect(new Set(sim.hashes()).size).toBe(1);
  });

  it('a zero-length file (a cloud placeholder) is retried, and applied once it arrives whole', async () => {
    const { sim, a, b, path, bytes, hlcs } = await setUp(302);
    sim.fake!.put(path, new Uint8Array(0), a.name);
    for (let i = 0; i < 5; i++) {
      const out = await b.sync();
      expect(out.ok, String(out.error)).toBe(true);
      expect(b.countApplied(hlcs)).toBe(0);
    }
    sim.fake!.put(path, bytes, a.name);
    await b.mustSync();
    expect(
      b.countApplied(hlcs),
      'the complete file must be applied after it was seen empty several times',
    ).toBe(hlcs.length);
  });

  it('a file that stays truncated for several syncs (client paused), then completes, is applied', async () => {
    const { sim, a, b, path, bytes, hlcs } = await setUp(303);
    sim.fake!.put(path, bytes.slice(0, Math.floor(bytes.length / 2)), a.name);
    for (let i = 0; i < 4; i++) {
      expect((await b.sync()).ok).toBe(true);
      expect(b.countApplied(hlcs)).toBe(0);
    }
    // Whatever happened meanwhile (retried, or quarantined with a visible item), it was not silent:
    sim.fake!.put(path, bytes, a.name);
    await b.mustSync();
    await b.mustSync();
    expect(b.countApplied(hlcs), 'the completed file must be applied (T4: "converges once complete")').toBe(
      hlcs.length,
    );
    expect(
      (await b.attention()).filter((i) => i.kind === 'unreadable_file'),
      'no stale warning once the file was read',
    ).toEqual([]);
  });

  it('a growing file (a longer prefix on every look) is never applied partially, and is applied once complete', async () => {
    const { sim, a, b, path, bytes, hlcs } = await setUp(304);
    for (const fraction of [0, 0.05, 0.2, 0.45, 0.7, 0.9, 0.99]) {
      sim.fake!.put(path, bytes.slice(0, Math.floor(bytes.length * fraction)), a.name);
      expect((await b.sync()).ok).toBe(true);
      expect(b.countApplied(hlcs)).toBe(0);
    }
    sim.fake!.put(path, bytes, a.name);
    await b.mustSync();
    expect(b.countApplied(hlcs)).toBe(hlcs.length);
  });

  it('growing and partial deliveries at the view level (random adversary) never apply part of a segment', async () => {
    const { sim, b, path, bytes, hlcs } = await setUp(305);
    const view = sim.fake!.view('r1-hostile', { partial: 1, late: 0.3, reorder: true });
    for (let i = 0; i < 12; i++) {
      const out = await b.sync(view);
      // A sync may fail while the share's own format file is still arriving; it must never half-apply.
      if (!out.ok) expect(String(out.error)).toMatch(/still being copied/);
      const n = b.countApplied(hlcs);
      expect([0, hlcs.length], `view has ${view.visibleLength(path)} of ${bytes.length} bytes`).toContain(n);
    }
  });

  it('leftover .tmp files are never read or applied, even when they hold a complete segment', async () => {
    const { sim, b, path, bytes, hlcs } = await setUp(306);
    sim.fake!.put(`${path}.k3j4h5g6.tmp`, bytes, '(crashed writer)');
    sim.fake!.put(`${path}.zz99yy88.tmp`, bytes.slice(0, 20), '(crashed writer)');
    sim.fake!.put(path.replace(/\d{10}-/, '0000000007-'), bytes, '(copied by a person)');
    const view = sim.fake!.view('r1-withheld').withhold((p) => p === path);
    for (let i = 0; i < 3; i++) expect((await b.sync(view)).ok).toBe(true);
    expect(
      view.readLog.filter((p) => p.endsWith('.tmp')),
      'no temp file is ever read',
    ).toEqual([]);
    expect(b.countApplied(hlcs)).toBe(0);
    await b.mustSync(sim.cleanView(b));
    expect(b.countApplied(hlcs)).toBe(hlcs.length);
  });

  for (const where of ['header', 'op', 'trailer'] as const) {
    it(`a bit flipped in the ${where} is quarantined with a visible warning; never applied; other data unaffected`, async () => {
      const { sim, b, path, bytes, hlcs, caseC, mine } = await setUp(
        310 + ['header', 'op', 'trailer'].indexOf(where),
      );
      const lines = lineBoundaries(bytes);
      const [from, to] =
        where === 'header'
          ? [5, lines[0]! - 2]
          : where === 'op'
            ? [lines[0]! + 5, lines[1]! - 2]
            : [lines[lines.length - 1]! + 30, bytes.length - 5];
      const rng = new Rng(where.length);
      const flipped = Uint8Array.from(bytes);
      const i = rng.between(from, to);
      flipped[i] = flipped[i]! ^ (1 << rng.int(7));
      sim.fake!.put(path, flipped, sim.replicas[0]!.name);
      for (let k = 0; k < 4; k++) {
        const out = await b.sync();
        expect(out.ok, String(out.error)).toBe(true);
      }
      expect(b.countApplied(hlcs), 'nothing from the damaged file').toBe(0);
      expect(has(b, caseC), 'the other replica’s case arrived').toBe(true);
      expect(has(b, mine), 'B’s own case is untouched').toBe(true);
      const items = await b.attention();
      expect(
        items.filter((x) => x.kind === 'unreadable_file'),
        JSON.stringify(items),
      ).toHaveLength(1);
    });
  }

  it('a forged file whose name does not match its contents, or whose header lies, is never applied; the real next file is', async () => {
    const { sim, a, b, path, bytes } = await setUp(320);
    const seg = parseSegmentFile(bytes);
    const rid = String(seg.header.rid);
    const dir = path.slice(0, path.lastIndexOf('/'));
    const real = seg.ops.find((o) => o.o === 'set')!;
    const op = { ...real, h: String(real.h).replace(/-[0-9A-F]{4}-/, '-FFF0-'), v: 'INJECTED' };
    const forged = [
      // valid content, wrong hash in the name
      (() => {
        const f = buildSegmentFile({ ...seg.header, seq: 2 }, [op]);
        return { name: f.name.replace(/-[0-9a-f]{16}\./, '-0123456789abcdef.'), bytes: f.bytes };
      })(),
      // valid hash, but the header says another replica wrote it
      (() => {
        const f = buildSegmentFile({ ...seg.header, seq: 3, rid: sim.replicas[2]!.rid }, [op]);
        return { name: f.name, bytes: f.bytes };
      })(),
      // valid hash, but the header says another sequence number than the name
      (() => {
        const f = buildSegmentFile({ ...seg.header, seq: 4 }, [op]);
        return { name: f.name.replace(/^0000000004/, '0000000005'), bytes: f.bytes };
      })(),
      // valid hash, count in the header does not match the lines
      (() => {
        const f = buildSegmentFile({ ...seg.header, seq: 6 }, [op], (h) => (h.count = 2));
        return { name: f.name, bytes: f.bytes };
      })(),
    ];
    for (const f of forged) sim.fake!.put(`${dir}/${f.name}`, f.bytes, '(forger)');
    for (let k = 0; k < 4; k++) expect((await b.sync()).ok).toBe(true);
    expect(b.rows(`SELECT id FROM cases WHERE summary = 'INJECTED'`)).toEqual([]);
    expect(b.rows(`SELECT hlc FROM changes WHERE new_value LIKE '%INJECTED%'`)).toEqual([]);
    expect(b.rows(`SELECT hlc FROM pending_ops WHERE op LIKE '%INJECTED%'`)).toEqual([]);
    expect(b.countApplied(opHlcs(bytes))).toBe(seg.ops.length);
    // The real next segment of A (seq 2) is still applied.
    const c = await a.call('cases.open', { type: 'compliment', summary: 'Thanks for the new fence' });
    await a.mustSync();
    await b.mustSync();
    expect(has(b, c.id)).toBe(true);
    void rid;
  });
});

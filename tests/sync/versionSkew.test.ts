// Guarantee 7 — version skew: a replica on an older schema keeps what it does not understand
// (ops with a newer `sv`, unknown fields, unknown entities, unknown op kinds) in pending_ops,
// never applies them, never overwrites them, keeps them through more syncs and through its own
// snapshots, and converges with its peers. (The upgrade itself: versionUpgrade.test.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { writeSnapshot } from '../../src/main/sync/engine';
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { CLEAN } from './fakeShare';
import { Sim, type Replica } from './harness';
import { shareKeyOf } from '../../src/main/sync/keyring';
import { HandWrittenReplica, NEWER_SCHEMA } from './newerReplica';
import { parseSegmentFile, SEGMENT_PATH } from './segmentFiles';

const NEW_RID = '01a20000-0000-7000-8000-00000000be11';
const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

async function setUp(seed: number) {
  const sim = await Sim.create({ encryption: false, seed, replicas: 2, adversary: CLEAN });
  sims.push(sim);
  const [a, b] = sim.replicas as [Replica, Replica];
  const opened = await a.call('cases.open', { type: 'complaint', summary: 'Leak from the flat above' });
  await a.mustSync();
  await b.mustSync();
  const created = a.rows<{ hlc: string }>(
    `SELECT hlc FROM changes WHERE entity_id = ? AND op = 'create'`,
    opened.id,
  )[0]!.hlc;
  const newer = new HandWrittenReplica(
    NEW_RID,
    (p, bytes) => sim.fake!.put(p, bytes, '(newer redress)'),
    undefined,
    shareKeyOf(sim.replicas[0]!.app.context.sqlite),
  );
  newer.hello(sim.time);
  await newer.approvedBy({ context: sim.replicas[0]!.app.context, fs: sim.cleanView(sim.replicas[0]!) });
  return { sim, a, b, caseId: opened.id, created, newer };
}

describe('a replica on an older schema (guarantee 7)', () => {
  it('keeps newer ops pending, unapplied, through more syncs, its own snapshot and a newcomer; converges; never writes them back changed', async () => {
    const { sim, a, b, caseId, created, newer } = await setUp(701);
    const t = sim.time + 1000;
    const ops = {
      unknownField: {
        h: newer.hlc(t),
        e: 'case',
        k: caseId,
        o: 'set',
        f: 'risk_level',
        v: 'high',
        x: null,
        p: [],
      },
      unknownEntity: {
        h: newer.hlc(t),
        e: 'repair_order',
        k: '01a20000-0000-7000-8000-0000000000aa',
        o: 'create',
        f: null,
        v: { case_id: caseId, trade: 'plumber', priority: 'emergency' },
      },
      newerEncoding: {
        h: newer.hlc(t),
        e: 'case',
        k: caseId,
        o: 'set',
        f: 'status',
        v: { stage: 1, due: '2026-02-01' },
        x: 'open',
        p: [created],
      },
      unknownKind: {
        h: newer.hlc(t),
        e: 'case',
        k: caseId,
        o: 'link',
        f: null,
        v: { set: 'tags', member: 'damp', on: true },
      },
      current: {
        h: newer.hlc(t),
        e: 'case',
        k: caseId,
        o: 'set',
        f: 'summary',
        v: 'Leak from the flat above, now in the kitchen',
        x: 'Leak from the flat above',
        p: [created],
        sv: SCHEMA_VERSION,
      },
    };
    newer.segment(Object.values(ops));
    const kept = [ops.unknownField.h, ops.unknownEntity.h, ops.newerEncoding.h, ops.unknownKind.h].sort();

    const pending = (r: Replica) =>
      r.rows<{ hlc: string; reason: string; op: string }>(
        'SELECT hlc, reason, op FROM pending_ops ORDER BY hlc',
      );
    const check = async (r: Replica, when: string) => {
      const p = pending(r);
      expect(
        p.map((x) => x.hlc),
        `${r.name} ${when}: kept pending`,
      ).toEqual(kept);
      expect(new Set(p.map((x) => x.reason)), `${r.name} ${when}`).toEqual(new Set(['newer']));
      for (const x of p) {
        const original = Object.values(ops).find((o) => o.h === x.hlc)!;
        expect(JSON.parse(x.op), `${r.name} ${when}: kept verbatim`).toMatchObject(original);
      }
      const row = r.rows<{ status: string; summary: string }>(
        'SELECT status, summary FROM cases WHERE id = ?',
        caseId,
      )[0]!;
      expect(row.status, `${r.name} ${when}: the newer-encoded status is not applied`).not.toMatch(/stage/);
      expect(r.countApplied(kept), `${r.name} ${when}: none in the change log`).toBe(0);
      expect(
        (await r.attention()).filter((i) => i.kind === 'unreadable_file'),
        'a newer file is not an unreadable one',
      ).toEqual([]);
    };

    for (const r of [a, b]) for (let i = 0; i < 2; i++) await r.mustSync();
    for (const r of [a, b]) {
      await check(r, 'after import');
      expect(
        r.countApplied([ops.current.h]),
        `${r.name}: the understood op in the same file is applied`,
      ).toBe(1);
      expect(r.rows<{ summary: string }>('SELECT summary FROM cases WHERE id = ?', caseId)[0]!.summary).toBe(
        ops.current.v,
      );
    }

    // More work and more syncs: still kept, still unapplied; the old app edits what it knows.
    await a.call('cases.update', { id: caseId, changes: { status: 'closed' } });
    await b.call('cases.update', { id: caseId, changes: { summary: 'Leak fixed, ceiling to repaint' } });
    for (let round = 0; round < 3; round++) for (const r of [a, b]) await r.mustSync();
    for (const r of [a, b]) await check(r, 'after more syncs');
    expect(a.hash()).toBe(b.hash());

    // The old app's own files never carry the unknown field, entity or kind.
    for (const p of sim.fake!.paths().filter((x) => SEGMENT_PATH.test(x) && !x.includes(NEW_RID))) {
      for (const op of parseSegmentFile(sim.fake!.get(p)!).ops) {
        expect(op.f, p).not.toBe('risk_level');
        expect(op.e, p).not.toBe('repair_order');
        expect(op.o, p).not.toBe('link');
      }
    }

    // Its snapshot keeps them verbatim, and a newcomer bootstrapping from it keeps them too.
    await writeSnapshot(a.app.context, a.fs);
    // The newer replica's file stays on the share (a snapshot claiming files the share does not
    // hold is refused: snapshot.ts); the newcomer takes the snapshot's word for it and never reads it.
    const c = await sim.addReplica(0, { officer: false });
    await c.mustSync();
    await c.mustSync();
    expect(
      c.rows('SELECT seq FROM sync_segments WHERE rid = ?', NEW_RID),
      'the newer replica’s file came from the snapshot, not read on its own',
    ).toEqual([]);
    await check(c, 'bootstrapped from the old app’s snapshot');
    expect(c.hash()).toBe(a.hash());
  });

  it('a newer op stamped later than a local edit does not win over it, and a local edit never overwrites the kept op', async () => {
    const { sim, a, b, caseId, created, newer } = await setUp(702);
    const later = newer.hlc(sim.time + 60_000);
    newer.segment([
      {
        h: later,
        e: 'case',
        k: caseId,
        o: 'set',
        f: 'status',
        v: 'awaiting_stage_2',
        x: 'open',
        p: [created],
      },
    ]);
    await a.call('cases.update', { id: caseId, changes: { status: 'closed' } });
    for (let round = 0; round < 2; round++) for (const r of [a, b]) await r.mustSync();
    for (const r of [a, b]) {
      expect(r.rows<{ status: string }>('SELECT status FROM cases WHERE id = ?', caseId)[0]!.status).toBe(
        'closed',
      );
      expect(
        JSON.parse(r.rows<{ op: string }>('SELECT op FROM pending_ops WHERE hlc = ?', later)[0]!.op).v,
      ).toBe('awaiting_stage_2');
    }
    expect(a.hash()).toBe(b.hash());
    expect(NEWER_SCHEMA).toBeGreaterThan(SCHEMA_VERSION);
  });

  it('an op this version cannot store (a required value missing) does not block everything else', async () => {
    const { sim, a, b, caseId, created, newer } = await setUp(703);
    const rogue = new HandWrittenReplica(
      '01a20000-0000-7000-8000-00000000bad1',
      (p, bytes) => sim.fake!.put(p, bytes, '(buggy client)'),
      SCHEMA_VERSION,
      shareKeyOf(sim.replicas[0]!.app.context.sqlite),
    );
    rogue.hello(sim.time);
    await rogue.approvedBy({ context: sim.replicas[0]!.app.context, fs: sim.cleanView(sim.replicas[0]!) });
    // Valid file, current schema, but the value breaks a NOT NULL column.
    rogue.segment([
      {
        h: rogue.hlc(sim.time + 1000),
        e: 'case',
        k: caseId,
        o: 'set',
        f: 'summary',
        v: null,
        x: 'Leak from the flat above',
        p: [created],
      },
    ]);
    void newer;
    const fromA = await a.call('cases.open', { type: 'enquiry', summary: 'Bin collection day' });
    await a.mustSync();
    const out = await b.sync();
    expect(out.ok, `one bad op must not make every sync fail: ${String(out.error)}`).toBe(true);
    expect(
      b.rows('SELECT id FROM cases WHERE id = ?', fromA.id),
      'the good changes still arrive',
    ).toHaveLength(1);
    expect(b.rows<{ summary: string }>('SELECT summary FROM cases WHERE id = ?', caseId)[0]!.summary).toBe(
      'Leak from the flat above',
    );
  });
});

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createShare, syncOnce, writeSnapshot } from '../../src/main/sync/engine';
import { joinShareFrom } from '../sync/harness';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import { stateHash } from '../../src/main/store/stateHash';
import { getBlob, putBlob } from '../../src/main/sync/blobs';
import { outboxSize } from '../../src/main/sync/exporter';
import { readMeta, writeMeta } from '../../src/main/store/meta';
import { openTestApp, tempDir } from '../helpers';

type Laptop = Awaited<ReturnType<typeof openTestApp>>;

describe('two laptops and a central share on a real folder', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setUp(n: number) {
    const root = tempDir('redress-sync-');
    cleanups.push(root.remove);
    const share = join(root.dir, 'share');
    mkdirSync(share);
    const fs = new NodeShareFs(share);
    const laptops: Laptop[] = [];
    for (let i = 0; i < n; i++) {
      const t = await openTestApp(join(root.dir, `laptop-${i}`));
      cleanups.push(() => t.app.close());
      laptops.push(t);
    }
    await createShare(laptops[0]!.app.context, fs, { deviceLabel: 'Office PC' });
    for (const l of laptops.slice(1))
      await joinShareFrom({ context: laptops[0]!.app.context, fs }, l.app.context, fs, {
        deviceLabel: 'Laptop',
      });
    const syncAll = async () => {
      for (let round = 0; round < 2; round++) for (const l of laptops) await syncOnce(l.app.context, fs);
    };
    return { fs, laptops, syncAll, root: root.dir };
  }

  it('converges: a case opened on one laptop appears on the other, searchable, with its history', async () => {
    const { laptops, syncAll } = await setUp(2);
    const [a, b] = laptops as [Laptop, Laptop];
    const r = await a.call('residents.create', {
      name: 'Winston Clarke',
      property: { addressLine1: '2 Heron Court', postcode: 'M1 1AA' },
    });
    const logged = await a.call('contacts.log', {
      residentId: r.id,
      channel: 'estate_visit',
      summary: 'Lift broken again',
      openCaseAs: 'complaint',
    });
    await syncAll();
    const found = await b.call('cases.list', { search: 'lift' });
    expect(found.items.map((c) => c.reference)).toEqual([logged.case!.reference]);
    expect((await b.call('residents.find', { query: 'M11AA' })).map((x) => x.name)).toEqual([
      'Winston Clarke',
    ]);
    expect(stateHash(a.app.context)).toBe(stateHash(b.app.context));
  });

  it('after taking in many changes, its own later work is found and sent, and only its own counts as waiting', async () => {
    const { laptops, syncAll, fs } = await setUp(2);
    const [a, b] = laptops as [Laptop, Laptop];
    await a.call('demo.seed', { cases: 300 });
    await syncAll();
    const db = b.app.context.sqlite;
    const me = b.app.context.installation.id;
    const end = () =>
      db.prepare('SELECT seq, hlc FROM changes ORDER BY seq DESC LIMIT 1').get() as {
        seq: number;
        hlc: string;
      };
    expect(outboxSize(db, me)).toBe(0);
    // B looked through A's changes once: its next look for its own starts after them.
    const mark = JSON.parse(readMeta(db, 'export_looked_through')!) as Record<string, unknown>;
    expect(mark).toMatchObject({ rid: me, ...end() });

    const opened = await b.call('cases.open', { type: 'enquiry', summary: 'Bin store lock broken' });
    const mine = (
      db.prepare('SELECT count(*) AS n FROM changes WHERE replica_id = ? AND seq > ?').get(me, mark.seq) as {
        n: number;
      }
    ).n;
    expect(mine).toBeGreaterThan(0);
    expect(outboxSize(db, me)).toBe(mine);
    // A mark is believed only while it describes this store: one claiming to have looked past
    // these changes, but ending at a row that is not there as it says, is ignored.
    const forged = { ...mark, ...end() };
    writeMeta(db, 'export_looked_through', JSON.stringify({ ...forged, hlc: mark.hlc }));
    expect(outboxSize(db, me)).toBe(mine);
    writeMeta(db, 'export_looked_through', JSON.stringify({ ...forged, exports: Number(mark.exports) + 1 }));
    expect(outboxSize(db, me)).toBe(mine);
    writeMeta(db, 'export_looked_through', JSON.stringify({ ...forged, rid: a.app.context.installation.id }));
    expect(outboxSize(db, me)).toBe(mine);
    // (Believed, it would hide them: the checks above are what keep them counted.)
    writeMeta(db, 'export_looked_through', JSON.stringify(forged));
    expect(outboxSize(db, me)).toBe(0);
    writeMeta(db, 'export_looked_through', JSON.stringify(mark));

    expect((await syncOnce(b.app.context, fs)).exported).toBe(mine);
    await syncAll();
    expect((await a.call('cases.get', { idOrReference: opened.id })).case.summary).toBe(
      'Bin store lock broken',
    );
    expect(stateHash(a.app.context)).toBe(stateHash(b.app.context));
  });

  it('surfaces concurrent decisions on both laptops, and settling one on either clears it on both', async () => {
    const { laptops, syncAll } = await setUp(2);
    const [a, b] = laptops as [Laptop, Laptop];
    const opened = await a.call('cases.open', { type: 'service_request', summary: 'Boiler losing pressure' });
    await syncAll();
    // Different fields, or the same decision on both: merged without asking anyone.
    await a.call('cases.update', { id: opened.id, changes: { status: 'closed' } });
    await b.call('cases.update', {
      id: opened.id,
      changes: { status: 'closed', summary: 'Boiler losing pressure daily' },
    });
    await syncAll();
    expect(await a.call('attention.list', {})).toEqual([]);
    expect((await b.call('cases.get', { idOrReference: opened.id })).case.summary).toBe(
      'Boiler losing pressure daily',
    );

    // Triage decided differently on two laptops that had not seen each other's change.
    await a.call('cases.update', { id: opened.id, changes: { type: 'compliment' } });
    await b.call('cases.update', { id: opened.id, changes: { type: 'enquiry' } });
    await syncAll();
    const onA = await a.call('attention.list', {});
    const onB = await b.call('attention.list', {});
    expect(onA).toHaveLength(1);
    expect(onA[0]).toMatchObject({ kind: 'conflict', field: 'type', caseReference: opened.reference });
    expect(onA[0]!.options.map((o) => o.value).sort()).toEqual(['compliment', 'enquiry']);
    expect(onB.map((i) => [i.id, i.options.map((o) => o.hlc)])).toEqual(
      onA.map((i) => [i.id, i.options.map((o) => o.hlc)]),
    );
    const keep = onB[0]!.options.find((o) => o.value === 'compliment')!;
    expect(await b.call('attention.resolveConflict', { id: onB[0]!.id, chosen: keep.hlc })).toEqual([]);
    await syncAll();
    expect(await a.call('attention.list', {})).toEqual([]);
    expect((await a.call('cases.get', { idOrReference: opened.id })).case.type).toBe('compliment');
    expect(stateHash(a.app.context)).toBe(stateHash(b.app.context));
  });

  it('names the case and the record when a decision on a point of complaint differs between laptops', async () => {
    const { laptops, syncAll } = await setUp(2);
    const [a, b] = laptops as [Laptop, Laptop];
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Repairs not done' });
    const withPoint = await a.call('points.add', { caseId: opened.id, point: 'The leak was never fixed' });
    const pointId = withPoint.complaint.points[0]!.id;
    await syncAll();
    await a.call('points.update', { id: pointId, changes: { decision: 'upheld' } });
    await b.call('points.update', { id: pointId, changes: { decision: 'not_upheld' } });
    await syncAll();
    const [item] = await a.call('attention.list', {});
    expect(item).toMatchObject({
      kind: 'conflict',
      field: 'decision',
      entity: 'complaint_point',
      caseReference: opened.reference,
      title: `${opened.reference}: the point of complaint’s decision was changed on two computers at once`,
    });
  });

  it('lets a new laptop join from a snapshot and keeps references unique', async () => {
    const { fs, laptops, syncAll, root } = await setUp(2);
    const [a, b] = laptops as [Laptop, Laptop];
    await a.call('demo.seed', { cases: 40 });
    await b.call('cases.open', { type: 'enquiry', summary: 'From b' });
    await syncAll();
    const name = await writeSnapshot(a.app.context, fs);
    expect(name).toMatch(/^\d{10}-[0-9a-f]{16}\.snap$/);
    const c = await openTestApp(join(root, 'laptop-new'));
    cleanups.push(() => c.app.close());
    await joinShareFrom({ context: a.app.context, fs }, c.app.context, fs);
    const report = await syncOnce(c.app.context, fs);
    expect(report.segmentsRead).toBe(0); // everything came from the snapshot
    await syncAll();
    await syncOnce(c.app.context, fs);
    expect(stateHash(c.app.context)).toBe(stateHash(a.app.context));
    const codes = new Set([a, b, c].map((l) => l.app.context.installation.code));
    expect(codes.size).toBe(3);
  });

  it('keeps a deleted case deleted: a stale laptop returning after a snapshot cannot bring it back', async () => {
    const { fs, laptops, syncAll, root } = await setUp(2);
    const [a, b] = laptops as [Laptop, Laptop];
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Opened on the wrong resident' });
    await syncAll();
    await a.call('cases.delete', { id: opened.id });
    await syncOnce(a.app.context, fs);
    await writeSnapshot(a.app.context, fs);
    // b was offline all along and edits the case it still sees.
    await b.call('cases.update', { id: opened.id, changes: { summary: 'Resident rang again' } });
    const c = await openTestApp(join(root, 'laptop-late'));
    cleanups.push(() => c.app.close());
    await joinShareFrom({ context: a.app.context, fs }, c.app.context, fs);
    await syncAll();
    await syncOnce(c.app.context, fs);
    await syncAll();
    for (const [name, l] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      expect((await l.call('cases.list', {})).items.map((x) => `${name}:${x.id}`)).not.toContain(
        `${name}:${opened.id}`,
      );
      expect((await l.app.dispatch('cases.get', { idOrReference: opened.id })).ok).toBe(false);
      expect((await l.call('attention.list', {})).map((i) => i.kind)).toEqual(['edited_after_delete']);
    }
    expect(stateHash(b.app.context)).toBe(stateHash(a.app.context));
    expect(stateHash(c.app.context)).toBe(stateHash(a.app.context));
  });

  it('moves attachments by content hash, verified on arrival', async () => {
    const { fs, laptops } = await setUp(2);
    const [a, b] = laptops as [Laptop, Laptop];
    const letter = Buffer.from('%PDF-1.7 a letter to the resident');
    const hash = await putBlob(a.app.context, fs, letter);
    expect(Buffer.from((await getBlob(b.app.context, fs, hash))!)).toEqual(letter);
    expect(await getBlob(b.app.context, fs, 'f'.repeat(64))).toBeNull();
  });
});

describe('the central share through the app procedures', () => {
  it('sets up, joins, syncs on demand and reports status; a missing share is offline, not an error', async () => {
    const root = tempDir('redress-share-proc-');
    const share = join(root.dir, 'share');
    mkdirSync(share);
    const a = await openTestApp(join(root.dir, 'a'));
    const b = await openTestApp(join(root.dir, 'b'));
    try {
      expect((await a.call('share.status', {})).state).toBe('not_set_up');
      const joinFirst = await b.app.dispatch('share.connect', { path: share, create: false });
      expect(joinFirst.ok || joinFirst.error.code).toBe('NOT_FOUND');
      const created = await a.call('share.connect', { path: share, create: true, deviceLabel: 'Office PC' });
      expect(created).toMatchObject({ state: 'up_to_date', path: share, outbox: 0 });
      const again = await b.app.dispatch('share.connect', { path: share, create: true });
      expect(again.ok || again.error.message).toMatch(/already holds a Redress share/);
      // Joining an existing share takes a join code from a computer already in it.
      const { code } = await a.call('share.joinCode', {});
      await b.call('share.connect', { path: share, create: false, deviceLabel: 'Estate laptop', code });
      await b.call('cases.open', { type: 'enquiry', summary: 'Asked about the new bin store' });
      expect((await b.call('share.status', {})).outbox).toBeGreaterThan(0);
      const report = await b.call('sync.now', {});
      expect(report.exported).toBeGreaterThan(0);
      await a.call('sync.now', {});
      const status = await a.call('share.status', {});
      expect(status.devices.map((d) => d.label)).toEqual(['Estate laptop']);
      expect((await a.call('cases.list', { search: 'bin store' })).items).toHaveLength(1);

      rmSync(share, { recursive: true, force: true }); // the NAS is switched off
      const offline = await a.app.dispatch('sync.now', {});
      expect(offline.ok || offline.error.code).toBe('UNAVAILABLE');
      expect((await a.call('share.status', {})).state).toBe('offline');
    } finally {
      await a.app.close();
      await b.app.close();
      root.remove();
    }
  });
});

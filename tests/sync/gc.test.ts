// Garbage collection of a writer's old segments (gc.ts, gcPoint.ts): it never removes what an
// installation still needs, removes what everyone has read once a snapshot of the writer's own
// holds it, a newcomer joining afterwards converges, the listing shrinks, and a credential that
// may not delete changes nothing.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { collectGarbage } from '../../src/main/sync/gc';
import { call, caseIds, filesIn, Office, rid, segmentsOf, stateHashOf, work, type Computer } from './office';

let office: Office;
afterEach(async () => office?.close());

const sync = (c: Computer, share: string) => call(c, 'sync.folder', { path: share });
const appliedOf = (reader: Computer, writer: Computer) =>
  (
    reader.app.context.sqlite
      .prepare('SELECT applied_seq FROM sync_replicas WHERE rid = ?')
      .get(rid(writer)) as { applied_seq: number } | undefined
  )?.applied_seq ?? 0;
const openItems = (c: Computer, prefix: string) =>
  (
    c.app.context.sqlite
      .prepare(`SELECT id FROM attention WHERE resolved_at IS NULL AND id LIKE ?`)
      .all(`${prefix}%`) as Array<{ id: string }>
  ).map((r) => r.id);

/** A share with A and B; A writes `rounds` segments (one per sync) that B has not read. */
async function setUp(rounds: number) {
  office = new Office();
  const share = office.folder('share');
  const a = await office.computer('A');
  const b = await office.computer('B');
  await office.share(share, a, b);
  await sync(b, share);
  for (let i = 0; i < rounds; i++) {
    await work(a, `a${i}`);
    await sync(a, share);
  }
  return { share, a, b };
}

describe('share gc', () => {
  it('keeps what a lagging computer has not read, removes it once everyone has read it and a snapshot holds it, and a newcomer after that converges', async () => {
    const { share, a, b } = await setUp(6);
    const before = segmentsOf(share, a);
    expect(before.length).toBeGreaterThanOrEqual(6);

    // B has not read A's segments: nothing goes, and A says why, naming B.
    const kept = await call(a, 'share.gc', { path: share });
    expect(kept.segmentsRemoved).toBe(0);
    expect(kept.kept.map((k) => k.reason).join(' ')).toContain('B’s laptop has not read them yet');
    expect(segmentsOf(share, a)).toEqual(before);

    // B reads them and says so (its own next segment's header), and A hears it.
    await sync(b, share);
    await work(b, 'b1');
    await sync(b, share);
    await sync(a, share);
    const last = segmentsOf(share, a).length;

    const gc = await call(a, 'share.gc', { path: share });
    expect(gc.snapshotWritten, 'A had no snapshot: one is written to hold what goes').not.toBeNull();
    expect(gc.removedThrough).toBe(last - 1);
    expect(gc.segmentsRemoved).toBe(last - 1);
    expect(gc.bytesFreed).toBeGreaterThan(0);
    // Never past what a computer has read: B's applied mark reaches the point.
    expect(appliedOf(b, a)).toBeGreaterThan(gc.removedThrough);
    const after = segmentsOf(share, a);
    expect(after, 'the listing shrinks to the anchor segment').toHaveLength(1);
    expect(
      readdirSync(join(share, 'replicas', rid(a), 'seg')).filter((n) => n.startsWith('gc-')),
    ).toHaveLength(1);
    // Never another computer's files.
    expect(segmentsOf(share, b).length).toBeGreaterThan(0);

    // Run again: nothing left to do, nothing removed.
    const again = await call(a, 'share.gc', { path: share });
    expect(again.segmentsRemoved).toBe(0);
    expect(again.snapshotWritten).toBeNull();

    // Both keep working and syncing after the removal.
    await work(a, 'a-after');
    await work(b, 'b-after');
    for (const c of [a, b, a]) await sync(c, share);

    // A newcomer joins after the removal: it starts from A's snapshot and converges.
    const c = await office.computer('C');
    await office.admit(share, a, c);
    await sync(c, share);
    for (const x of [a, b, c, a, b]) await sync(x, share);
    const hashes = await Promise.all([a, b, c].map(stateHashOf));
    expect(new Set(hashes).size, 'A, B and C converged').toBe(1);
    expect(caseIds(c)).toEqual(caseIds(a));
    expect(openItems(c, 'snapshot:'), 'the snapshot was accepted as it stands').toEqual([]);
    expect(openItems(c, 'gcgap:')).toEqual([]);
  });

  it('a computer that would need removed segments waits for a snapshot holding them, never skipping them, then converges', async () => {
    const { share, a, b } = await setUp(4);
    await sync(b, share);
    await work(b, 'b1');
    await sync(b, share);
    await sync(a, share);
    const gc = await call(a, 'share.gc', { path: share });
    expect(gc.segmentsRemoved).toBeGreaterThan(0);

    // A newcomer arrives when no snapshot is on the share (as if A's were lost or still copying).
    rmSync(join(share, 'replicas', rid(a), 'snap'), { recursive: true, force: true });
    const d = await office.computer('D');
    await office.admit(share, b, d);
    await sync(d, share);
    // D took in nothing of A's — not even A's later segment — and says it waits.
    expect(appliedOf(d, a)).toBe(0);
    const fromA = d.app.context.sqlite
      .prepare('SELECT count(*) AS n FROM changes WHERE replica_id = ?')
      .get(rid(a)) as { n: number };
    expect(fromA.n).toBe(0);
    expect(openItems(d, 'gcgap:')).toEqual([`gcgap:${rid(a)}`]);
    // And it has already started (B's changes came in): it still starts again from a snapshot.
    expect(caseIds(d).length).toBeGreaterThan(0);

    // A writes a snapshot (the running app does so as changes accumulate): D then catches up.
    await call(a, 'share.snapshot', { path: share });
    await sync(d, share);
    expect(openItems(d, 'gcgap:')).toEqual([]);
    expect(appliedOf(d, a)).toBeGreaterThan(gc.removedThrough);
    for (const x of [a, b, d, a]) await sync(x, share);
    const hashes = await Promise.all([a, b, d].map(stateHashOf));
    expect(new Set(hashes).size).toBe(1);
  });

  it('a credential that may not delete: GC says so and changes nothing', async () => {
    const { share, a, b } = await setUp(3);
    await sync(b, share);
    await work(b, 'b1');
    await sync(b, share);
    await sync(a, share);
    const files = filesIn(share);
    const noDelete = new NoDeleteShareFs(new NodeShareFs(share));
    const report = await collectGarbage(a.app.context, noDelete);
    expect(report.refused).toMatch(/does not let this computer remove files/);
    expect(report.segmentsRemoved).toBe(0);
    expect(report.snapshotWritten).toBeNull();
    expect(filesIn(share)).toEqual(files);
    // With a credential that may delete, the same run removes them.
    expect((await collectGarbage(a.app.context, new NodeShareFs(share))).segmentsRemoved).toBeGreaterThan(0);
  });
});

/** A share whose credential may read and create but not delete (an Azure SAS without `d`). */
class NoDeleteShareFs implements ShareFs {
  readonly label: string;
  constructor(private readonly inner: ShareFs) {
    this.label = inner.label;
  }
  list: ShareFs['list'] = (dir, options) => this.inner.list(dir, options);
  read: ShareFs['read'] = (path) => this.inner.read(path);
  size: ShareFs['size'] = (path) => this.inner.size(path);
  writeNew: ShareFs['writeNew'] = (path, data) => this.inner.writeNew(path, data);
  mkdirp: ShareFs['mkdirp'] = (dir) => this.inner.mkdirp(dir);
  remove: ShareFs['remove'] = async () => {
    throw Object.assign(new Error('This request is not authorized to perform this operation.'), {
      code: 'EACCES',
    });
  };
}

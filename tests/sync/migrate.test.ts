// Moving a share (migrate.ts): every file copied and checked, computers re-point with
// `share join --share NEW`, keep working and converge with nothing lost or duplicated, and a new
// computer joins the new place with a join code. A target byte that differs is refused before
// anything is written; an interrupted move carries on where it stopped.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateShare } from '../../src/main/sync/migrate';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { call, caseIds, filesIn, Office, stateHashOf, sync, work } from './office';

let office: Office;
afterEach(async () => office?.close());

/** A and B on share X, both with work on it. */
async function setUp() {
  office = new Office();
  const { x, a, b } = await office.workingPair();
  await call(a, 'share.snapshot', { path: x });
  return { x, a, b };
}

const contentsOf = (root: string) =>
  new Map([...filesIn(root).keys()].map((k) => [k, readFileSync(join(root, k)).toString('base64')]));

describe('share migrate', () => {
  it('copies every file checked, both computers re-point and converge, and a third joins the new place with a code', async () => {
    const { x, a, b } = await setUp();
    // Tidied first: the markers and snapshots that stand for the removed segments move too.
    for (const c of [a, b]) await sync(c, x);
    for (const c of [a, b])
      expect((await call(c, 'share.gc', { path: x })).segmentsRemoved).toBeGreaterThan(0);
    const y = office.folder('y');
    const moved = await call(a, 'share.migrate', { from: x, to: y });
    const onX = filesIn(x);
    expect(moved.files).toBe(onX.size);
    expect(moved.copied).toBe(onX.size);
    expect(moved.verified).toBe(onX.size);
    expect(moved.bytes).toBe([...onX.values()].reduce((s, n) => s + n, 0));
    expect(contentsOf(y)).toEqual(contentsOf(x));

    // Again: nothing to copy, everything checked.
    const again = await call(b, 'share.migrate', { from: x, to: y });
    expect(again).toMatchObject({ copied: 0, skipped: onX.size, verified: onX.size });

    // Both re-point (the same share: no join code asked for); only the share line changes.
    const shareId = (await call(a, 'share.status', {})).shareId;
    for (const c of [a, b]) {
      const status = await call(c, 'share.join', { path: y, create: false, deviceLabel: null });
      expect(status.path).toBe(y);
      expect(status.shareId).toBe(shareId);
    }
    const expected = new Set([...caseIds(a), ...caseIds(b)]);
    expected.add(await work(a, 'a-after'));
    expected.add(await work(b, 'b-after'));
    for (const c of [a, b, a]) await call(c, 'sync.now', {});
    expect(await stateHashOf(a)).toBe(await stateHashOf(b));
    expect(caseIds(a)).toEqual([...expected].sort());
    expect(caseIds(b)).toEqual(caseIds(a));

    // A third computer joins the new place with a join code and converges.
    const c = await office.computer('C');
    await office.admit(y, a, c);
    for (const x2 of [c, a, b, c]) await sync(x2, y);
    expect(await stateHashOf(c)).toBe(await stateHashOf(a));
    expect(caseIds(c)).toEqual(caseIds(a));
    // It started from a snapshot the moved markers allow, and waits for nothing.
    const open = c.app.context.sqlite
      .prepare(
        `SELECT id FROM attention WHERE resolved_at IS NULL AND (id LIKE 'gcgap:%' OR id LIKE 'snapshot:%')`,
      )
      .all();
    expect(open).toEqual([]);
  });

  it('a file at the target with other bytes is refused by name, and nothing else is copied', async () => {
    const { x } = await setUp();
    const y = office.folder('y');
    await migrateShare(new NodeShareFs(x), new NodeShareFs(y));
    const segment = [...filesIn(y).keys()].find((k) => k.endsWith('.seg'))!;
    const bytes = readFileSync(join(y, segment));
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 1;
    writeFileSync(join(y, segment), bytes);
    // Some files missing as well: they must stay missing when the move is refused.
    const another = [...filesIn(y).keys()].find((k) => k.includes('/seg/') && k !== segment)!;
    rmSync(join(y, another));
    rmSync(join(y, 'redress-share.json'));
    const before = contentsOf(y);
    await expect(migrateShare(new NodeShareFs(x), new NodeShareFs(y))).rejects.toThrow(
      new RegExp(`${segment}.*different contents`),
    );
    expect(contentsOf(y)).toEqual(before);
  });

  it('an interrupted move carries on where it stopped; the new place is a share only once complete', async () => {
    const { x } = await setUp();
    const y = office.folder('y');
    const total = filesIn(x).size;
    const cut = new CutShareFs(new NodeShareFs(y), Math.floor(total / 2));
    await expect(migrateShare(new NodeShareFs(x), cut)).rejects.toThrow(/stopped answering/);
    const partial = filesIn(y);
    expect(partial.size).toBe(Math.floor(total / 2));
    expect(partial.has('redress-share.json'), 'the format file goes last').toBe(false);
    expect([...partial.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([]);
    const resumed = await migrateShare(new NodeShareFs(x), new NodeShareFs(y));
    expect(resumed).toMatchObject({ skipped: partial.size, copied: total - partial.size, verified: total });
    expect(contentsOf(y)).toEqual(contentsOf(x));
  });

  it('refuses a target that holds a different share', async () => {
    const { x } = await setUp();
    const other = office.folder('other');
    writeFileSync(
      join(other, 'redress-share.json'),
      JSON.stringify({
        app: 'redress',
        format: 2,
        minReader: 2,
        shareId: 'another-share',
        createdAt: '',
        createdBy: '',
        encryption: 'aes-256-gcm',
      }),
    );
    await expect(migrateShare(new NodeShareFs(x), new NodeShareFs(other))).rejects.toThrow(
      /different Redress share/,
    );
    expect([...filesIn(other).keys()]).toEqual(['redress-share.json']);
  });
});

/** A target that stops answering after `writes` files (a connection lost mid-move). */
class CutShareFs implements ShareFs {
  readonly label: string;
  private left: number;
  constructor(
    private readonly inner: ShareFs,
    writes: number,
  ) {
    this.label = inner.label;
    this.left = writes;
  }
  list: ShareFs['list'] = (dir, options) => this.inner.list(dir, options);
  read: ShareFs['read'] = (path) => this.inner.read(path);
  size: ShareFs['size'] = (path) => this.inner.size(path);
  mkdirp: ShareFs['mkdirp'] = (dir) => this.inner.mkdirp(dir);
  remove: ShareFs['remove'] = (path) => this.inner.remove(path);
  writeNew: ShareFs['writeNew'] = async (path, data) => {
    if (this.left-- <= 0)
      throw Object.assign(new Error('the share stopped answering'), { code: 'ETIMEDOUT' });
    await this.inner.writeNew(path, data);
  };
}

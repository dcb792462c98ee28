// A full disk and a read-only data folder, for real: a tiny tmpfs that fills up, and a read-only
// bind mount of a folder holding a store (both need root to mount; skipped otherwise, saying so).
// Each reaches the CLI and the local host as one sentence; after a full disk, writes resume once
// space is freed, and nothing half-written is left.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { cliIn, openTestApp, tempDir, TEST_UNLOCK } from '../helpers';
import { isOneSentence, serveChild } from './storeTools/run';

const root = process.getuid?.() === 0;
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function mount(args: string[]): void {
  execFileSync('mount', args, { stdio: 'pipe' });
}

/** A fresh tmpfs of `size` mounted on a temp folder, unmounted after the test. */
function tinyDisk(size: string): string {
  const t = tempDir('redress-disk-');
  mount(['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', t.dir]);
  cleanups.push(() => {
    execFileSync('umount', [t.dir]);
    t.remove();
  });
  return t.dir;
}

describe.skipIf(!root)('a full disk (a real tmpfs of 2 MB)', () => {
  it('says "the disk is full" (not "cannot rollback"), keeps the store whole, and writes resume when space returns', async () => {
    const disk = tinyDisk('2m');
    const dir = join(disk, 'data');
    const { app, call } = await openTestApp(dir);
    cleanups.push(() => app.close());
    // Something else on the disk, deleted later to give the space back: it leaves room for a few
    // cases whatever size a new store's schema takes.
    const free = (() => {
      const s = statfsSync(disk);
      return s.bavail * s.bsize;
    })();
    writeFileSync(join(disk, 'filler'), Buffer.alloc(Math.max(0, free - 300 * 1024)));
    let saved = 0;
    let failure: { code: string; message: string; details?: Record<string, unknown> } | null = null;
    for (let i = 0; i < 2000 && !failure; i++) {
      const r = await app.dispatch('cases.open', {
        type: 'enquiry',
        summary: `${'A long note. '.repeat(150)}${i}`,
      });
      if (r.ok) saved++;
      else failure = r.error;
    }
    expect(saved).toBeGreaterThan(0);
    expect(failure).toMatchObject({ code: 'STORE_UNAVAILABLE', details: { problem: 'disk_full' } });
    expect(failure!.message).toMatch(/^The disk is full, so Redress could not save/);
    expect(app.store.sqlite.inTransaction).toBe(false);

    // The CLI on the same full disk says the same sentence.
    const cli = await cliIn(dir, 'case', 'open', '--type', 'enquiry', '--summary', 'x'.repeat(3000));
    expect(cli.code).toBe(1);
    expect(isOneSentence(cli.err)).toBe(true);
    expect(cli.err).toMatch(/The disk is full/);

    // Space returns (the filler a colleague left is deleted): the next write succeeds.
    rmSync(join(disk, 'filler'));
    const count = () =>
      (app.store.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    expect(count()).toBe(saved);
    const grown = await app.dispatch('cases.open', { type: 'enquiry', summary: 'After space was freed' });
    expect(grown.ok).toBe(true);
    expect(count()).toBe(saved + 1);
    expect((await call('cases.list', { search: 'freed' })).items).toHaveLength(1);
    expect(app.store.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('the local host refuses to start on a full disk with one sentence', async () => {
    const disk = tinyDisk('64k');
    writeFileSync(join(disk, 'filler'), Buffer.alloc(60 * 1024));
    const host = await serveChild(['--data-dir', join(disk, 'data')]);
    expect(host.code).toBe(1);
    expect(isOneSentence(host.stderr)).toBe(true);
    expect(host.stderr).toMatch(/^Redress could not start: The disk is full/);
  });
});

describe.skipIf(!root)('a read-only data folder (a read-only bind mount)', () => {
  it('is refused in one sentence by the CLI and the local host, and the store is untouched', async () => {
    const t = tempDir('redress-ro-');
    cleanups.push(t.remove);
    const writable = join(t.dir, 'writable');
    const { app, call } = await openTestApp(writable);
    await call('cases.open', { type: 'enquiry', summary: 'Kept safe' });
    await app.close();
    const readOnly = join(t.dir, 'read-only');
    mkdirSync(readOnly);
    mount(['--bind', writable, readOnly]);
    cleanups.push(() => execFileSync('umount', [readOnly]));
    mount(['-o', 'remount,bind,ro', readOnly]);

    await expect(openRedress({ unlock: TEST_UNLOCK, dataDir: readOnly })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      details: { problem: 'read_only' },
    });
    const cli = await cliIn(readOnly, 'case', 'list');
    expect(cli.code).toBe(1);
    expect(isOneSentence(cli.err)).toBe(true);
    expect(cli.err).toMatch(/cannot write to its data folder .*read-only/);
    const host = await serveChild(['--data-dir', readOnly]);
    expect(host.code).toBe(1);
    expect(isOneSentence(host.stderr)).toBe(true);
    expect(host.stderr).toMatch(/^Redress could not start: Redress cannot write to its data folder/);
    const again = await openTestApp(writable, { officer: false });
    cleanups.push(() => again.app.close());
    expect((await again.call('cases.list', {})).items.map((c) => c.summary)).toEqual(['Kept safe']);
  });
});

if (!root)
  describe('the store on a full or read-only disk', () => {
    it.skip('skipped: mounting a tiny tmpfs and a read-only bind mount needs root', () => {});
  });

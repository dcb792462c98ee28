import { TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
// Every share call has a deadline and can be cancelled (src/main/sync/guardedFs.ts); a call that
// never returns is not started again behind itself; closing the app never waits on the share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { GuardedShareFs, StalledCalls } from '../../src/main/sync/guardedFs';
import type { ShareFs } from '../../src/main/sync/shareFs';

/** A share whose reads and listings never come back (until `release`), counting the calls started. */
class StuckShare implements ShareFs {
  readonly label = '\\\\nas\\stuck';
  started = 0;
  private releases: Array<() => void> = [];
  private never<T>(value: T): Promise<T> {
    this.started++;
    return new Promise((resolve) => this.releases.push(() => resolve(value)));
  }
  release(): void {
    for (const r of this.releases.splice(0)) r();
  }
  list = (): Promise<string[]> => this.never([]);
  read = (): Promise<Uint8Array> => this.never(new Uint8Array());
  size = (): Promise<number | null> => this.never(null);
  writeNew = (): Promise<void> => this.never(undefined);
  remove = (): Promise<void> => this.never(undefined);
  mkdirp = (): Promise<void> => this.never(undefined);
}

describe('share calls with deadlines and cancelling', () => {
  it('times out, and does not start the same stuck call again until the first returns', async () => {
    const inner = new StuckShare();
    const stalled = new StalledCalls();
    const fs = new GuardedShareFs(inner, { timeoutMs: 50, stalled });
    await expect(fs.read('replicas/x/seg/a.seg')).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    await expect(fs.read('replicas/x/seg/a.seg')).rejects.toThrow(/not responding/);
    expect(inner.started, 'the second attempt waited on nothing new').toBe(1);
    inner.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(stalled.size).toBe(0);
    // Chunked reads: each piece has the deadline.
    const chunks = fs.readChunks('replicas/x/seg/a.seg', 1024);
    await expect(chunks.next()).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });

  it('an abort ends a stuck call at once, and every later call', async () => {
    const inner = new StuckShare();
    const controller = new AbortController();
    const fs = new GuardedShareFs(inner, { timeoutMs: 60_000, signal: controller.signal });
    const listing = fs.list('replicas');
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    await expect(listing).rejects.toMatchObject({ code: 'ABORT_ERR' });
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(fs.size('redress-share.json')).rejects.toMatchObject({ code: 'ABORT_ERR' });
    inner.release();
  });

  it('closing the app cancels a sync stuck on the share instead of waiting for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-guard-'));
    const inner = new StuckShare();
    const app = await openRedress({
      unlock: TEST_UNLOCK,
      dataDir: dir,
      sync: { makeFs: () => inner, shareTimeoutMs: 60_000 },
    });
    try {
      await app.dispatch('people.setUpOfficer', {
        password: TEST_PASSWORD,
        name: 'Ann Officer',
        initials: 'AO',
        role: 'admin',
      } as never);
      const syncing = app.dispatch('share.connect', { path: '/mnt/nas', create: false } as never);
      await new Promise((r) => setTimeout(r, 50));
      const started = performance.now();
      await app.close();
      expect(performance.now() - started, 'close did not wait for the share').toBeLessThan(2000);
      const out = await syncing;
      expect(out.ok).toBe(false);
    } finally {
      inner.release();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

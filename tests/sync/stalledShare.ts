import { TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
// A share that stops answering, and a file far too big to read, on a real folder (a temp dir, or
// the SMB mount: folderSuite.ts runs these on both). The app must stay usable while a read never
// returns, the sync must end with "not responding" rather than hang, and one bad file must not
// stop the rest of the share (or this computer's own changes) from syncing.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import type { ProcedureName } from '../../src/shared/contract';

export interface Pair {
  share: string;
  a: RedressApp;
  b: RedressApp;
  close(): Promise<void>;
}

export async function call(app: RedressApp, procedure: ProcedureName, input: unknown): Promise<unknown> {
  const result = await app.dispatch(procedure, input as never);
  if (!result.ok)
    throw Object.assign(new Error(`${procedure}: ${result.error.message}`), { error: result.error });
  return result.value;
}

/** Two computers on a share in `root` (a fresh folder in it), with this share timeout. */
export async function pair(root: string | undefined, timeoutMs: number): Promise<Pair> {
  const base = mkdtempSync(join(root ?? tmpdir(), 'redress-hostile-'));
  const dirs = mkdtempSync(join(tmpdir(), 'redress-hostile-data-'));
  const share = join(base, 'share');
  execFileSync('mkdir', ['-p', share]);
  const a = await openRedress({
    unlock: TEST_UNLOCK,
    dataDir: join(dirs, 'a'),
    sync: { shareTimeoutMs: timeoutMs },
  });
  const b = await openRedress({
    unlock: TEST_UNLOCK,
    dataDir: join(dirs, 'b'),
    sync: { shareTimeoutMs: timeoutMs },
  });
  // A's own folder may hold the stalled file too: it must not wait long on it either.
  await call(a, 'people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Ann Officer',
    initials: 'AO',
    role: 'admin',
  });
  await call(b, 'people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Bob Officer',
    initials: 'BO',
    role: 'admin',
  });
  await call(a, 'share.connect', { path: share, create: true, deviceLabel: 'A' });
  // B joins with a join code shown on A, which vouches for it.
  const { code } = (await call(a, 'share.joinCode', {})) as { code: string };
  await call(b, 'share.connect', { path: share, create: false, deviceLabel: 'B', code });
  return {
    share,
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      rmSync(base, { recursive: true, force: true });
      rmSync(dirs, { recursive: true, force: true });
    },
  };
}

const segName = (seq: number) => `${String(seq).padStart(10, '0')}-0123456789abcdef.seg`;

/** Lets a reader blocked opening a FIFO go (it then reads nothing). */
function release(fifo: string): void {
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // nobody was waiting on it
  }
}

/** Whether FIFOs can be made in this folder (not on SMB mounts). */
export function fifosWork(root: string | undefined): boolean {
  const dir = mkdtempSync(join(root ?? tmpdir(), 'fifo-probe-'));
  try {
    execFileSync('mkfifo', [join(dir, 'probe')], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed<T>(work: Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work;
  return { ms: performance.now() - started, value };
}

export async function stalledReadTest(root: string | undefined): Promise<void> {
  const timeoutMs = 1500;
  const p = await pair(root, timeoutMs);
  const aId = p.a.context.installation.id;
  const fifo = join(p.share, 'replicas', aId, 'seg', segName(90));
  try {
    await call(p.a, 'cases.open', { type: 'enquiry', summary: 'Before the stall' });
    await call(p.a, 'sync.now', {});
    // A file named like A's next segment whose read never returns (a stalled SMB read).
    execFileSync('mkfifo', [fifo]);
    const syncing = timed(p.b.dispatch('sync.now', {} as never));
    await new Promise((r) => setTimeout(r, 200)); // the sync is now waiting on the share
    // Everything else answers promptly meanwhile: reads and writes through the router.
    const list = await timed(call(p.b, 'cases.list', {}));
    expect(list.ms, 'cases.list while a share read is stuck').toBeLessThan(500);
    const opened = await timed(
      call(p.b, 'cases.open', { type: 'enquiry', summary: 'Written during the stall' }),
    );
    expect(opened.ms, 'cases.open while a share read is stuck').toBeLessThan(500);
    const status = (await call(p.b, 'share.status', {})) as { state: string };
    expect(status.state).toBe('syncing');
    // The sync gives up with a timeout instead of hanging.
    const ended = await syncing;
    expect(ended.value.ok).toBe(false);
    expect(ended.ms).toBeLessThan(timeoutMs + 3000);
    const after = (await call(p.b, 'share.status', {})) as { state: string; lastError: string | null };
    expect(after.lastError ?? '').toMatch(/the share is not responding/i);
    // The file never comes back: after a few tries it is set aside (Needs attention), and the
    // rest of the share — and B's own changes — sync again.
    let ok = false;
    for (let i = 0; i < 5 && !ok; i++) ok = (await p.b.dispatch('sync.now', {} as never)).ok;
    expect(ok, 'sync recovers once the stalled file is set aside').toBe(true);
    const items = (await call(p.b, 'attention.list', {})) as Array<{ kind: string; detail: string }>;
    expect(items.some((i) => i.kind === 'unreadable_file' && /did not return/.test(i.detail))).toBe(true);
    expect(((await call(p.b, 'share.status', {})) as { outbox: number }).outbox).toBe(0);
    await call(p.a, 'sync.now', {});
    const seen = (await call(p.a, 'cases.list', {})) as { items: Array<{ summary: string }> };
    expect(seen.items.map((c) => c.summary)).toContain('Written during the stall');
  } finally {
    release(fifo);
    await p.close();
  }
}

export async function oversizedFileTest(root: string | undefined): Promise<void> {
  const p = await pair(root, 20_000);
  const aId = p.a.context.installation.id;
  try {
    await call(p.a, 'cases.open', { type: 'enquiry', summary: 'A real case' });
    await call(p.a, 'sync.now', {});
    // 600 MB, sparse: instant to make, and far past what a string can hold.
    const huge = join(p.share, 'replicas', aId, 'seg', segName(90));
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1_048_576);
    await call(p.a, 'cases.open', { type: 'enquiry', summary: 'After the big file' });
    await call(p.a, 'sync.now', {});
    await call(p.b, 'cases.open', { type: 'enquiry', summary: 'B’s own case' });
    const report = (await call(p.b, 'sync.now', {})) as { quarantined: number };
    expect(report.quarantined).toBe(1);
    const items = (await call(p.b, 'attention.list', {})) as Array<{ kind: string; detail: string }>;
    expect(
      items.some((i) => i.kind === 'unreadable_file' && /larger than Redress reads/.test(i.detail)),
    ).toBe(true);
    const cases = (await call(p.b, 'cases.list', {})) as { items: Array<{ summary: string }> };
    expect(cases.items.map((c) => c.summary)).toContain('A real case');
    expect(((await call(p.b, 'share.status', {})) as { outbox: number }).outbox, 'B’s changes went out').toBe(
      0,
    );
    await call(p.a, 'sync.now', {});
    const atA = (await call(p.a, 'cases.list', {})) as { items: Array<{ summary: string }> };
    expect(atA.items.map((c) => c.summary)).toContain('B’s own case');
    // Later syncs stay quiet about it (no read, no new failure) until it changes.
    expect(((await call(p.b, 'sync.now', {})) as { quarantined: number }).quarantined).toBe(0);
  } finally {
    await p.close();
  }
}

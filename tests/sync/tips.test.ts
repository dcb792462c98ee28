import { TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
// What a sync with nothing new costs (tips.ts): one listing of the share's tips, whatever the
// number of other computers, while every change still arrives — a change hinted at by a tip on
// the next sync, one whose tip was missed (a writer's clock far behind) by the full sync every
// BACKSTOP_MS — a copy of this computer writing as it is still caught, and nothing is ever taken
// as deleted because a tip or a folder was missing. On a real folder (NodeShareFs).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { createShare, syncOnce } from '../../src/main/sync/engine';
import { CountingShareFs } from '../../src/main/sync/countingFs';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import { SyncRuntime } from '../../src/main/sync/runtime';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { BACKSTOP_MS, parseTip, TIPS_DIR } from '../../src/main/sync/tips';
import { CLEAN, FakeShare } from './fakeShare';
import { joinShareFrom } from './harness';

const START = Date.parse('2026-03-02T09:00:00.000Z');
const MINUTE = 60_000;

const roots: string[] = [];
const apps: RedressApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close().catch(() => undefined);
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** One office: a share folder, and computers whose clocks are sim time plus their own offset. */
class Office {
  t = START;
  readonly root = mkdtempSync(join(tmpdir(), 'redress-tips-'));
  readonly shareDir = join(this.root, 'share');
  readonly fs = new NodeShareFs(this.shareDir);
  /** On the in-memory share, each computer has its own view of it (as each has its own network path). */
  private readonly fake: FakeShare | null;
  private readonly views = new Map<RedressApp, ShareFs>();
  constructor(kind: 'folder' | 'fake' = 'folder') {
    roots.push(this.root);
    mkdirSync(this.shareDir);
    this.fake = kind === 'fake' ? new FakeShare({ seed: 3 }) : null;
  }

  fsOf(app: RedressApp): ShareFs {
    if (!this.fake) return this.fs;
    let view = this.views.get(app);
    if (!view) this.views.set(app, (view = this.fake.view(`c${this.views.size}`, CLEAN)));
    return view;
  }

  async computer(name: string, offsetMs = 0, dir = join(this.root, name)): Promise<RedressApp> {
    const app = await openRedress({
      unlock: TEST_UNLOCK,
      dataDir: dir,
      now: () => new Date(this.t + offsetMs),
    });
    apps.push(app);
    if (!app.context.me)
      await app.dispatch('people.setUpOfficer', {
        password: TEST_PASSWORD,
        name,
        initials: name.slice(0, 2).toUpperCase(),
        role: 'admin',
      });
    return app;
  }

  /** The first computer sets up the share; `others` more join it, each with a case of its own. */
  async withComputers(others: number, offsets: number[] = []): Promise<RedressApp[]> {
    const main = await this.computer('main');
    await createShare(main.context, this.fsOf(main));
    const all = [main];
    for (let i = 0; i < others; i++) {
      const other = await this.computer(`laptop${i}`, offsets[i] ?? 0);
      await joinShareFrom({ context: main.context, fs: this.fsOf(main) }, other.context, this.fsOf(other));
      await openCase(other, `Opened on laptop ${i}`);
      await syncOnce(other.context, this.fsOf(other));
      all.push(other);
    }
    this.t += 1000;
    // Everyone up to date, then a full sync each: nothing is news to anyone.
    for (const c of all) await syncOnce(c.context, this.fsOf(c));
    for (const c of all) await syncOnce(c.context, this.fsOf(c));
    return all;
  }
}

async function openCase(app: RedressApp, summary: string): Promise<string> {
  const r = await app.dispatch('cases.open', { type: 'complaint', summary });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

const caseIds = (app: RedressApp) =>
  (app.context.sqlite.prepare('SELECT id FROM cases ORDER BY id').all() as Array<{ id: string }>).map(
    (r) => r.id,
  );

/** A background sync, counted. */
async function quietSync(app: RedressApp, fs: ShareFs) {
  const counting = new CountingShareFs(fs);
  const report = await syncOnce(app.context, counting, { skipIfQuiet: true });
  return { report, requests: counting.requests };
}

describe('a sync with nothing new (tips)', () => {
  it('costs one request with four other computers, and a change on one of them arrives at the next', async () => {
    const office = new Office();
    const [main, a, b] = await office.withComputers(4);
    office.t += 1000;
    for (const c of [main!, a!, b!]) {
      const { report, requests } = await quietSync(c, office.fs);
      expect(report.quiet).toBe(true);
      expect(requests).toBe(1);
    }
    // A full sync (the first after start, the one every ten minutes) lists each folder once:
    // tips, the format file, replicas/, each other computer's folder and seg/, our own seg/.
    const full = new CountingShareFs(office.fs);
    await syncOnce(main!.context, full);
    expect(full.requests).toBeLessThanOrEqual(4 + 2 * 4);
    const id = await openCase(a!, 'Damp in the bathroom');
    office.t += 1000;
    // Its own sync is a full one (something waits to go out), and leaves a tip.
    const sent = await quietSync(a!, office.fs);
    expect(sent.report.quiet).toBeUndefined();
    expect(sent.report.exported).toBeGreaterThan(0);
    const tips = readdirSync(join(office.shareDir, TIPS_DIR)).filter(
      (n) => parseTip(n)?.rid === a!.context.installation.id,
    );
    expect(tips, 'one tip of its own left: the older ones removed').toHaveLength(1);
    office.t += 1000;
    for (const c of [main!, b!]) {
      const { report } = await quietSync(c, office.fs);
      expect(report.quiet).toBeUndefined();
      expect(caseIds(c)).toContain(id);
      // And quiet again after it.
      expect((await quietSync(c, office.fs)).requests).toBe(1);
    }
  }, 60_000);

  it('sees a tip from a clock behind within the window at once, and one far behind at the full sync every ten minutes', async () => {
    const office = new Office();
    // laptop0's clock runs 5 minutes behind, laptop1's 30 minutes behind.
    const [main, near, far] = await office.withComputers(2, [-5 * MINUTE, -30 * MINUTE]);
    for (const c of [main!, near!, far!]) await quietSync(c, office.fs);
    /**
     * The writer's view of the share, on which `main` writes a tip of its own just after the
     * writer looked at the tips and before it wrote its own: the writer's tip sorts below main's
     * newest one (dated by what it had seen, or by its slow clock).
     */
    const racing = (writer: RedressApp): ShareFs =>
      Object.assign(Object.create(office.fs) as ShareFs, {
        list: async (dir: string, options?: { after?: string }) => {
          const names = await office.fs.list(dir, options);
          if (dir === TIPS_DIR && writer.context.installation.id !== main!.context.installation.id) {
            await openCase(main!, `Opened at main while ${writer.context.installation.id} synced`);
            await syncOnce(main!.context, office.fs);
          }
          return names;
        },
      });
    const nearCase = await openCase(near!, 'From the slow clock');
    office.t += 1000;
    await syncOnce(near!.context, racing(near!), { skipIfQuiet: true });
    office.t += 1000;
    const seen = await quietSync(main!, office.fs);
    expect(seen.report.quiet, 'a tip 5 minutes behind is inside the window').toBeUndefined();
    expect(caseIds(main!)).toContain(nearCase);

    // A writer that has not looked at the tips for 20 minutes dates its tip by its own clock.
    office.t += 20 * MINUTE;
    const farCase = await openCase(far!, 'From the very slow clock');
    await syncOnce(far!.context, racing(far!), { skipIfQuiet: true });
    office.t += 1000;
    const missed = await quietSync(main!, office.fs);
    expect(missed.report.quiet, 'a tip 30 minutes behind is below the window').toBe(true);
    expect(caseIds(main!)).not.toContain(farCase);
    office.t += BACKSTOP_MS;
    const backstop = await quietSync(main!, office.fs);
    expect(
      backstop.report.quiet,
      'the full sync every ten minutes runs whatever the tips say',
    ).toBeUndefined();
    expect(caseIds(main!)).toContain(farCase);
  }, 60_000);

  it('still catches a copy of this computer writing as it: its tip carries our id', async () => {
    const office = new Office();
    const [main] = await office.withComputers(1);
    await quietSync(main!, office.fs);
    // The disk is copied while the app is closed; both copies then carry on.
    const mainDir = main!.context.dataDir;
    await main!.close();
    apps.splice(apps.indexOf(main!), 1);
    const copyDir = join(office.root, 'copy');
    cpSync(mainDir, copyDir, { recursive: true });
    const original = await office.computer('main', 0, mainDir);
    const copy = await office.computer('copy', 7, copyDir);
    expect(copy.context.installation.id).toBe(original.context.installation.id);
    await openCase(copy, 'Made on the copy');
    office.t += 1000;
    expect((await syncOnce(copy.context, office.fs)).exported).toBeGreaterThan(0);
    await openCase(original, 'Made on the original');
    office.t += 1000;
    // A background sync (not the first: it would be full anyway): the copy's tip makes it look.
    const { report } = await quietSync(original, office.fs);
    expect(report.forked).toBe(true);
  }, 60_000);

  it('never takes anything as deleted because tips or a folder went missing', async () => {
    const office = new Office();
    const [main, other] = await office.withComputers(1);
    const before = caseIds(main!);
    expect(before.length).toBeGreaterThan(0);
    rmSync(join(office.shareDir, TIPS_DIR), { recursive: true, force: true });
    office.t += 1000;
    expect((await quietSync(main!, office.fs)).report.quiet).toBe(true);
    expect(caseIds(main!)).toEqual(before);
    // Another computer's whole folder missing from the listing, at a full sync.
    const folder = join(office.shareDir, 'replicas', other!.context.installation.id);
    renameSync(folder, `${folder}.away`);
    office.t += BACKSTOP_MS;
    expect((await quietSync(main!, office.fs)).report.quiet).toBeUndefined();
    expect(caseIds(main!)).toEqual(before);
    renameSync(`${folder}.away`, folder);
  }, 60_000);
});

describe('on the in-memory share (a share that ignores listing hints)', () => {
  it('a quiet sync is one request there too, and a change still arrives', async () => {
    const office = new Office('fake');
    const [main, a, b] = await office.withComputers(3);
    office.t += 1000;
    for (const c of [main!, a!, b!]) expect((await quietSync(c, office.fsOf(c))).requests).toBe(1);
    const id = await openCase(b!, 'Leaking roof');
    office.t += 1000;
    await quietSync(b!, office.fsOf(b!));
    office.t += 1000;
    const { report } = await quietSync(main!, office.fsOf(main!));
    expect(report.quiet).toBeUndefined();
    expect(caseIds(main!)).toContain(id);
  }, 60_000);
});

describe('the running app', () => {
  it('keeps the requests of a quiet sync, and stretches its interval while idle until a write', async () => {
    const office = new Office();
    const [main] = await office.withComputers(2);
    const runtime = new SyncRuntime(main!.context, {
      intervalMs: 40,
      debounceMs: 5,
      makeFs: (line) => new NodeShareFs(line),
    });
    await runtime.join({ path: office.shareDir, create: false, deviceLabel: null });
    runtime.start();
    try {
      // The first sync reads everything; the background ones after it stop at the tips.
      await vi.waitFor(() => expect(runtime.backgroundIntervalMs).toBe(400), { timeout: 10_000 });
      await vi.waitFor(() => expect(runtime.status().requestsPerQuietSync).toBe(1), { timeout: 10_000 });
      await openCase(main!, 'Someone is working');
      runtime.afterWrite();
      expect(runtime.backgroundIntervalMs).toBe(40);
    } finally {
      await runtime.stop();
    }
  }, 60_000);
});

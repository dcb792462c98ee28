import { TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
// The writer's clock self-check: after writing a file to the share, a computer compares the time
// the share stamped on it with its own clock. Off by more than 10 minutes: one `clock` item about
// this computer ("This computer's clock seems to be N hours ahead of the share's"), kept up to date
// while it stays wrong and settled when the clock agrees again. It only warns: sync never stops,
// and a share that gives no times (or fails to) changes nothing.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { createShare, syncOnce } from '../../src/main/sync/engine';
import { joinShareFrom } from './harness';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { clockOffset, describeOffset, OWN_CLOCK_TOLERANCE_MS } from '../../src/main/sync/writerClock';
import { OWN_CLOCK_ITEM } from '../../src/shared/sync/attentionIds';
import type { AttentionItem } from '../../src/shared/contract/types';
import { guidanceFor, groupByKind, headingFor } from '../../src/renderer/src/features/attention/kinds';
import { CLEAN, FakeShare, shareError } from './fakeShare';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2026-03-02T09:00:00.000Z');

const roots: string[] = [];
const apps: RedressApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close().catch(() => undefined);
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redress-self-clock-'));
  roots.push(dir);
  return dir;
}

/** A computer whose clock is `clock()` (changeable), set up with an officer. */
async function computer(dir: string, clock: () => number): Promise<RedressApp> {
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir, now: () => new Date(clock()) });
  apps.push(app);
  const r = await app.dispatch('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Sam Reid',
    initials: 'SR',
    role: 'admin',
  });
  if (!r.ok) throw new Error(r.error.message);
  return app;
}

async function openCase(app: RedressApp, summary: string): Promise<string> {
  const r = await app.dispatch('cases.open', { type: 'enquiry', summary });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

async function clockItems(app: RedressApp): Promise<AttentionItem[]> {
  const r = await app.dispatch('attention.list', {});
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as AttentionItem[]).filter((i) => i.kind === 'clock');
}

/** A fake share with a clock of its own (sim time), and two computers on it: A (offset changeable) and C (correct). */
async function world() {
  let t = START;
  const share = new FakeShare({ seed: 11 });
  share.clock = () => t;
  const offset = { a: 0 };
  const root = tempDir();
  const a = await computer(join(root, 'a'), () => t + offset.a);
  const c = await computer(join(root, 'c'), () => t);
  const aView = share.view('A');
  const cView = share.view('C');
  await createShare(a.context, aView, { deviceLabel: 'A' });
  await joinShareFrom({ context: a.context, fs: share.view('A', CLEAN) }, c.context, share.view('C', CLEAN), {
    deviceLabel: 'C',
  });
  return {
    share,
    a,
    c,
    aView,
    cView,
    offset,
    advance: (ms = 5000) => (t += ms),
  };
}

describe('the writer’s clock self-check', () => {
  it('a computer 2 hours ahead of the share gets one item; sync carries on; it is updated while wrong and settled once the clock agrees', async () => {
    const w = await world();
    w.offset.a = 2 * HOUR;
    const first = await openCase(w.a, 'Written with a clock 2 hours fast');
    w.advance();
    const report = await syncOnce(w.a.context, w.aView);
    expect(report.exported, 'sync was not held up').toBeGreaterThan(0);
    let items = await clockItems(w.a);
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toBe(OWN_CLOCK_ITEM);
    expect(items[0]!.title).toBe('This computer’s clock looks wrong');
    expect(items[0]!.detail).toMatch(/^This computer’s clock seems to be 2 hours ahead of the share’s/);
    expect(guidanceFor(items[0]!)).toMatch(/Correct this computer’s date, time and time zone/);
    const raised = items[0]!.createdAt;

    // The other computer (clock right) gets the change and has no item of its own.
    w.advance();
    await syncOnce(w.c.context, w.cView);
    expect(
      (w.c.context.sqlite.prepare('SELECT id FROM cases').all() as Array<{ id: string }>).map((r) => r.id),
    ).toContain(first);
    expect(await clockItems(w.c)).toEqual([]);

    // Still wrong, and now further off: still one item, updated, first noticed when it was.
    w.offset.a = 3 * HOUR;
    for (let i = 0; i < 3; i++) {
      await openCase(w.a, `More ${i}`);
      w.advance();
      await syncOnce(w.a.context, w.aView);
    }
    items = await clockItems(w.a);
    expect(items).toHaveLength(1);
    expect(items[0]!.detail).toMatch(/3 hours ahead of/);
    expect(items[0]!.createdAt).toBe(raised);

    // A sync with nothing to write looks at no file times, and changes nothing.
    w.advance();
    const idle = await syncOnce(w.a.context, w.aView);
    expect(idle.exported).toBe(0);
    expect(await clockItems(w.a)).toHaveLength(1);

    // The clock is put right: the next file written agrees, and the item goes.
    w.offset.a = 20_000;
    await openCase(w.a, 'Clock fixed');
    w.advance();
    await syncOnce(w.a.context, w.aView);
    expect(await clockItems(w.a)).toEqual([]);

    // Wrong again, the other way: raised again, as days behind.
    w.offset.a = -3 * DAY;
    await openCase(w.a, 'Clock battery died');
    w.advance();
    expect((await syncOnce(w.a.context, w.aView)).exported).toBeGreaterThan(0);
    items = await clockItems(w.a);
    expect(items).toHaveLength(1);
    expect(items[0]!.detail).toMatch(/3 days behind the share’s/);
  });

  it('within 10 minutes of the share nothing is raised', async () => {
    const w = await world();
    for (const off of [9 * MINUTE, -9 * MINUTE, 30_000, 0]) {
      w.offset.a = off;
      await openCase(w.a, `Offset ${off}`);
      w.advance();
      await syncOnce(w.a.context, w.aView);
      expect(await clockItems(w.a), `offset ${off}`).toEqual([]);
    }
  });

  it('a clock years out still shares its changes: the check only warns', async () => {
    const w = await world();
    w.offset.a = 10 * 365 * DAY;
    await openCase(w.a, 'From the future');
    w.advance();
    const report = await syncOnce(w.a.context, w.aView);
    expect(report.exported).toBeGreaterThan(0);
    expect((await clockItems(w.a))[0]!.detail).toMatch(/10 years ahead of/);
  });

  it('a share that gives no times, or fails when asked, never blocks sync and raises nothing', async () => {
    const w = await world();
    w.offset.a = 5 * HOUR;
    // No clock on the share: no times.
    w.share.clock = null;
    await openCase(w.a, 'No times');
    w.advance();
    expect((await syncOnce(w.a.context, w.aView)).exported).toBeGreaterThan(0);
    expect(await clockItems(w.a)).toEqual([]);
    // A share that throws when asked for a time.
    w.share.clock = () => START;
    const failing: ShareFs = Object.assign(Object.create(w.aView) as ShareFs, {
      mtime: async () => {
        throw shareError('EIO', 'stat failed');
      },
    });
    await openCase(w.a, 'Failing stat');
    w.advance();
    expect((await syncOnce(w.a.context, failing)).exported).toBeGreaterThan(0);
    expect(await clockItems(w.a)).toEqual([]);
    // A share without the method at all (an older ShareFs).
    const plain: ShareFs = {
      label: 'plain',
      list: (d) => w.aView.list(d),
      read: (p) => w.aView.read(p),
      size: (p) => w.aView.size(p),
      writeNew: (p, b) => w.aView.writeNew(p, b),
      remove: (p) => w.aView.remove(p),
      mkdirp: (d) => w.aView.mkdirp(d),
    };
    await openCase(w.a, 'Plain share');
    w.advance();
    expect((await syncOnce(w.a.context, plain)).exported).toBeGreaterThan(0);
    expect(await clockItems(w.a)).toEqual([]);
  });

  it('on a real folder: a clock an hour fast is noticed from the file’s real modification time, and cleared once right', async () => {
    const root = tempDir();
    const folder = join(root, 'share');
    mkdirSync(folder);
    const offset = { ms: HOUR };
    const a = await computer(join(root, 'a'), () => Date.now() + offset.ms);
    const fs = new NodeShareFs(folder);
    await createShare(a.context, fs, { deviceLabel: 'A' });
    await openCase(a, 'Fast clock');
    await syncOnce(a.context, fs);
    const items = await clockItems(a);
    expect(items).toHaveLength(1);
    expect(items[0]!.detail).toMatch(/seems to be (59|60) minutes ahead of the share’s/);
    offset.ms = 0;
    await openCase(a, 'Clock right');
    await syncOnce(a.context, fs);
    expect(await clockItems(a)).toEqual([]);
  });
});

describe('clock offsets and wording', () => {
  it('measures against the whole write: the share’s time inside it is no offset', () => {
    expect(clockOffset(1_000, 900, 1_100)).toBe(0);
    expect(clockOffset(500, 900, 1_100)).toBe(400); // this computer ahead
    expect(clockOffset(1_500, 900, 1_100)).toBe(-400); // behind
    expect(OWN_CLOCK_TOLERANCE_MS).toBe(10 * MINUTE);
  });

  it('says how far, in words a person reads', () => {
    expect(describeOffset(25 * MINUTE)).toBe('25 minutes ahead of');
    expect(describeOffset(-2 * HOUR)).toBe('2 hours behind');
    expect(describeOffset(3 * DAY)).toBe('3 days ahead of');
    expect(describeOffset(-5 * 365 * DAY)).toBe('5 years behind');
  });

  it('the page tells this computer’s clock from another computer’s, and puts a copied identity first', () => {
    const base: AttentionItem = {
      id: 'clock:0190',
      kind: 'clock',
      title: '',
      detail: '',
      createdAt: '2026-03-02T09:00:00Z',
      entity: null,
      entityId: null,
      caseReference: null,
      field: null,
      options: [],
    };
    expect(guidanceFor(base)).toMatch(/^Ask the owner of that computer/);
    expect(guidanceFor({ ...base, id: OWN_CLOCK_ITEM })).toMatch(/^Correct this computer’s date/);
    const fork = { ...base, id: 'fork:x', kind: 'fork' as const };
    expect(groupByKind([base, fork]).map((g) => g.kind)).toEqual(['fork', 'clock']);
    expect(headingFor('fork').title).toMatch(/identity/);
    expect(guidanceFor(fork)).toMatch(/Give this computer a new identity/);
  });
});

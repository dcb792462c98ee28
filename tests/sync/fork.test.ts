import { TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
// Two computers writing as one (a copied disk or profile, a store put back from an older backup):
// both carry one installation id and would write different files under the same numbers, and other
// computers, reading one file per number, would silently miss some. The computer whose own record
// disagrees with its folder on the share stops sharing and says so, keeps working and importing,
// and loses nothing; after it takes a new identity (share.reidentify) everyone converges, and
// later edits on both flow. The computer whose files all match carries on as if nothing happened.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { admitNewcomers, writeSnapshot } from '../../src/main/sync/engine';
import { outboxSize } from '../../src/main/sync/exporter';
import { SyncRuntime } from '../../src/main/sync/runtime';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { stateHash } from '../../src/main/store/stateHash';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import type { AttentionItem, SyncReport } from '../../src/shared/contract/types';
import { cliJson, runCli } from './cli';
import { CLEAN, FakeShare, type Adversary, type FakeShareOptions } from './fakeShare';

const START = Date.parse('2026-03-02T09:00:00.000Z');
const SEGMENT = /^\d{10}-[0-9a-f]{16}\.seg$/;

const roots: string[] = [];
const open: Computer[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.app?.close().catch(() => undefined);
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** Sim time shared by everyone; each computer's clock is it plus an offset (never equal across computers). */
class World {
  t = START;
  readonly root = mkdtempSync(join(tmpdir(), 'redress-fork-'));
  readonly share: FakeShare;
  /** Computers in the share, in the order they joined: the first shows the others' join codes. */
  readonly members: Computer[] = [];

  constructor(options: Partial<FakeShareOptions> = {}) {
    roots.push(this.root);
    this.share = new FakeShare({ seed: 7, ...options });
  }

  advance(ms = 1000): void {
    this.t += ms;
  }
}

/** One laptop: a real store in a folder, syncing through the router with its own view of the fake share. */
class Computer {
  app!: RedressApp;
  view: ShareFs;

  constructor(
    readonly world: World,
    readonly name: string,
    readonly dir: string,
    readonly offsetMs: number,
    adversary: Partial<Adversary> = {},
  ) {
    this.view = world.share.view(name, adversary);
  }

  now = (): Date => new Date(this.world.t + this.offsetMs);

  async open(): Promise<this> {
    this.app = await openRedress({ unlock: TEST_UNLOCK, dataDir: this.dir, now: this.now });
    // The router's share procedures go through this runtime: point it at the fake share.
    this.app.context.sync = new SyncRuntime(this.app.context, { makeFs: () => this.view });
    open.push(this);
    return this;
  }

  async close(): Promise<void> {
    open.splice(open.indexOf(this), 1);
    await this.app.close();
  }

  get rid(): string {
    return this.app.context.installation.id;
  }

  async call<K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> {
    const result = await this.app.dispatch(procedure, input);
    if (!result.ok)
      throw new Error(`${this.name} ${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  }

  async sync(): Promise<SyncReport> {
    this.world.advance();
    return this.call('sync.now', {});
  }

  async attention(kind?: AttentionItem['kind']): Promise<AttentionItem[]> {
    return (await this.call('attention.list', {})).filter((i) => !kind || i.kind === kind);
  }

  hash(): string {
    return stateHash(this.app.context);
  }

  ids(table: 'cases' | 'contacts'): string[] {
    return (
      this.app.context.sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as Array<{ id: string }>
    ).map((r) => r.id);
  }

  summary(caseId: string): string | undefined {
    return (
      this.app.context.sqlite.prepare('SELECT summary FROM cases WHERE id = ?').get(caseId) as
        { summary: string } | undefined
    )?.summary;
  }

  changes(): number {
    return (this.app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
  }

  async openCase(summary: string): Promise<string> {
    this.world.advance();
    return (await this.call('cases.open', { type: 'complaint', summary })).id;
  }

  /** This disk copied to another laptop: the store folder as it is now, opened there. */
  async cloneTo(name: string, offsetMs: number, adversary: Partial<Adversary> = {}): Promise<Computer> {
    await this.close();
    const dir = join(this.world.root, name);
    cpSync(this.dir, dir, { recursive: true });
    await this.open();
    return new Computer(this.world, name, dir, offsetMs, adversary).open();
  }
}

async function computer(world: World, name: string, offsetMs: number, create = false): Promise<Computer> {
  const c = await new Computer(world, name, join(world.root, name), offsetMs).open();
  await c.call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: `Officer ${name}`,
    initials: name.slice(0, 2),
    role: 'admin',
  });
  // The fake share ignores the path (makeFs above); it is a full path only because the contract
  // takes no other kind.
  const member = create ? undefined : world.members[0];
  const code = member ? (await member.call('share.joinCode', {})).code : null;
  await c.call('share.connect', { path: `/fake-share/${name}`, create, deviceLabel: `Laptop ${name}`, code });
  // The member vouches for the newcomer at once (its next sync would), through a view of its own.
  if (member) await admitNewcomers(member.app.context, world.share.view(`${member.name} (admits)`, CLEAN));
  world.members.push(c);
  return c;
}

/** Files written to the share by one view (one computer), in order. */
function writesBy(world: World, view: string): string[] {
  return world.share.events.filter((e) => e.view === view && e.call === 'writeNew').map((e) => e.path);
}

/** Sync everyone round after round until the state hashes agree and a round changes nothing. */
async function quiesce(computers: Computer[], rounds = 6): Promise<void> {
  let previous = '';
  for (let round = 0; round < rounds; round++) {
    for (const c of computers) await c.sync();
    const hashes = computers.map((c) => c.hash());
    if (new Set(hashes).size === 1 && hashes[0] === previous) return;
    previous = hashes[0]!;
  }
  const dump = (c: Computer) =>
    JSON.stringify({
      cases: c.app.context.sqlite
        .prepare('SELECT id, reference, summary, deleted_at FROM cases ORDER BY id')
        .all(),
      att: c.app.context.sqlite
        .prepare('SELECT id, kind, data FROM attention WHERE resolved_at IS NULL ORDER BY id')
        .all(),
      pending: c.app.context.sqlite.prepare('SELECT hlc, reason FROM pending_ops').all(),
      changes: c.changes(),
    });
  throw new Error(
    `did not converge: ${computers.map((c) => `${c.name}=${c.hash().slice(0, 10)} ${dump(c)}`).join('\n')}`,
  );
}

function expectConverged(computers: Computer[], cases: string[]): void {
  const [first, ...rest] = computers;
  for (const c of rest) {
    expect(c.hash(), `${c.name} agrees with ${first!.name}`).toBe(first!.hash());
    expect(c.ids('cases'), c.name).toEqual(first!.ids('cases'));
    expect(c.changes(), `${c.name}: same change log`).toBe(first!.changes());
  }
  for (const c of computers) {
    const have = new Set(c.ids('cases'));
    expect(
      cases.filter((id) => !have.has(id)),
      `${c.name} is missing cases`,
    ).toEqual([]);
    expect(outboxSize(c.app.context.sqlite, c.rid), `${c.name} has nothing left to share`).toBe(0);
  }
}

describe('a copied computer (fork detection)', () => {
  it('the copy whose record disagrees stops sharing and says so; nothing is lost; after a new identity everyone converges and later edits flow', async () => {
    const world = new World();
    const a = await computer(world, 'A', 0, true);
    const c = await computer(world, 'C', 3);
    const a0 = await a.openCase('Before the copy');
    await a.sync();
    await c.sync();

    // A's disk is copied to a second laptop, B: same installation id, same history.
    const b = await a.cloneTo('B', 7);
    expect(b.rid).toBe(a.rid);
    const shared = a.rid;
    const sharedCode = a.app.context.installation.code;

    // A (the first to write after the copy) carries on normally.
    const a1 = await a.openCase('On A after the copy');
    await a.call('cases.update', { id: a0, changes: { summary: 'Edited on A' } });
    const fromA = await a.sync();
    expect(fromA.exported).toBeGreaterThan(0);
    expect(fromA.forked).toBeUndefined();

    // B works too; when it syncs, its folder holds a file it never wrote: it stops sharing.
    const b1 = await b.openCase('On B after the copy');
    const bCall = await b.call('contacts.log', { channel: 'phone', summary: 'Call taken on B' });
    const writesBefore = writesBy(world, 'B');
    const fromB = await b.sync();
    expect(fromB.forked).toBe(true);
    expect(fromB.exported).toBe(0);
    const items = await b.attention('fork');
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toMatch(/Another computer is using this computer’s identity/);
    expect(items[0]!.detail).toMatch(/probably a copy of this computer’s data/);
    expect(items[0]!.detail).toMatch(/kept but not shared/);
    const status = await b.call('share.status', {});
    expect(status.state).toBe('error');
    expect(status.lastError).toMatch(/identity/);
    expect(status.outbox).toBeGreaterThan(0);

    // B keeps working and keeps receiving, but writes nothing to the share, however often it syncs.
    const c1 = await c.openCase('On C');
    await c.sync();
    const b2 = await b.openCase('On B, still copied');
    for (let i = 0; i < 3; i++) expect((await b.sync()).forked).toBe(true);
    expect(writesBy(world, 'B')).toEqual(writesBefore);
    expect(b.ids('cases')).toContain(c1);
    expect(await b.attention('fork'), 'one item, however often it syncs').toHaveLength(1);

    // A sees nothing wrong: its files are its own.
    for (let i = 0; i < 2; i++) expect((await a.sync()).forked).toBeUndefined();
    expect(await a.attention('fork')).toEqual([]);
    expect((await a.call('share.status', {})).state).toBe('up_to_date');

    // The fix, from the item's button: a new identity for B.
    const after = await b.call('share.reidentify', { deviceLabel: 'Laptop B' });
    expect(b.rid).not.toBe(shared);
    expect(b.app.context.installation.code).not.toBe(sharedCode);
    expect(b.app.context.installation.code).not.toBe(c.app.context.installation.code);
    expect(after.lastError).toBeNull();
    expect(await b.attention('fork')).toEqual([]);
    expect(a.rid, 'A keeps the identity').toBe(shared);

    await quiesce([a, b, c]);
    expectConverged([a, b, c], [a0, a1, b1, b2, c1]);
    expect(a.ids('contacts')).toContain(bCall.contact.id);
    expect(a.summary(a0)).toBe('Edited on A');
    // The others know B by its new name and code; the old id is A's alone.
    const known = a.app.context.sqlite
      .prepare('SELECT label, code FROM sync_replicas WHERE rid = ?')
      .get(b.rid) as { label: string; code: string };
    expect(known).toEqual({ label: 'Laptop B', code: b.app.context.installation.code });
    // B re-shared under its new id only: never another file in the old folder.
    expect(writesBy(world, 'B').filter((p) => p.startsWith(`replicas/${shared}/`))).toEqual([]);

    // Later edits on both flow both ways.
    await a.call('cases.update', { id: b1, changes: { summary: 'A edits B’s case' } });
    await b.call('cases.update', { id: a1, changes: { summary: 'B edits A’s case' } });
    const b3 = await b.openCase('On B with its own identity');
    const a2 = await a.openCase('On A later');
    await quiesce([a, b, c]);
    expectConverged([a, b, c], [a0, a1, a2, b1, b2, b3, c1]);
    for (const x of [a, b, c]) {
      expect(x.summary(b1), x.name).toBe('A edits B’s case');
      expect(x.summary(a1), x.name).toBe('B edits A’s case');
      expect(await x.attention('fork'), x.name).toEqual([]);
      // The two copies each issued one reference under the shared code before B stopped sharing:
      // flagged alike everywhere. Nothing issued since clashes (A skips numbers B used).
      const clashes = await x.attention('duplicate_reference');
      expect(
        clashes.map((i) => i.detail),
        x.name,
      ).toEqual([`Two cases carry the reference ${reference(x, a1)}`]);
      expect(reference(x, a1)).toBe(reference(x, b1));
    }
    const issued = [a0, a1, a2, b2, b3, c1].map((id) => reference(a, id));
    expect(new Set(issued).size, issued.join(' ')).toBe(issued.length);
    // And B's new identity survives a restart.
    const newId = b.rid;
    await b.close();
    await b.open();
    expect(b.rid).toBe(newId);
  });

  it('both copies write the same file number before seeing each other: both stop, both take new identities, and a computer that read only one of the two files still gets everything', async () => {
    const world = new World();
    const a = await computer(world, 'A', 0, true);
    const a0 = await a.openCase('Before the copy');
    await a.sync();
    // C never sees B's file in the old folder (it read A's file at that number and moved on).
    const c = await computer(world, 'C', 3);
    await c.sync();
    const b = await a.cloneTo('B', 7);
    const shared = a.rid;
    const inOldFolder = (p: string, by: string) =>
      p.startsWith(`replicas/${shared}/seg/`) && world.share.writerOf(p) === by;
    b.view = world.share.view('B').withhold((p) => inOldFolder(p, 'A'));
    const cView = world.share.view('C').withhold((p) => inOldFolder(p, 'B'));
    c.view = cView;
    // Both write file number 2, different contents.
    const a1 = await a.openCase('A after the copy');
    const b1 = await b.openCase('B after the copy');
    expect((await a.sync()).forked).toBeUndefined();
    expect((await b.sync()).forked).toBeUndefined(); // B could not see A's file yet
    const numbers = readdirLike(world, `replicas/${shared}/seg/`).map((n) => n.slice(0, 10));
    expect(numbers.length - new Set(numbers).size, `two files at one number: ${numbers.join(' ')}`).toBe(1);
    await c.sync();
    expect(c.ids('cases')).toContain(a1);
    expect(c.ids('cases'), 'C read A’s file at that number only').not.toContain(b1);

    // Each now sees the other's file at its own number: both stop.
    b.view = world.share.view('B');
    expect((await a.sync()).forked).toBe(true);
    expect((await b.sync()).forked).toBe(true);
    expect(await a.attention('fork')).toHaveLength(1);
    expect(await b.attention('fork')).toHaveLength(1);

    await a.call('share.reidentify', {});
    await b.call('share.reidentify', {});
    expect(new Set([shared, a.rid, b.rid]).size).toBe(3);
    const codes = [a, b, c].map((x) => x.app.context.installation.code);
    expect(new Set(codes).size, `codes ${codes.join(' ')}`).toBe(3);

    await quiesce([a, b, c]);
    expectConverged([a, b, c], [a0, a1, b1]);
    // C still never read B's file in the old folder: B's case came under B's new identity.
    expect(cView.readLog.some((p) => inOldFolder(p, 'B'))).toBe(false);
  });

  it('a store put back from an older backup stops sharing instead of overwriting its own history, and gets its later changes back', async () => {
    const world = new World();
    const a = await computer(world, 'A', 0, true);
    const c = await computer(world, 'C', 3);
    const a0 = await a.openCase('Backed up');
    await a.sync();
    await a.close();
    const backup = join(world.root, 'A-backup');
    cpSync(a.dir, backup, { recursive: true });
    await a.open();
    const a1 = await a.openCase('After the backup');
    await a.sync();
    await c.sync();
    // The disk dies; the backup is put back.
    await a.close();
    rmSync(a.dir, { recursive: true, force: true });
    cpSync(backup, a.dir, { recursive: true });
    await a.open();
    expect(a.ids('cases')).not.toContain(a1);
    const a2 = await a.openCase('After the restore');
    const report = await a.sync();
    expect(report.forked).toBe(true);
    expect(await a.attention('fork')).toHaveLength(1);
    await a.call('share.reidentify', {});
    await quiesce([a, c]);
    expectConverged([a, c], [a0, a1, a2]);
    expect(a.ids('cases'), 'the change lost with the disk came back from the share').toContain(a1);
  });

  it('no false alarms: conflicted copies, temp leftovers, junk, failing calls and interrupted writes in its own folder are never taken for another computer', async () => {
    const world = new World({ conflictCopies: 0.5, tmpLeftovers: 0.5, junk: 1 });
    const hostile: Partial<Adversary> = { reorder: true, hide: 0.2, emptyListing: 0.1, fail: 0.15 };
    const a = await computer(world, 'A', 0, true);
    const b = await computer(world, 'B', 3);
    a.view = world.share.view('A', hostile);
    b.view = world.share.view('B', hostile);
    const made: string[] = [];
    let failed = 0;
    for (let i = 0; i < 12; i++) {
      made.push(await a.openCase(`A ${i}`));
      made.push(await b.openCase(`B ${i}`));
      for (const x of [a, b]) {
        const r = await x.app.dispatch('sync.now', {});
        if (r.ok) expect((r.value as SyncReport).forked, `${x.name} step ${i}`).toBeUndefined();
        else failed++;
      }
    }
    expect(failed, 'some syncs broke off mid-way (open intents finished later)').toBeGreaterThan(0);
    // A cloud client's byte-identical copies of our own files under conflicted names.
    for (const p of world.share
      .paths()
      .filter((p) => p.startsWith(`replicas/${a.rid}/seg/`))
      .slice(0, 2))
      world.share.addConflictCopies(p);
    a.view = world.share.view('A');
    b.view = world.share.view('B');
    await quiesce([a, b]);
    expectConverged([a, b], made);
    for (const x of [a, b]) expect(await x.attention('fork'), x.name).toEqual([]);
  });

  it('a copy’s file still being copied in is not yet evidence, and forged or damaged files never are; a whole one is', async () => {
    const world = new World();
    const a = await computer(world, 'A', 0, true);
    const c = await computer(world, 'C', 3);
    await a.openCase('Before the copy');
    await a.sync();
    const b = await a.cloneTo('B', 7);
    const shared = a.rid;
    // B writes first after the copy; A has not seen it yet.
    const b1 = await b.openCase('On B');
    expect((await b.sync()).forked).toBeUndefined();
    const path = world.share.paths().find((p) => world.share.writerOf(p) === 'B' && p.includes('/seg/'))!;
    const whole = world.share.get(path)!;
    // Half of it has arrived in A's synced folder, beside a forged name and a damaged copy.
    world.share.put(path, whole.slice(0, Math.floor(whole.length / 2)), 'B');
    world.share.put(`replicas/${shared}/seg/0000000099-0123456789abcdef.seg`, 'not a segment', '(forger)');
    const damaged = Uint8Array.from(whole);
    const flip = damaged.length - 40;
    damaged[flip] = damaged[flip]! ^ 1;
    world.share.put(path.replace(/\/\d{10}-/, '/0000000098-'), damaged, '(bit rot)');
    const a1 = await a.openCase('On A');
    for (let i = 0; i < 2; i++)
      expect((await a.sync()).forked, 'nothing valid of anyone else’s yet').toBeUndefined();
    await c.sync();
    expect(c.ids('cases')).toContain(a1);
    // Fully arrived: A now sees a valid file it never wrote, at a number it did write. A wrote
    // its own file at that number meanwhile, so B is stopped too: both wrote number 3, and C,
    // having read A's, will never read B's.
    world.share.put(path, whole, 'B');
    expect((await a.sync()).forked).toBe(true);
    expect((await b.sync()).forked).toBe(true);
    expect(c.ids('cases')).not.toContain(b1);
    // No snapshot either while the identity is shared: the old folder is not A's alone.
    await expect(writeSnapshot(a.app.context, a.view)).rejects.toThrow(/Another computer is using/);
    // A keeps working; the fix (on both) brings everything together.
    const a2 = await a.openCase('On A, stopped');
    await a.call('share.reidentify', {});
    await b.call('share.reidentify', {});
    await quiesce([a, b, c]);
    expectConverged([a, b, c], [a1, a2, b1]);
    // The forged and damaged files in the old folder are flagged for people, never applied.
    expect((await c.attention('unreadable_file')).length).toBeGreaterThan(0);
  });

  it('the share going away right after the switch: the new identity is kept, and its hello goes out before anything else at the next sync', async () => {
    const world = new World();
    const a = await computer(world, 'A', 0, true);
    const c = await computer(world, 'C', 3);
    await a.openCase('Before the copy');
    await a.sync();
    const b = await a.cloneTo('B', 7);
    const a1 = await a.openCase('On A');
    await a.sync();
    const b1 = await b.openCase('On B');
    expect((await b.sync()).forked).toBe(true);
    // Every write fails from here (a dropped VPN): reading still works.
    const working = b.view;
    b.view = Object.assign(Object.create(working) as ShareFs, {
      writeNew: async (path: string) => {
        throw Object.assign(new Error(`EIO: writeNew ${path}`), { code: 'EIO' });
      },
    });
    const status = await b.call('share.reidentify', {});
    expect(b.rid).not.toBe(a.rid);
    expect(status.state).toBe('offline');
    expect(await b.attention('fork')).toEqual([]);
    expect(world.share.paths().filter((p) => p.startsWith(`replicas/${b.rid}/`))).toEqual([]);
    b.view = working;
    await b.sync();
    const mine = world.share.paths().filter((p) => p.startsWith(`replicas/${b.rid}/`));
    expect(mine.some((p) => /\/hello-\d{13}-[0-9a-f]{12}\.json$/.test(p))).toBe(true);
    expect(mine.some((p) => p.includes('/seg/'))).toBe(true);
    await quiesce([a, b, c]);
    expectConverged([a, b, c], [a1, b1]);
  });

  it('share.reidentify is refused while nobody else uses this identity', async () => {
    const world = new World();
    const a = await computer(world, 'A', 0, true);
    await a.openCase('Only one of me');
    await a.sync();
    const before = a.rid;
    const result = await a.app.dispatch('share.reidentify', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('CONFLICT');
      expect(result.error.message).toMatch(/nothing to sort out/);
    }
    expect(a.rid).toBe(before);
  });
});

function reference(c: Computer, caseId: string): string {
  return (
    c.app.context.sqlite.prepare('SELECT reference FROM cases WHERE id = ?').get(caseId) as {
      reference: string;
    }
  ).reference;
}

/** Names under a folder of the fake share. */
function readdirLike(world: World, prefix: string): string[] {
  return world.share
    .paths()
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length))
    .filter((n) => SEGMENT.test(n));
}

describe('a copied computer, from the command line on a real folder', () => {
  it('`sync` says nothing was shared, and `share reidentify` fixes it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'redress-fork-cli-'));
    roots.push(root);
    const share = join(root, 'share');
    mkdirSync(share);
    const dirA = join(root, 'a');
    const env = { REDRESS_DATA_DIR: '' };
    await cliJson(['init', '--name', 'Priya Shah', '--role', 'administrator', '--data-dir', dirA], env);
    await cliJson(['share', 'init', '--share', share, '--label', 'Priya', '--data-dir', dirA], env);
    await cliJson(
      ['case', 'open', '--type', 'complaint', '--summary', 'Before the copy', '--data-dir', dirA],
      env,
    );
    await cliJson(['sync', '--share', share, '--data-dir', dirA], env);
    const dirB = join(root, 'b');
    cpSync(dirA, dirB, { recursive: true });
    await cliJson(['case', 'open', '--type', 'complaint', '--summary', 'On A', '--data-dir', dirA], env);
    await cliJson(['sync', '--share', share, '--data-dir', dirA], env);
    await cliJson(['case', 'open', '--type', 'complaint', '--summary', 'On B', '--data-dir', dirB], env);
    const text = await runCli(['sync', '--share', share, '--data-dir', dirB], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Nothing was shared: another computer is using this computer’s identity/);
    const fixed = await cliJson<{ exported: number; forked?: boolean; stateHash: string }>(
      [
        'share',
        'reidentify',
        '--share',
        share,
        '--label',
        'Priya (second laptop)',
        '--data-dir',
        dirB,
        '--hash',
      ],
      env,
    );
    expect(fixed.forked).toBeUndefined();
    expect(fixed.exported).toBeGreaterThan(0);
    const again = await cliJson<{ stateHash: string }>(
      ['sync', '--share', share, '--data-dir', dirA, '--hash'],
      env,
    );
    const b2 = await cliJson<{ stateHash: string }>(
      ['sync', '--share', share, '--data-dir', dirB, '--hash'],
      env,
    );
    expect(b2.stateHash).toBe(again.stateHash);
    expect(readdirSync(join(share, 'replicas'))).toHaveLength(2);
  }, 90_000);
});

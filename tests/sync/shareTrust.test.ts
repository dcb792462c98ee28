// Trust on the share: a copied share folder is unreadable (every file sealed with the share key),
// a writable one cannot be used to forge (every segment and snapshot signed by a vouched-for
// installation key), and a new computer joins with a join code shown on one already in it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { getBlob, putBlob, sharedBlobPath } from '../../src/main/sync/blobs';
import { createShare, joinShare, newJoinCode, syncOnce, writeSnapshot } from '../../src/main/sync/engine';
import { shareKeyOf } from '../../src/main/sync/keyring';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import type { SyncContext } from '../../src/main/sync/port';
import { open, seal } from '../../src/main/sync/shareCrypto';
import { stateHash } from '../../src/main/store/stateHash';
import type { Role } from '../../src/shared/domain/vocabulary';
import { openTestApp, tempDir, TEST_PASSWORD } from '../helpers';
import { CLEAN } from './fakeShare';
import { joinShareFrom, Sim, type Replica } from './harness';
import { HandWrittenReplica, newSigner } from './newerReplica';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

type Laptop = Awaited<ReturnType<typeof openTestApp>>;

/** `n` laptops with their first person set up (as `role`: setting up or joining a share takes an administrator). */
async function laptops(n: number, names: string[] = [], role: Role = 'officer') {
  const root = tempDir('redress-share-trust-');
  cleanups.push(root.remove);
  const share = join(root.dir, 'share');
  mkdirSync(share);
  const fs = new NodeShareFs(share);
  const list: Laptop[] = [];
  for (let i = 0; i < n; i++) {
    const t = await openTestApp(join(root.dir, `laptop-${i}`), { officer: false });
    await t.call('people.setUpOfficer', {
      name: names[i] ?? `Officer ${i}`,
      initials: `O${'ABCDEFGH'[i]}`,
      role,
      password: TEST_PASSWORD,
    });
    cleanups.push(() => t.app.close());
    list.push(t);
  }
  return { root: root.dir, share, fs, laptops: list };
}

/** Every file under `dir`, with its path relative to it. */
function filesUnder(dir: string): Array<{ path: string; bytes: Buffer }> {
  const out: Array<{ path: string; bytes: Buffer }> = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...filesUnder(abs));
    else out.push({ path: relative(dir, abs), bytes: readFileSync(abs) });
  }
  return out;
}

const attentionOf = (t: Laptop) => t.call('attention.list', {});
const summaries = (t: Laptop, sql = 'SELECT summary AS s FROM cases ORDER BY summary') =>
  (t.app.context.sqlite.prepare(sql).all() as Array<{ s: string }>).map((r) => r.s);

describe('encryption on the share', () => {
  it('a synced share folder holds no resident name, phone, address, note, officer or device name in any byte of any file or file name', async () => {
    const {
      share,
      fs,
      laptops: [a, b],
    } = await laptops(2, ['Xanthippe Vellacourt', 'Thaddeus Quillon']);
    await createShare(a!.app.context, fs, { deviceLabel: 'Xanthippe’s Quirkbook' });
    await joinShareFrom({ context: a!.app.context, fs }, b!.app.context, fs, {
      deviceLabel: 'Thaddeus laptop',
    });
    const secrets = [
      'Zebedee Quartermaine',
      '07700 900777',
      '17 Quillfeather Lane',
      'ZQ9 9QZ',
      'Damp patch behind the wardrobe of Wyvernholt',
      'Xanthippe',
      'Thaddeus',
      'Quirkbook',
      'Letter body Plumtree Orchard',
    ];
    const resident = await a!.call('residents.create', {
      name: 'Zebedee Quartermaine',
      phone: '07700 900777',
      property: { addressLine1: '17 Quillfeather Lane', postcode: 'ZQ9 9QZ' },
    });
    await a!.call('contacts.log', {
      residentId: resident.id,
      channel: 'phone',
      summary: 'Damp patch behind the wardrobe of Wyvernholt',
      openCaseAs: 'complaint',
    });
    await putBlob(a!.app.context, fs, Buffer.from('Letter body Plumtree Orchard, for Zebedee Quartermaine'));
    for (let round = 0; round < 2; round++) for (const l of [a!, b!]) await syncOnce(l.app.context, fs);
    await writeSnapshot(a!.app.context, fs);
    // It did sync: b has the resident.
    expect(summaries(b!, 'SELECT name AS s FROM residents')).toEqual(['Zebedee Quartermaine']);

    const files = filesUnder(share);
    // Change hints (tips.ts) are empty files named by a time and an installation id.
    const tips = files.filter((f) => /(^|[\\/])\d{13}-[0-9a-f-]{36}$/.test(f.path));
    expect(tips.length).toBeGreaterThan(0);
    for (const t of tips) expect(t.bytes.length).toBe(0);
    const kinds = new Set(files.filter((f) => !tips.includes(f)).map((f) => f.path.split('.').pop()));
    expect([...kinds].sort()).toEqual(['bin', 'json', 'seg', 'snap']);
    for (const f of files)
      for (const secret of secrets) {
        expect(f.path.toLowerCase(), f.path).not.toContain(secret.toLowerCase());
        for (const encoding of ['utf8', 'utf16le', 'latin1'] as const)
          expect(f.bytes.includes(Buffer.from(secret, encoding)), `${secret} in ${f.path}`).toBe(false);
        expect(
          f.bytes.includes(Buffer.from(Buffer.from(secret).toString('base64').slice(0, 12))),
          f.path,
        ).toBe(false);
      }
  });

  it('a tampered segment, snapshot or blob is rejected as a damaged file, and named', async () => {
    const {
      share,
      fs,
      laptops: [a, b, c],
    } = await laptops(3);
    await createShare(a!.app.context, fs);
    await joinShareFrom({ context: a!.app.context, fs }, b!.app.context, fs);
    await a!.call('cases.open', { type: 'complaint', summary: 'First' });
    await syncOnce(a!.app.context, fs);

    // A snapshot altered on the share is not used: a newcomer reads the segments instead.
    const snapName = await writeSnapshot(a!.app.context, fs);
    const snapPath = join(share, 'replicas', a!.app.context.installation.id, 'snap', snapName);
    const snap = readFileSync(snapPath);
    snap[snap.length - 1] = snap[snap.length - 1]! ^ 0x01; // the authentication tag
    writeFileSync(snapPath, snap);
    await joinShareFrom({ context: a!.app.context, fs }, c!.app.context, fs);
    const report = await syncOnce(c!.app.context, fs);
    expect(report.segmentsRead).toBeGreaterThan(0);
    expect(summaries(c!)).toEqual(['First']);

    // One bit of a segment's ciphertext: quarantined like any damaged file, and said why.
    const segDir = join(share, 'replicas', a!.app.context.installation.id, 'seg');
    const [first] = readdirSync(segDir);
    const bytes = readFileSync(join(segDir, first!));
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x01;
    writeFileSync(join(segDir, first!), bytes);
    for (let i = 0; i < 3; i++) await syncOnce(b!.app.context, fs);
    expect(summaries(b!)).toEqual([]);
    const unreadable = (await attentionOf(b!)).filter((i) => i.kind === 'unreadable_file');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.detail).toMatch(/failed its authenticity check/);

    // A blob altered on the share is never accepted.
    const hash = await putBlob(a!.app.context, fs, Buffer.from('Visit notes'));
    const key = shareKeyOf(a!.app.context.sqlite)!;
    const blobPath = join(share, sharedBlobPath(key, a!.app.context.installation.id, hash));
    const blob = readFileSync(blobPath);
    blob[30] = blob[30]! ^ 0x80;
    writeFileSync(blobPath, blob);
    expect(await getBlob(b!.app.context, fs, hash)).toBeNull();
  });
});

describe('who wrote it, provably', () => {
  const FORGER = '01a20000-0000-7000-8000-00000000f0e2';

  /** A change to a case's summary made by no officer in particular (so only the signature decides). */
  const summaryBy = (forger: HandWrittenReplica, at: number, caseId: string, summary: string) => ({
    h: forger.hlc(at),
    a: null,
    e: 'case',
    k: caseId,
    o: 'set',
    f: 'summary',
    v: summary,
    x: 'Leak',
    p: [],
  });

  async function simWithForger(seed: number) {
    const sim = await Sim.create({ seed, replicas: 2, adversary: CLEAN });
    cleanups.push(() => sim.close());
    const [a, b] = sim.replicas as [Replica, Replica];
    // An insider who has the share key (say, from a stolen laptop) but whose key no one vouched for.
    const forger = new HandWrittenReplica(
      FORGER,
      (p, bytes) => sim.fake!.put(p, bytes, '(forger)'),
      SCHEMA_VERSION,
      shareKeyOf(a.app.context.sqlite),
    );
    forger.hello(sim.time, 'Office PC');
    return { sim, a, b, forger };
  }

  it('a forged installation folder with a new key, writing as another officer, is held — not applied, not discarded', async () => {
    const { sim, a, b, forger } = await simWithForger(1301);
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Leak' });
    await a.mustSync();
    await b.mustSync();
    forger.segment([
      {
        h: forger.hlc(sim.time + 1000),
        a: a.personId,
        e: 'case',
        k: opened.id,
        o: 'set',
        f: 'summary',
        v: 'Forged summary',
        x: 'Leak',
        p: [],
      },
    ]);
    const report = await b.mustSync();
    expect(report.held).toBe(1);
    expect(b.rows<{ summary: string }>('SELECT summary FROM cases WHERE id = ?', opened.id)[0]!.summary).toBe(
      'Leak',
    );
    const held = b.rows<{ status: string; reason: string }>(
      'SELECT status, reason FROM sync_segments WHERE rid = ?',
      FORGER,
    );
    expect(held).toEqual([{ status: 'held', reason: 'computer not approved' }]);
    const item = (await b.attention()).find((i) => i.id === `unvouched:${FORGER}`);
    expect(item?.detail).toMatch(/has not been approved to join the share\. Nothing in them is applied/);
    const status = await b.call('share.status', {});
    expect(status.devices.find((d) => d.replicaId === FORGER)?.approved).toBe(false);
    // Still held on the next sync (read again, never marked applied).
    await b.mustSync();
    expect(b.rows('SELECT 1 FROM sync_segments WHERE rid = ? AND status = ?', FORGER, 'held')).toHaveLength(
      1,
    );
  });

  it('applying resumes once an administrator approves the computer on another computer in the share', async () => {
    const { sim, a, b, forger } = await simWithForger(1302);
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Leak' });
    await a.mustSync();
    forger.segment([summaryBy(forger, sim.time + 1000, opened.id, 'From the new PC')]);
    await b.mustSync();
    expect(b.rows('SELECT 1 FROM cases WHERE summary = ?', 'From the new PC')).toHaveLength(0);
    await forger.approvedBy({ context: a.app.context, fs: sim.cleanView(a) });
    await a.mustSync();
    await b.mustSync(); // learns a's vouch, then applies what it held
    expect(b.rows('SELECT 1 FROM cases WHERE summary = ?', 'From the new PC')).toHaveLength(1);
    expect((await b.attention()).find((i) => i.id === `unvouched:${FORGER}`)).toBeUndefined();
    expect((await b.call('share.status', {})).devices.find((d) => d.replicaId === FORGER)?.approved).toBe(
      true,
    );
  });

  it('a file signed with a key other than its computer’s own is held and said to be', async () => {
    const { sim, a, b, forger } = await simWithForger(1303);
    await forger.approvedBy({ context: a.app.context, fs: sim.cleanView(a) });
    await a.mustSync();
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Leak' });
    await a.mustSync();
    forger.signWith = newSigner();
    forger.segment([summaryBy(forger, sim.time + 1000, opened.id, 'Re-signed')]);
    const report = await b.mustSync();
    expect(report.held).toBe(1);
    expect(b.rows('SELECT reason FROM sync_segments WHERE rid = ?', FORGER)).toEqual([
      { reason: 'bad signature' },
    ]);
    expect((await b.attention()).find((i) => i.id === `unvouched:${FORGER}`)?.detail).toMatch(
      /not signed with that computer’s own key/,
    );
  });
});

describe('joining with a join code', () => {
  it('joins with the right code and syncs; a wrong, used or expired code fails plainly; no code is refused', async () => {
    const {
      fs,
      laptops: [a, b, c, d],
    } = await laptops(4, [], 'admin'); // only administrators set up or join the share
    await a!.call('share.join', { path: fs.label, create: true, deviceLabel: 'Office PC' });
    await a!.call('cases.open', { type: 'complaint', summary: 'Before the newcomer' });

    const noCode = await b!.app.dispatch('share.connect', {
      path: fs.label,
      create: false,
      deviceLabel: null,
    });
    expect(noCode.ok).toBe(false);
    expect(!noCode.ok && noCode.error.message).toMatch(/encrypted: to join it, ask .* for a join code/);

    const wrong = await b!.app.dispatch('share.join', {
      path: fs.label,
      create: false,
      deviceLabel: null,
      code: '00000-00000-00000-00000',
    });
    expect(!wrong.ok && wrong.error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/does not work for this share/),
    });
    const garbled = await b!.app.dispatch('share.join', {
      path: fs.label,
      create: false,
      deviceLabel: null,
      code: 'hello',
    });
    expect(!garbled.ok && garbled.error.message).toMatch(/20 letters and digits/);
    // Nothing was kept from the failed attempts.
    expect((await b!.call('share.status', {})).shareId).toBeNull();

    const { code, expiresAt } = await a!.call('share.joinCode', {});
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    // Typed in lower case, with spaces: still the code.
    await b!.call('share.connect', {
      path: fs.label,
      create: false,
      deviceLabel: 'Laptop',
      code: code.toLowerCase().replaceAll('-', ' '),
    });
    await a!.call('sync.now', {}); // a sees the proof and vouches for b
    await b!.call('cases.open', { type: 'complaint', summary: 'From the newcomer' });
    await b!.call('sync.now', {});
    await a!.call('sync.now', {});
    expect(summaries(a!)).toEqual(['Before the newcomer', 'From the newcomer']);
    expect(stateHash(a!.app.context.sqlite)).toBe(stateHash(b!.app.context.sqlite));
    expect((await a!.call('share.status', {})).devices.every((d) => d.approved)).toBe(true);

    // Used once: it no longer works.
    const reused = await c!.app.dispatch('share.join', {
      path: fs.label,
      create: false,
      deviceLabel: null,
      code,
    });
    expect(!reused.ok && reused.error.message).toMatch(/already used, or expired/);

    // Expired: a code issued more than 24 hours before it is typed.
    const late = await newJoinCode(
      { ...a!.app.context, now: () => new Date(Date.now() - 25 * 3600_000) } as SyncContext,
      fs,
    );
    const expired = await d!.app.dispatch('share.join', {
      path: fs.label,
      create: false,
      deviceLabel: null,
      code: late.code,
    });
    expect(!expired.ok && expired.error.message).toMatch(/has expired/);
    // The invitation goes from the share once the issuing computer syncs.
    await a!.call('sync.now', {});
    expect(readdirSync(join(fs.label, 'invites'))).toEqual([]);
  });

  it('the invitation on the share opens only with its code', async () => {
    const {
      fs,
      laptops: [a],
    } = await laptops(1);
    await createShare(a!.app.context, fs);
    await newJoinCode(a!.app.context, fs);
    const [name] = readdirSync(join(fs.label, 'invites'));
    const sealed = readFileSync(join(fs.label, 'invites', name!));
    const key = shareKeyOf(a!.app.context.sqlite)!;
    expect(sealed.includes(key)).toBe(false);
    expect(sealed.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect(() => open(key, 'invite', sealed)).toThrow();
    // A reader that has only the folder cannot use a segment either.
    expect(() => open(Buffer.alloc(32), 'segment', seal(key, 'segment', Buffer.from('x')))).toThrow(
      /authenticity/,
    );
    await expect(joinShare(a!.app.context, fs)).resolves.toBeUndefined(); // already in: no code needed
  });
});

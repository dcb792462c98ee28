// The evidence for attachments: many 1 MB files attached on one computer travel through a
// real shared folder (NodeShareFs on a temp dir) to a second, and are read back there through the
// real dispatch with every fingerprint checked; a truncated or altered file is detected and named,
// never shown. The full run is 1,000 files:
//   REDRESS_ATTACHMENT_FILES=1000 npx vitest run tests/sync/attachmentsFolder.test.ts
import { sharedBlobPath } from '../../src/main/sync/blobs';
import { shareKeyOf } from '../../src/main/sync/keyring';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { readVerifiedBlob } from '../../src/main/store/blobStore';
import { jpeg, pdf } from '../attachmentFiles';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const FILES = Number(process.env.REDRESS_ATTACHMENT_FILES ?? 100);
const MB = 1_048_576;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function computer(dir: string, name: string, initials: string) {
  const app: RedressApp = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  await call('people.setUpOfficer', { password: TEST_PASSWORD, name, initials, role: 'admin' });
  return { app, call, dir };
}

const blobFile = (dataDir: string, hash: string) => join(dataDir, 'blobs', hash.slice(0, 2), hash);
/**
 * The SHA-256 of the file kept on this computer, read as the app reads it: files are sealed on disk
 * under the store's data key (the computer's app is open, so its key is known), so the raw bytes
 * never hash to the name — the plaintext inside must.
 */
const keptSha = (dataDir: string, hash: string) => {
  const raw = readFileSync(blobFile(dataDir, hash));
  expect(sha(raw), 'the file on disk is sealed, not plain').not.toBe(hash);
  const kept = readVerifiedBlob(dataDir, hash);
  return typeof kept === 'string' ? kept : sha(kept);
};

describe('attachments through a real shared folder', () => {
  it(`${FILES} files of 1 MB attached on one computer are read back on another, every fingerprint checked`, async () => {
    const tmp = tempDir('redress-attach-');
    cleanups.push(tmp.remove);
    const share = join(tmp.dir, 'share');
    mkdirSync(share);
    const a = await computer(join(tmp.dir, 'a'), 'Priya Shah', 'PS');
    const b = await computer(join(tmp.dir, 'b'), 'Tom Reid', 'TR');
    await a.call('share.join', { path: share, create: true, deviceLabel: 'Office laptop' });
    await b.call('share.join', {
      path: share,
      create: false,
      deviceLabel: 'Estate laptop',
      code: (await a.call('share.joinCode', {})).code,
    });
    const c = await a.call('cases.open', { type: 'complaint', summary: 'Damp across the block' });

    const t0 = performance.now();
    const hashes: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const bytes = jpeg(MB, i + 1);
      const added = await a.call('attachments.add', {
        caseId: c.id,
        fileName: `visit-${String(i).padStart(4, '0')}.jpg`,
        bytes: bytes.toString('base64'),
      });
      hashes.push(added.sha256);
    }
    const tAdd = performance.now();
    await a.call('sync.folder', { path: share });
    const tOut = performance.now();
    await b.call('sync.folder', { path: share });
    const tIn = performance.now();

    const list = await b.call('attachments.list', { caseId: c.id });
    expect(list).toHaveLength(FILES);
    expect(list.every((x) => x.state === 'here')).toBe(true);
    for (const [i, x] of list.entries()) {
      const file = await b.call('attachments.get', { id: x.id });
      const bytes = Buffer.from(file.bytes, 'base64');
      expect(bytes.length).toBe(MB);
      expect(sha(bytes), x.fileName).toBe(hashes[i]);
    }
    const tRead = performance.now();
    const check = await b.call('attachments.verify', { caseId: c.id });
    expect(check).toMatchObject({ checked: FILES, damaged: [], notYetArrived: [] });
    const s = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    console.info(
      `attachments: ${FILES} × 1 MB — added ${s(t0, tAdd)}, uploaded ${s(tAdd, tOut)}, fetched ${s(tOut, tIn)}, read back and verified ${s(tIn, tRead)}`,
    );
    // A second sync uploads nothing again.
    const before = performance.now();
    await a.call('sync.folder', { path: share });
    expect(performance.now() - before).toBeLessThan(5_000);
  }, 600_000);

  it('a truncated or altered file is detected and named; an intact copy on the share repairs it; a damaged share copy never arrives', async () => {
    const tmp = tempDir('redress-attach-');
    cleanups.push(tmp.remove);
    const share = join(tmp.dir, 'share');
    mkdirSync(share);
    const a = await computer(join(tmp.dir, 'a'), 'Priya Shah', 'PS');
    const b = await computer(join(tmp.dir, 'b'), 'Tom Reid', 'TR');
    await a.call('share.join', { path: share, create: true, deviceLabel: 'Office laptop' });
    await b.call('share.join', {
      path: share,
      create: false,
      deviceLabel: 'Estate laptop',
      code: (await a.call('share.joinCode', {})).code,
    });
    const c = await a.call('cases.open', { type: 'complaint', summary: 'Leaking roof' });
    const add = (fileName: string, bytes: Buffer) =>
      a.call('attachments.add', { caseId: c.id, fileName, bytes: bytes.toString('base64') });
    const photo = await add('roof.jpg', jpeg(300_000, 7));
    const letter = await add('letter.pdf', pdf(7));
    const report = await add('survey.pdf', pdf(8));
    await a.call('sync.folder', { path: share });
    await b.call('sync.folder', { path: share });
    const onShare = (hash: string) =>
      join(share, sharedBlobPath(shareKeyOf(a.app.context.sqlite), a.app.context.installation.id, hash));

    // On the second computer, one file is cut short and one has a byte changed (same size).
    truncateSync(blobFile(b.dir, photo.sha256), 1000);
    const altered = Buffer.from(readFileSync(blobFile(b.dir, letter.sha256)));
    altered[10] = altered[10]! ^ 0x01;
    writeFileSync(blobFile(b.dir, letter.sha256), altered);
    const listed = await b.call('attachments.list', { caseId: c.id });
    expect(listed.map((x) => [x.fileName, x.state])).toEqual([
      ['roof.jpg', 'damaged'], // a listing checks sizes only
      ['letter.pdf', 'here'],
      ['survey.pdf', 'here'],
    ]);
    const check = await b.call('attachments.verify', { caseId: c.id });
    expect(check.damaged.map((x) => x.fileName)).toEqual(['roof.jpg', 'letter.pdf']);

    // Opening one fetches the intact copy on the share, checked against the fingerprint.
    const repaired = await b.call('attachments.get', { id: photo.id });
    expect(sha(Buffer.from(repaired.bytes, 'base64'))).toBe(photo.sha256);
    expect(keptSha(b.dir, photo.sha256)).toBe(photo.sha256);

    // When the share's copy is damaged too, the file is refused by name, never shown.
    const bad = Buffer.from(readFileSync(onShare(letter.sha256)));
    bad[10] = bad[10]! ^ 0x01;
    writeFileSync(onShare(letter.sha256), bad);
    truncateSync(onShare(report.sha256), 20);
    const refused = await b.app.dispatch('attachments.get', { id: letter.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toMatch(
        /^“letter\.pdf” has been changed or damaged since it was attached \(its fingerprint does not match\)/,
      );
      expect(refused.error.details).toMatchObject({ state: 'damaged', sha256: letter.sha256 });
    }
    expect((await b.call('attachments.verify', { caseId: c.id })).damaged.map((x) => x.fileName)).toEqual([
      'letter.pdf',
    ]);

    // A third computer joining later never accepts the damaged copies: they have not arrived.
    const third = await computer(join(tmp.dir, 'c'), 'Ann Lee', 'AL');
    await third.call('share.join', {
      path: share,
      create: false,
      deviceLabel: 'Spare laptop',
      code: (await a.call('share.joinCode', {})).code,
    });
    await third.call('sync.folder', { path: share });
    const there = await third.call('attachments.list', { caseId: c.id });
    expect(there.map((x) => [x.fileName, x.state])).toEqual([
      ['roof.jpg', 'here'],
      ['letter.pdf', 'not_yet_arrived'],
      ['survey.pdf', 'not_yet_arrived'],
    ]);
    expect(await third.call('attachments.thumbnail', { id: photo.id })).toMatchObject({ state: 'here' });
    const notShown = await third.app.dispatch('attachments.get', { id: report.id });
    expect(!notShown.ok && notShown.error.message).toMatch(
      /“survey\.pdf” has not arrived on this computer yet/,
    );
  });

  it('the running app fetches arrived files in the background after its sync, and on demand when one is opened', async () => {
    const tmp = tempDir('redress-attach-');
    cleanups.push(tmp.remove);
    const share = join(tmp.dir, 'share');
    mkdirSync(share);
    const a = await computer(join(tmp.dir, 'a'), 'Priya Shah', 'PS');
    const b = await computer(join(tmp.dir, 'b'), 'Tom Reid', 'TR');
    await a.call('share.join', { path: share, create: true, deviceLabel: 'Office laptop' });
    await b.call('share.join', {
      path: share,
      create: false,
      deviceLabel: 'Estate laptop',
      code: (await a.call('share.joinCode', {})).code,
    });
    const c = await a.call('cases.open', { type: 'complaint', summary: 'Broken boiler' });
    const first = await a.call('attachments.add', {
      caseId: c.id,
      fileName: 'boiler.jpg',
      bytes: jpeg(50_000, 21).toString('base64'),
    });
    await a.call('sync.now', {}); // the app's own sync: uploads the file after the record
    await b.call('sync.now', {});
    // The file follows in the background, not as part of the sync's answer.
    const deadline = Date.now() + 10_000;
    while (!existsSync(blobFile(b.dir, first.sha256)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(keptSha(b.dir, first.sha256)).toBe(first.sha256);

    // Opened before any background fetch: fetched from the share on demand.
    const second = await a.call('attachments.add', {
      caseId: c.id,
      fileName: 'flue.pdf',
      bytes: pdf(21).toString('base64'),
    });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    rmSync(blobFile(b.dir, second.sha256), { force: true });
    const got = await b.call('attachments.get', { id: second.id });
    expect(sha(Buffer.from(got.bytes, 'base64'))).toBe(second.sha256);
  });
});

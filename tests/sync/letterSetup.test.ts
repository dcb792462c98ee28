// The house style and the standard paragraphs reach every computer through a real shared folder
// (NodeShareFs on a temp dir): the logo's bytes travel although only a settings value names them,
// a paragraph version saved on one computer is current on the other, and two managers saving a
// new version at once on two computers end with the same current version everywhere.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { readVerifiedBlob } from '../../src/main/store/blobStore';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { gradientPng, jpeg, sha } from '../attachmentFiles';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

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

async function twoComputers() {
  const tmp = tempDir('redress-letter-setup-');
  cleanups.push(tmp.remove);
  const share = join(tmp.dir, 'share');
  mkdirSync(share);
  const a = await computer(join(tmp.dir, 'a'), 'Priya Shah', 'PS');
  const b = await computer(join(tmp.dir, 'b'), 'Tom Reid', 'TR');
  await a.call('share.join', { path: share, create: true, deviceLabel: 'Office laptop' });
  // The second computer joins with a join code shown on the first, which vouches for it.
  const { code } = await a.call('share.joinCode', {});
  await b.call('share.join', { path: share, create: false, deviceLabel: 'Estate laptop', code });
  const sync = async (...computers: Array<typeof a>) => {
    for (const c of computers) await c.call('sync.folder', { path: share });
  };
  return { a, b, sync };
}

const blobFile = (dataDir: string, hash: string) => join(dataDir, 'blobs', hash.slice(0, 2), hash);

/**
 * The bytes kept in the blob store of `dataDir` under `hash`, read from disk as the store reads
 * them (files are sealed under the data key, so the raw file is never the plaintext).
 */
function kept(dataDir: string, hash: string): Buffer {
  const bytes = readVerifiedBlob(dataDir, hash);
  if (typeof bytes === 'string') throw new Error(`blob ${hash} in ${dataDir}: ${bytes}`);
  expect(readFileSync(blobFile(dataDir, hash)).equals(Buffer.from(bytes))).toBe(false);
  return Buffer.from(bytes);
}

const style = {
  landlordName: 'Riverside Homes',
  addressLines: ['1 Quay Street', 'Riverside', 'RV1 2AB'],
  phone: '0113 496 0000',
  email: 'complaints@riverside.example.org',
  website: 'riverside.example.org',
  signOff: 'Yours sincerely',
};

describe('letter set-up through a real shared folder', () => {
  it('the logo set on one computer arrives as bytes on the other; a new logo replaces it there too', async () => {
    const { a, b, sync } = await twoComputers();
    const logo = gradientPng(240, 80);
    const set = await a.call('houseStyle.set', {
      ...style,
      logo: { fileName: 'riverside.png', bytes: logo.toString('base64') },
    });
    expect(set.logoSha256).toBe(sha(logo));
    await sync(a, b);

    // The sync itself fetched the file: it is in B's blob store before anyone asks for it.
    expect(kept(b.dir, sha(logo)).equals(logo)).toBe(true);
    const there = await b.call('houseStyle.get', {});
    expect(there).toMatchObject({ ...style, isSet: true, logoSha256: sha(logo) });
    expect(there.logo?.mediaType).toBe('image/png');
    expect(Buffer.from(there.logo!.bytes, 'base64').equals(logo)).toBe(true);

    // B replaces it with a JPEG; A receives the new file and the style names it.
    const second = jpeg(30_000, 3);
    await b.call('houseStyle.set', {
      ...style,
      logo: { fileName: 'riverside.jpg', bytes: second.toString('base64') },
    });
    expect(existsSync(blobFile(a.dir, sha(second)))).toBe(false);
    await sync(b, a);
    expect(kept(a.dir, sha(second)).equals(second)).toBe(true);
    const onA = await a.call('houseStyle.get', {});
    expect(onA.logoSha256).toBe(sha(second));
    expect(onA.logo?.mediaType).toBe('image/jpeg');

    // Removed on A: gone from the style everywhere.
    await a.call('houseStyle.set', { ...style, logo: null });
    await sync(a, b);
    expect(await b.call('houseStyle.get', {})).toMatchObject({ logoSha256: null, logo: null });
  });

  it('a paragraph version saved on one computer is current on the other, with who saved it', async () => {
    const { a, b, sync } = await twoComputers();
    const before = (await b.call('paragraphs.list', {})).find((p) => p.key === 'data_protection')!;
    expect(before.current).toMatchObject({ version: 1, shipped: true });
    const text = `${before.current.text} Our data protection officer can be reached through our website.`;
    await a.call('paragraphs.save', { key: 'data_protection', text, note: 'Added the DPO' });
    await sync(a, b);
    const after = (await b.call('paragraphs.list', {})).find((p) => p.key === 'data_protection')!;
    expect(after.current).toMatchObject({
      version: 2,
      text,
      note: 'Added the DPO',
      createdBy: 'Priya Shah',
      shipped: false,
    });
    expect(after.history.map((h) => [h.version, h.shipped])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('two managers saving at once on two computers converge to the same current version everywhere', async () => {
    const { a, b, sync } = await twoComputers();
    const shipped = (await a.call('paragraphs.list', {})).find((p) => p.key === 'escalation')!.current.text;
    await a.call('paragraphs.save', { key: 'escalation', text: `${shipped} (A)`, note: 'From A' });
    await b.call('paragraphs.save', { key: 'escalation', text: `${shipped} (B)`, note: 'From B' });
    await sync(a, b, a);

    const onA = (await a.call('paragraphs.list', {})).find((p) => p.key === 'escalation')!;
    const onB = (await b.call('paragraphs.list', {})).find((p) => p.key === 'escalation')!;
    expect(onA).toEqual(onB);
    // Both saves are kept as version 2; the later one (B's) is current on both.
    expect(onA.history.map((h) => [h.version, h.note])).toEqual([
      [2, 'From B'],
      [2, 'From A'],
      [1, null],
    ]);
    expect(onA.current.text).toBe(`${shipped} (B)`);

    // The next save on either computer is version 3, above both.
    const next = await a.call('paragraphs.save', { key: 'escalation', text: `${shipped} (agreed)` });
    expect(next.current.version).toBe(3);
    await sync(a, b);
    expect((await b.call('paragraphs.list', {})).find((p) => p.key === 'escalation')!.current).toMatchObject({
      version: 3,
      text: `${shipped} (agreed)`,
    });
  });
});

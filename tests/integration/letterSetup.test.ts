// The house style and the standard paragraphs through the real dispatch on a real store: the
// shipped placeholder and first versions, a logo checked by its bytes and kept in the blob store,
// each paragraph save a new version, and bad input refused plainly with nothing written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentParagraphs } from '../../src/main/services/letters/paragraphs';
import { readVerifiedBlob } from '../../src/main/store/blobStore';
import { PARAGRAPH_KEYS, PARAGRAPH_LABELS } from '../../src/shared/letters/paragraphs';
import { gradientPng, jpeg, sha } from '../attachmentFiles';
import { openTestApp, tempDir } from '../helpers';

const shippedParagraphs = JSON.parse(
  readFileSync(join(__dirname, '../../resources/paragraphs/standard-paragraphs.json'), 'utf8'),
) as { paragraphs: Array<{ key: string; version: number; text: string }> };
const shippedStyle = JSON.parse(
  readFileSync(join(__dirname, '../../resources/letters/house-style.json'), 'utf8'),
) as { landlordName: string };

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function store() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const t = await openTestApp(tmp.dir);
  cleanups.push(() => t.app.close());
  const count = (table: string) =>
    (t.app.context.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const settingValue = () =>
    (
      t.app.context.sqlite.prepare(`SELECT value FROM settings WHERE id = 'letters.houseStyle'`).get() as {
        value: string;
      }
    ).value;
  return { ...t, dir: tmp.dir, count, settingValue };
}

const style = {
  landlordName: 'Riverside Homes',
  addressLines: ['1 Quay Street', 'Riverside', 'RV1 2AB'],
  phone: '0113 496 0000',
  email: 'complaints@riverside.example.org',
  website: 'riverside.example.org',
  signOff: 'Yours sincerely',
};

describe('the house style', () => {
  it('is the placeholder until set; a logo is kept in the blob store, kept when left out, removed when null', async () => {
    const { app, call, dir, settingValue } = await store();
    expect(await call('houseStyle.get', {})).toMatchObject({
      landlordName: shippedStyle.landlordName,
      isSet: false,
      logo: null,
    });

    const logo = gradientPng(300, 100);
    const set = await call('houseStyle.set', {
      ...style,
      logo: { fileName: 'Riverside logo.png', bytes: logo.toString('base64') },
    });
    expect(set).toMatchObject({ ...style, isSet: true, logoSha256: sha(logo) });
    expect(set.logo).toEqual({ mediaType: 'image/png', bytes: logo.toString('base64') });
    // Kept under its fingerprint, sealed under the store's key: the file is not the picture, and
    // opens to exactly it.
    const onDisk = readFileSync(join(dir, 'blobs', sha(logo).slice(0, 2), sha(logo)));
    expect(onDisk.includes(logo.subarray(0, 64))).toBe(false);
    expect(Buffer.from(readVerifiedBlob(dir, sha(logo)) as Uint8Array).equals(logo)).toBe(true);
    expect(JSON.parse(settingValue())).toEqual({ ...style, logoSha256: sha(logo) });

    // Left out: the logo stays. Blank optional fields are stored as none.
    const kept = await call('houseStyle.set', { ...style, phone: '  ', website: null });
    expect(kept).toMatchObject({ logoSha256: sha(logo), phone: null, website: null });
    expect(kept.logo?.mediaType).toBe('image/png');

    const removed = await call('houseStyle.set', { ...style, logo: null });
    expect(removed).toMatchObject({ logoSha256: null, logo: null, isSet: true });
    expect(JSON.parse(settingValue()).logoSha256).toBeNull();
    // The change is in the audit trail, as any setting's.
    const logged = app.context.sqlite
      .prepare(
        `SELECT count(*) AS n FROM changes WHERE entity = 'setting' AND entity_id = 'letters.houseStyle'`,
      )
      .get() as { n: number };
    expect(logged.n).toBe(3);
  });

  it('refuses a logo that is not a PNG or JPEG by its bytes, an empty one, and one over 1 MB — writing nothing', async () => {
    const { app, call, count, settingValue } = await store();
    const before = { changes: count('changes'), value: settingValue() };
    const attempt = async (fileName: string, bytes: Buffer) => {
      const r = await app.dispatch('houseStyle.set', {
        ...style,
        logo: { fileName, bytes: bytes.toString('base64') },
      });
      expect(r.ok).toBe(false);
      if (r.ok) throw new Error('accepted');
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.details).toMatchObject({ issues: [{ path: 'logo' }] });
      return r.error.message;
    };
    expect(await attempt('logo.png', Buffer.from('GIF89a not a png at all'))).toBe(
      '“logo.png” is not a PNG or JPEG picture (its contents say otherwise). Save the logo as PNG or JPEG and choose that.',
    );
    expect(await attempt('logo.jpg', Buffer.alloc(0))).toMatch(/is empty \(0 bytes\)/);
    expect(await attempt('huge.jpg', jpeg(1_048_577, 1))).toMatch(/is 1\.0 MB; a logo can be up to 1 MB/);
    // Exactly 1 MB is accepted.
    expect(
      (
        await call('houseStyle.set', {
          ...style,
          logo: { fileName: 'ok.jpg', bytes: jpeg(1_048_576, 2).toString('base64') },
        })
      ).logo?.mediaType,
    ).toBe('image/jpeg');
    expect(count('changes')).toBe(before.changes + 1);
  });

  it('setting the same style again changes nothing; a missing name or address is refused by name', async () => {
    const { app, call, count } = await store();
    await call('houseStyle.set', style);
    const changes = count('changes');
    await call('houseStyle.set', style);
    expect(count('changes')).toBe(changes);
    const noName = await app.dispatch('houseStyle.set', { ...style, landlordName: ' ' });
    expect(!noName.ok && noName.error.message).toMatch(/The landlord's name is required/);
    const noAddress = await app.dispatch('houseStyle.set', { ...style, addressLines: [] });
    expect(noAddress.ok).toBe(false);
    expect(count('changes')).toBe(changes);
  });
});

describe('the standard paragraphs', () => {
  it("start as Redress's shipped first versions, read from resources/paragraphs", async () => {
    const { call } = await store();
    const list = await call('paragraphs.list', {});
    expect(list.map((p) => p.key)).toEqual([...PARAGRAPH_KEYS]);
    for (const p of list) {
      const shipped = shippedParagraphs.paragraphs.find((s) => s.key === p.key)!;
      expect(p.label).toBe(PARAGRAPH_LABELS[p.key]);
      expect(p.current).toEqual({
        version: shipped.version,
        text: shipped.text,
        note: null,
        createdBy: null,
        createdAt: null,
        shipped: true,
      });
      expect(p.history).toEqual([p.current]);
    }
  });

  it('each save is a new version one above the highest, with who and when; the same text saves nothing', async () => {
    const { app, call, count } = await store();
    const shipped = shippedParagraphs.paragraphs.find((s) => s.key === 'ombudsman')!.text;
    const moved = shipped.replace(/PO Box \d+/, 'PO Box 9999');
    expect(moved).not.toBe(shipped);
    const v2 = await call('paragraphs.save', {
      key: 'ombudsman',
      text: moved,
      note: "The Ombudsman's new address",
    });
    expect(v2.current).toMatchObject({
      version: 2,
      text: moved,
      note: "The Ombudsman's new address",
      createdBy: 'Priya Shah',
      shipped: false,
    });
    expect(v2.current.createdAt).toBe(
      app.context.sqlite.prepare('SELECT created_at FROM paragraph_versions').pluck().get(),
    );

    const changes = count('changes');
    const same = await call('paragraphs.save', { key: 'ombudsman', text: `  ${moved}\r\n` });
    expect(same).toEqual(v2);
    expect(count('changes')).toBe(changes);
    expect(count('paragraph_versions')).toBe(1);

    const v3 = await call('paragraphs.save', { key: 'ombudsman', text: shipped });
    expect(v3.history.map((h) => [h.version, h.shipped])).toEqual([
      [3, false],
      [2, false],
      [1, true],
    ]);
    // What a letter drafted now carries.
    expect((await currentParagraphs(app.context.db)).ombudsman).toEqual({
      key: 'ombudsman',
      version: 3,
      text: shipped,
    });
    // The other paragraphs are untouched.
    expect((await call('paragraphs.list', {})).find((p) => p.key === 'escalation')!.history).toHaveLength(1);
  });

  it('refuses an unknown paragraph and blank or overlong text, writing nothing', async () => {
    const { app, count } = await store();
    const before = count('changes');
    for (const input of [
      { key: 'complaints_policy', text: 'Anything' },
      { key: 'ombudsman', text: '   ' },
      { key: 'ombudsman', text: 'x'.repeat(5001) },
    ]) {
      const r = await app.dispatch('paragraphs.save', input);
      expect(r.ok, JSON.stringify(input).slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
    const blank = await app.dispatch('paragraphs.save', { key: 'ombudsman', text: '   ' });
    expect(!blank.ok && blank.error.message).toMatch(/The paragraph is required/);
    expect(count('changes')).toBe(before);
    expect(existsSync(join(app.context.dataDir, 'blobs'))).toBe(false);
  });
});

describe('demo data', () => {
  it("gives letters a fictional landlord with a logo, and never overwrites a landlord's own house style", async () => {
    const { call } = await store();
    await call('demo.seed', { cases: 10, seed: 1 });
    const demo = await call('houseStyle.get', {});
    expect(demo).toMatchObject({
      landlordName: 'Riverside Homes',
      isSet: true,
      addressLines: ['Riverside House', '12 Wharf Street', 'Northbridge', 'NB1 4RH'],
    });
    expect(demo.phone && demo.email && demo.website).toBeTruthy();
    expect(demo.logo?.mediaType).toBe('image/png');
    expect(sha(Buffer.from(demo.logo!.bytes, 'base64'))).toBe(demo.logoSha256);

    const own = await store();
    await own.call('houseStyle.set', style);
    await own.call('demo.seed', { cases: 10, seed: 2 });
    expect(await own.call('houseStyle.get', {})).toMatchObject({ ...style, logoSha256: null });
  });
});

// Attachments through the real dispatch on a real store: added beside the store under their
// SHA-256, listed with their state, read back verified; refused by type and size with nothing
// written; never attached twice; a damaged file named, never shown; removal audited.
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../src/shared/contract';
import { openTestApp, tempDir } from '../helpers';
import { jpeg, pdf, PNG_1PX, sha } from '../attachmentFiles';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const { app, call } = await openTestApp(tmp.dir);
  cleanups.push(() => app.close());
  const db = app.context.sqlite;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const snapshot = () => ({
    changes: count('SELECT count(*) AS n FROM changes'),
    attachments: count('SELECT count(*) AS n FROM attachments'),
    blobs: existsSync(join(tmp.dir, 'blobs'))
      ? readdirSync(join(tmp.dir, 'blobs'), { recursive: true }).length
      : 0,
  });
  const fails = async (procedure: ProcedureName, input: unknown) => {
    const before = snapshot();
    const result = await app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted`);
    expect(snapshot(), 'nothing written').toEqual(before);
    return result.error;
  };
  const c = await call('cases.open', { type: 'complaint', summary: 'Damp in the bedroom' });
  const caseId = c.id;
  const point = await call('points.add', { caseId, point: 'Mould came back after the repair' });
  const pointId = point.complaint.points[0]!.id;
  const add = (fileName: string, bytes: Buffer, extra: Record<string, unknown> = {}) =>
    call('attachments.add', { caseId, fileName, mediaType: null, bytes: bytes.toString('base64'), ...extra });
  return { app, call, fails, add, caseId, pointId, dir: tmp.dir, db };
}

describe('attachments', () => {
  it('are kept beside the store under their SHA-256, listed, and read back byte for byte', async () => {
    const { call, add, caseId, pointId, dir, db } = await fresh();
    const photo = jpeg(200_000, 1);
    const a = await add('visit.jpg', photo, { pointId, caption: 'Bedroom wall, 3 March' });
    expect(a).toMatchObject({
      sha256: sha(photo),
      fileName: 'visit.jpg',
      mediaType: 'image/jpeg',
      sizeBytes: 200_000,
      caption: 'Bedroom wall, 3 March',
      pointId,
      addedBy: 'Priya Shah',
      state: 'here',
    });
    expect(existsSync(join(dir, 'blobs', a.sha256.slice(0, 2), a.sha256))).toBe(true);
    // Never inside the SQLite file: the record names the file, the bytes are elsewhere.
    const stored = db.prepare('SELECT * FROM attachments').get() as Record<string, unknown>;
    expect(Object.values(stored).some((v) => typeof v === 'string' && v.length > 1000)).toBe(false);
    const letter = await add('letter.pdf', pdf(1));
    expect(letter.mediaType).toBe('application/pdf');
    expect((await call('attachments.list', { caseId })).map((x) => x.fileName)).toEqual([
      'visit.jpg',
      'letter.pdf',
    ]);
    expect((await call('attachments.list', { caseId, pointId })).map((x) => x.fileName)).toEqual([
      'visit.jpg',
    ]);
    const got = await call('attachments.get', { id: a.id });
    expect(Buffer.from(got.bytes, 'base64').equals(photo)).toBe(true);
    const bySha = await call('attachments.get', { sha256: a.sha256 });
    expect(bySha.attachment.id).toBe(a.id);
    // Audited like every record.
    const change = db.prepare(`SELECT op, entity FROM changes WHERE entity_id = ?`).get(a.id);
    expect(change).toEqual({ op: 'create', entity: 'attachment' });
  });

  it('thumbnails are the picture itself, verified; other files have none', async () => {
    const { call, add } = await fresh();
    const png = await add('meter.png', PNG_1PX);
    const thumb = await call('attachments.thumbnail', { id: png.id });
    expect(thumb).toEqual({ state: 'here', mediaType: 'image/png', bytes: PNG_1PX.toString('base64') });
    const doc = await add('report.pdf', pdf(2));
    expect(await call('attachments.thumbnail', { id: doc.id })).toEqual({ state: 'no_preview' });
  });

  it('the same file twice on a case says it is already attached; the same name with other bytes is kept as well', async () => {
    const { add, fails, call, caseId } = await fresh();
    await add('letter.pdf', pdf(1));
    const again = await fails('attachments.add', {
      caseId,
      fileName: 'letter.pdf',
      bytes: pdf(1).toString('base64'),
    });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/“letter\.pdf” is already attached to this case/);
    const renamed = await fails('attachments.add', {
      caseId,
      fileName: 'copy of letter.pdf',
      bytes: pdf(1).toString('base64'),
    });
    expect(renamed.message).toMatch(/already attached to this case as “letter\.pdf”/);
    const other = await add('letter.pdf', pdf(2));
    const list = await call('attachments.list', { caseId });
    expect(list.map((a) => a.fileName)).toEqual(['letter.pdf', 'letter.pdf']);
    expect(new Set(list.map((a) => a.sha256)).size).toBe(2);
    expect(list[1]!.id).toBe(other.id);
  });

  it('refuses files by type, by contents and by size, saying why, with nothing written', async () => {
    const { fails, caseId, call } = await fresh();
    const input = (fileName: string, bytes: Buffer) => ({
      caseId,
      fileName,
      bytes: bytes.toString('base64'),
    });
    const exe = await fails('attachments.add', input('setup.exe', Buffer.from('MZ program')));
    expect(exe.message).toMatch(
      /“setup\.exe” cannot be attached: \.exe files are not accepted\. Attach photos/,
    );
    const fake = await fails('attachments.add', input('photo.jpg', Buffer.from('MZ not a photo at all')));
    expect(fake.message).toMatch(/named as a JPEG photo but its contents are not one/);
    const fakePdf = await fails('attachments.add', input('report.pdf', Buffer.from('<html>')));
    expect(fakePdf.message).toMatch(/PDF document/);
    const empty = await fails('attachments.add', input('notes.txt', Buffer.alloc(0)));
    expect(empty.message).toMatch(/is empty/);
    await call('attachments.setLimit', { maxBytes: 1_048_576 });
    const big = await fails('attachments.add', input('survey.jpg', jpeg(Math.round(1.5 * 1_048_576), 3)));
    expect(big.code).toBe('VALIDATION');
    expect(big.message).toBe('This file is 1.5 MB; attachments can be up to 1 MB (Settings → Attachments).');
    const badPoint = await fails('attachments.add', { ...input('a.txt', Buffer.from('x')), pointId: caseId });
    expect(badPoint.message).toMatch(/point of complaint is not on this case/);
  });

  it('the shipped limit is 25 MB, and a file over it gets the settings hint', async () => {
    const { fails, caseId, call } = await fresh();
    expect(await call('attachments.limit', {})).toEqual({ maxBytes: 25 * 1_048_576 });
    const big = jpeg(Math.round(31.2 * 1_048_576), 4);
    const e = await fails('attachments.add', {
      caseId,
      fileName: 'drone.jpg',
      bytes: big.toString('base64'),
    });
    expect(e.message).toBe('This file is 31.2 MB; attachments can be up to 25 MB (Settings → Attachments).');
  });

  it('a file whose bytes no longer match its fingerprint is listed as damaged, refused by name, and never shown', async () => {
    const { add, call, app, dir } = await fresh();
    const photo = await add('kitchen.jpg', jpeg(50_000, 5));
    const letter = await add('letter.pdf', pdf(3));
    const photoPath = join(dir, 'blobs', photo.sha256.slice(0, 2), photo.sha256);
    const letterPath = join(dir, 'blobs', letter.sha256.slice(0, 2), letter.sha256);
    truncateSync(photoPath, 10_000);
    // Files are sealed on disk under the data key: one bit of the sealed file flipped keeps its
    // size (so a listing, which only looks at sizes, still says "here") but its bytes no longer
    // open and hash to its fingerprint.
    const altered = readFileSync(letterPath);
    altered[altered.length - 3] = altered[altered.length - 3]! ^ 0x20; // same size, one bit different
    writeFileSync(letterPath, altered);
    const list = await call('attachments.list', { caseId: photo.caseId });
    expect(list.map((a) => a.state)).toEqual(['damaged', 'here']); // size is all a listing checks
    for (const a of [photo, letter]) {
      const r = await app.dispatch('attachments.get', { id: a.id });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.error.message).toBe(
          `“${a.fileName}” has been changed or damaged since it was attached (its fingerprint does not match), so it is not shown. Ask whoever attached it for the original and attach it again.`,
        );
    }
    expect(await call('attachments.thumbnail', { id: photo.id })).toEqual({ state: 'damaged' });
    const check = await call('attachments.verify', { caseId: photo.caseId });
    expect(check.checked).toBe(2);
    expect(check.damaged.map((a) => a.fileName)).toEqual(['kitchen.jpg', 'letter.pdf']);
  });

  it('a missing file is "not yet arrived", and its refusal says so', async () => {
    const { add, call, app, dir } = await fresh();
    const a = await add('visit.png', PNG_1PX);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'blobs', a.sha256.slice(0, 2), a.sha256));
    expect((await call('attachments.list', { caseId: a.caseId }))[0]!.state).toBe('not_yet_arrived');
    expect(await call('attachments.thumbnail', { id: a.id })).toEqual({ state: 'not_yet_arrived' });
    const r = await app.dispatch('attachments.get', { id: a.id });
    expect(!r.ok && r.error.message).toMatch(/has not arrived on this computer yet/);
  });

  it('removing one is audited and takes it off the case; its file stays, and it may be attached again', async () => {
    const { add, call, caseId, db, dir } = await fresh();
    const a = await add('letter.pdf', pdf(4));
    const removed = await call('attachments.remove', { id: a.id });
    expect(removed.id).toBe(a.id);
    expect(await call('attachments.list', { caseId })).toEqual([]);
    const audit = db
      .prepare(`SELECT op, field, new_value FROM changes WHERE entity_id = ? ORDER BY seq`)
      .all(a.id) as Array<{ op: string; field: string | null; new_value: string }>;
    expect(audit.map((c) => [c.op, c.field])).toEqual([
      ['create', null],
      ['set', 'deleted_at'],
    ]);
    expect(existsSync(join(dir, 'blobs', a.sha256.slice(0, 2), a.sha256))).toBe(true);
    const again = await add('letter.pdf', pdf(4));
    expect(again.id).not.toBe(a.id);
  });
});

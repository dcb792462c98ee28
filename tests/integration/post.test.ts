// The post run through the real dispatch on a real store: the letters to post, one export into a
// folder (the issued DOCX files themselves, letters.pdf from LibreOffice in order, manifest.csv and
// labels.docx read back as real files), cancelling, a letter whose file is missing, no LibreOffice,
// and marking them posted (on each letter and in its case's history).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blobPath, sha256Of } from '../../src/main/store/blobStore';
import { openTestApp, tempDir } from '../helpers';
import { issueTestLetter } from '../postLetters';
import { AWKWARD, caseWith, docxXml, exportToEnd, parseCsv, pdfPages, pdfText, postDay } from '../postRun';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh() {
  const tmp = tempDir('redress-post-');
  cleanups.push(tmp.remove);
  const t = await openTestApp(join(tmp.dir, 'store'));
  cleanups.push(() => t.app.close());
  return { ...t, dir: tmp.dir };
}

const RANGE = { from: '2026-11-01', to: '2026-11-04' };

describe('the post run', () => {
  it('lists the issued letters going by post in the range, in print order, with counts', async () => {
    const t = await fresh();
    const { cases, letters } = await postDay(t.app, t.call);
    const list = await t.call('post.list', RANGE);
    expect(list.counts).toEqual({ total: 3, posted: 0, unposted: 3 });
    expect(list.letters.map((l) => l.id)).toEqual(letters.map((l) => l.id));
    expect(list.letters[0]).toMatchObject({
      reference: cases[0]!.reference,
      addresseeName: AWKWARD.name,
      addressLines: AWKWARD.addressLines,
      label: 'Stage 1 response',
      issuedOn: '2026-11-02',
      method: 'post',
      postedOn: null,
    });
    expect(list.letters[1]).toMatchObject({
      label: 'Extension notice',
      method: 'both',
      copyTo: 'Tom Okafor (representative)',
    });
    const refused = await t.app.dispatch('post.list', { from: '2026-11-04', to: '2026-11-01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('exports the issued files, letters.pdf in order, manifest.csv and labels.docx, and nothing else', async () => {
    const t = await fresh();
    const { cases, letters } = await postDay(t.app, t.call);
    const folder = join(t.dir, 'out');
    const started = await t.call('post.export', { ...RANGE, folder });
    expect(started).toMatchObject({ folder, total: 3 });
    const end = await exportToEnd(t.call, started.exportId);
    expect(end).toMatchObject({ state: 'finished', percent: 100, message: null });
    const r = end.result!;
    const docx = [
      `0001 ${cases[0]!.reference} Stage 1 response.docx`,
      `0002 ${cases[1]!.reference} Extension notice.docx`,
      `0003 ${cases[2]!.reference} Stage 1 response.docx`,
    ];
    expect(r).toMatchObject({ folder, letters: 3, pdf: 'letters.pdf', pdfMissing: null, notExported: [] });
    expect(r.letterIds).toEqual(letters.map((l) => l.id));
    expect(readdirSync(folder).sort()).toEqual(
      [...docx, 'labels.docx', 'letters.pdf', 'manifest.csv'].sort(),
    );
    expect(r.files.map((f) => f.name)).toEqual([...docx, 'letters.pdf', 'manifest.csv', 'labels.docx']);

    // Each DOCX is the issued file itself, byte for byte.
    docx.forEach((name, i) => expect(sha256Of(readFileSync(join(folder, name)))).toBe(letters[i]!.sha256));

    // letters.pdf: every page of every letter (2 + 1 + 3), in order.
    expect(await pdfPages(join(folder, 'letters.pdf'))).toBe(6);
    const text = pdfText(join(folder, 'letters.pdf'));
    const at = (s: string) => text.indexOf(s);
    expect(at('MARKER-ONE')).toBeGreaterThanOrEqual(0);
    expect(at('MARKER-ONE')).toBeLessThan(at('MARKER-TWO'));
    expect(at('MARKER-TWO')).toBeLessThan(at('MARKER-THREE'));
    expect(text).toContain('Page 2 of Siân "Mo" O\'Brien, Jr');
    expect(text.split('\f').filter((p) => p.trim()).length).toBe(6);

    // manifest.csv: BOM, CRLF, RFC 4180 quoting; the awkward name comes back exactly.
    const raw = readFileSync(join(folder, 'manifest.csv'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(raw.slice(1));
    expect(rows[0]).toEqual([
      'Number',
      'Reference',
      'Addressee',
      'Address line 1',
      'Address line 2',
      'Address line 3',
      'Address line 4',
      'Address line 5',
      'Postcode',
      'Letter',
      'Issued on',
      'Copy to',
      'File',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      '1',
      cases[0]!.reference,
      AWKWARD.name,
      'Flat 2, Tŷ Glas',
      '14 <Mill> Lane & Yard',
      'Caerdydd',
      '',
      '',
      'CF10 1AA',
      'Stage 1 response',
      '2026-11-02',
      '',
      docx[0],
    ]);
    expect(rows[2]!.slice(3, 12)).toEqual([
      '3 Heol y Bont',
      'Aberystwyth',
      '',
      '',
      '',
      'SY23 1AB',
      'Extension notice',
      '2026-11-03',
      'Tom Okafor (representative)',
    ]);
    expect(raw).toContain(`"Siân ""Mo"" O'Brien, Jr 🏠"`);

    // labels.docx: a real A4 sheet of 3 × 7 labels, 63.5 × 38.1 mm rows of exact height.
    const xml = await docxXml(join(folder, 'labels.docx'));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml.match(/<w:trHeight w:val="2160" w:hRule="exact"\/>/g)).toHaveLength(7);
    expect(xml.match(/<w:gridCol w:w="(\d+)"\/>/g)).toEqual([
      '<w:gridCol w:w="3600"/>',
      '<w:gridCol w:w="142"/>',
      '<w:gridCol w:w="3600"/>',
      '<w:gridCol w:w="142"/>',
      '<w:gridCol w:w="3600"/>',
    ]);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('Siân &quot;Mo&quot; O&apos;Brien, Jr 🏠');
    expect(xml).toContain('14 &lt;Mill&gt; Lane &amp; Yard');
    const labelText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(labelText.slice(0, 6)).toEqual([
      'Siân &quot;Mo&quot; O&apos;Brien, Jr 🏠',
      'Flat 2, Tŷ Glas',
      '14 &lt;Mill&gt; Lane &amp; Yard',
      'Caerdydd',
      'CF10 1AA',
      'Gwenllïan ap Dafydd',
    ]);

    // The window downloads the same bytes.
    const pdf = await t.call('post.exportFile', { exportId: started.exportId, name: 'letters.pdf' });
    expect(pdf.mediaType).toBe('application/pdf');
    expect(Buffer.from(pdf.bytes, 'base64').equals(readFileSync(join(folder, 'letters.pdf')))).toBe(true);
    const outside = await t.app.dispatch('post.exportFile', {
      exportId: started.exportId,
      name: '../store/redress.db',
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }, 120_000);

  it('cancelling mid-way leaves no file under a final name, and no hidden folder', async () => {
    const t = await fresh();
    await postDay(t.app, t.call);
    const folder = join(t.dir, 'cancelled');
    const started = await t.call('post.export', { ...RANGE, folder });
    for (;;) {
      const p = await t.call('post.exportProgress', { exportId: started.exportId });
      if (p.step === 'pdf' || p.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const cancelled = await t.call('post.cancelExport', { exportId: started.exportId });
    expect(cancelled).toMatchObject({ state: 'cancelled', result: null });
    expect(cancelled.message).toMatch(/cancelled/);
    // The folder was made by the export, so it goes too.
    expect(existsSync(folder)).toBe(false);
  }, 60_000);

  it('closing Redress mid-export cancels it: nothing lands in the folder, then or later', async () => {
    const t = await fresh();
    await postDay(t.app, t.call);
    const folder = join(t.dir, 'closed');
    await t.call('post.export', { ...RANGE, folder });
    await t.app.close();
    expect(existsSync(folder), 'the export made the folder, so it goes too').toBe(false);
    // Nothing still running writes there afterwards (LibreOffice included).
    await new Promise((r) => setTimeout(r, 3000));
    expect(existsSync(folder)).toBe(false);
  }, 60_000);

  it('refuses a folder that already has files in it, and a relative one', async () => {
    const t = await fresh();
    await postDay(t.app, t.call);
    const first = await t.call('post.export', { ...RANGE, folder: join(t.dir, 'again') });
    await exportToEnd(t.call, first.exportId);
    const second = await t.app.dispatch('post.export', { ...RANGE, folder: join(t.dir, 'again') });
    expect(second).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!second.ok && second.error.message).toMatch(/already has files in it/);
    const relative = await t.app.dispatch('post.export', { ...RANGE, folder: 'post' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const none = await t.app.dispatch('post.export', {
      from: '2026-10-01',
      to: '2026-10-02',
      folder: join(t.dir, 'none'),
    });
    expect(!none.ok && none.error.message).toMatch(/nothing to export/);
  }, 60_000);

  it('names a letter whose file is missing or damaged, and exports the rest', async () => {
    const t = await fresh();
    const { cases, letters } = await postDay(t.app, t.call);
    rmSync(blobPath(t.app.dataDir, letters[1]!.sha256));
    const damaged = await caseWith(t.call, 'Damp');
    const bad = await issueTestLetter(t.app, {
      caseId: damaged.id,
      issuedOn: '2026-11-04',
      addressee: { name: 'Ravi Patel', addressLines: ['9 High St', 'York YO1 7HH'] },
    });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(blobPath(t.app.dataDir, bad.sha256), 'not the issued letter');
    // No folder from the window: it goes under the data folder's exports.
    const started = await t.call('post.export', { ...RANGE, folder: null });
    expect(started.folder).toBe(join(t.app.dataDir, 'exports', 'Post 2026-11-01 to 2026-11-04'));
    const r = (await exportToEnd(t.call, started.exportId)).result!;
    expect(r.letters).toBe(2);
    expect(r.letterIds).toEqual([letters[0]!.id, letters[2]!.id]);
    expect(r.notExported).toMatchObject([
      {
        letterId: letters[1]!.id,
        reference: cases[1]!.reference,
        addresseeName: 'Gwenllïan ap Dafydd',
        state: 'not_yet_arrived',
      },
      { letterId: bad.id, reference: damaged.reference, addresseeName: 'Ravi Patel', state: 'damaged' },
    ]);
    expect(r.notExported[0]!.message).toContain(
      `Extension notice letter to Gwenllïan ap Dafydd (${cases[1]!.reference}`,
    );
    expect(r.notExported[1]!.message).toMatch(/changed or damaged/);
    expect(readdirSync(r.folder).filter((f) => f.endsWith('.docx') && f !== 'labels.docx')).toEqual([
      `0001 ${cases[0]!.reference} Stage 1 response.docx`,
      `0002 ${cases[2]!.reference} Stage 1 response.docx`,
    ]);
    expect(parseCsv(readFileSync(join(r.folder, 'manifest.csv'), 'utf8').slice(1))).toHaveLength(3);
    expect(await pdfPages(join(r.folder, 'letters.pdf'))).toBe(5);
  }, 120_000);

  it('without LibreOffice still exports the letters, manifest and labels, and says what is missing', async () => {
    const t = await fresh();
    await postDay(t.app, t.call);
    const path = process.env.PATH;
    process.env.PATH = join(t.dir, 'no-programs-here');
    cleanups.push(() => {
      process.env.PATH = path;
    });
    const started = await t.call('post.export', { ...RANGE, folder: join(t.dir, 'plain') });
    const r = (await exportToEnd(t.call, started.exportId)).result!;
    expect(r.pdf).toBeNull();
    expect(r.pdfMissing).toMatch(
      /^LibreOffice is not installed on this computer, so no letters\.pdf was made: install LibreOffice, then export again/,
    );
    expect(readdirSync(r.folder).sort()).toEqual([...r.files.map((f) => f.name)].sort());
    expect(r.files.map((f) => f.kind)).toEqual(['letter', 'letter', 'letter', 'manifest', 'labels']);
  });

  it('marks letters posted on each letter and in its case history; already posted ones keep their day', async () => {
    const t = await fresh();
    const { cases, letters } = await postDay(t.app, t.call);
    const ids = letters.map((l) => l.id);
    const marked = await t.call('post.markPosted', { ids: ids.slice(0, 2), on: '2026-11-04' });
    expect(marked).toEqual({ marked: 2, alreadyPosted: 0, postedOn: '2026-11-04' });
    const again = await t.call('post.markPosted', { ids, on: '2026-11-05' });
    expect(again).toEqual({ marked: 1, alreadyPosted: 2, postedOn: '2026-11-05' });
    const list = await t.call('post.list', { ...RANGE, show: 'unposted' });
    expect(list).toMatchObject({ letters: [], counts: { total: 3, posted: 3, unposted: 0 } });
    const posted = await t.call('post.list', { ...RANGE, show: 'posted' });
    expect(posted.letters.map((l) => [l.postedOn, l.postedBy])).toEqual([
      ['2026-11-04', 'Priya Shah'],
      ['2026-11-04', 'Priya Shah'],
      ['2026-11-05', 'Priya Shah'],
    ]);
    const history = (await t.call('cases.get', { idOrReference: cases[0]!.id })).history;
    expect(history.find((h) => h.entity === 'letter' && h.field === 'posted_on')).toMatchObject({
      op: 'set',
      newValue: '2026-11-04',
      actorName: 'Priya Shah',
    });
    // Before the letter was issued, in the future, or not a post letter: refused, nothing marked.
    const early = await t.app.dispatch('post.markPosted', { ids, on: '2026-11-01' });
    expect(!early.ok && early.error.message).toMatch(/was issued on 2026-11-02, after the day given/);
    const future = await t.app.dispatch('post.markPosted', { ids, on: '2099-01-01' });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const email = t.app.context.sqlite.prepare(`SELECT id FROM letters WHERE method = 'email'`).get() as {
      id: string;
    };
    const byEmail = await t.app.dispatch('post.markPosted', { ids: [email.id] });
    expect(!byEmail.ok && byEmail.error.message).toMatch(/goes by email, not by post/);
  });
});

// What the post run's tests share: a store with cases and issued letters, following an export to
// its end through the real dispatch, and reading the exported files back as real documents.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import type { RedressApp } from '../src/main/app';
import type { PostExportProgress } from '../src/shared/contract/post';
import { openTestApp } from './helpers';
import { issueTestLetter, type TestLetter } from './postLetters';

export type Call = Awaited<ReturnType<typeof openTestApp>>['call'];

/** Names that break careless files: commas, quotes, apostrophes, Welsh accents, emoji, `<` and `&`. */
export const AWKWARD = {
  name: 'Siân "Mo" O\'Brien, Jr 🏠',
  addressLines: ['Flat 2, Tŷ Glas', '14 <Mill> Lane & Yard', 'Caerdydd', 'cf10 1aa'],
};

export async function caseWith(call: Call, summary: string): Promise<{ id: string; reference: string }> {
  const c = await call('cases.open', { type: 'complaint', summary });
  return { id: c.id, reference: c.reference };
}

/** Three post letters issued 2 and 3 November (2, 1 and 3 pages), one email-only and one outside. */
export async function postDay(app: RedressApp, call: Call) {
  const a = await caseWith(call, 'Leak not fixed');
  const b = await caseWith(call, 'Missed repairs');
  const c = await caseWith(call, 'Noise');
  const issue = (l: TestLetter) => issueTestLetter(app, l);
  const first = await issue({
    caseId: a.id,
    issuedOn: '2026-11-02',
    addressee: AWKWARD,
    pages: 2,
    marker: 'MARKER-ONE',
  });
  const second = await issue({
    caseId: b.id,
    issuedOn: '2026-11-03',
    method: 'both',
    type: 'extension',
    addressee: { name: 'Gwenllïan ap Dafydd', addressLines: ['3 Heol y Bont', 'Aberystwyth SY23 1AB'] },
    copyTo: 'Tom Okafor (representative)',
    marker: 'MARKER-TWO',
  });
  const third = await issue({
    caseId: c.id,
    issuedOn: '2026-11-03',
    addressee: { name: 'Joan Okafor', addressLines: ['1 Mill Lane', 'Leeds', 'LS1 4AB'] },
    pages: 3,
    marker: 'MARKER-THREE',
  });
  await issue({ caseId: c.id, issuedOn: '2026-11-03', method: 'email', addressee: AWKWARD });
  await issue({ caseId: c.id, issuedOn: '2026-11-09', addressee: AWKWARD });
  return { cases: [a, b, c], letters: [first, second, third] };
}

export async function exportToEnd(call: Call, exportId: string): Promise<PostExportProgress> {
  for (;;) {
    const p = await call('post.exportProgress', { exportId });
    if (p.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A CSV file's rows, parsed as RFC 4180 says (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  if (field || row.length) throw new Error('The last line does not end with CRLF');
  return rows;
}

export async function pdfPages(file: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(file))).getPageCount();
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export async function docxXml(file: string, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file(part)?.async('string');
  if (!xml) throw new Error(`${file} has no ${part}`);
  return xml;
}

// `report annual` and `report board` through the real CLI on one seeded store: the files written
// where --out says (and only there), a missing folder refused plainly, --pdf beside the DOCX.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn, tempDir } from '../helpers';
import { xmlParts } from '../docx/unzip';

const tmp = tempDir('redress-report-cli-');
const store = join(tmp.dir, 'store');
const out = join(tmp.dir, 'out');
const cli = (...argv: string[]) => cliIn(store, ...argv);
const soffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

beforeAll(async () => {
  expect((await cli('init', '--name', 'Sam Lee', '--role', 'administrator')).code).toBe(0);
  expect((await cli('seed', '--cases', '150', '--seed', '3')).code).toBe(0);
  mkdirSync(out);
}, 120_000);
afterAll(() => tmp.remove());

describe('report documents on the command line', () => {
  it('writes the annual report, and the PDF beside it where LibreOffice is installed', async () => {
    const file = join(out, 'annual.docx');
    const r = await cli(
      'report',
      'annual',
      '--year',
      '2026',
      '--out',
      file,
      ...(soffice ? ['--pdf'] : []),
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    const written = JSON.parse(r.out);
    expect(written).toEqual({ docx: file, pdf: soffice ? join(out, 'annual.pdf') : null, pdfProblem: null });
    const xml = xmlParts(readFileSync(file))['word/document.xml']!;
    expect(xml).toContain('Reporting year 2026/27: 1 April 2026 to 31 March 2027');
    if (soffice) expect(readFileSync(join(out, 'annual.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // Written whole: no partial file left beside it.
    expect(readdirSync(out).filter((n) => n.includes('partial'))).toEqual([]);
  }, 120_000);

  it('writes the board pack for a calendar quarter', async () => {
    const file = join(out, 'board.docx');
    const r = await cli('report', 'board', '--quarter', '2026Q3', '--out', file);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`Wrote ${file}: the board complaints pack for 2026Q3.`);
    const xml = xmlParts(readFileSync(file))['word/document.xml']!;
    expect(xml).toContain('July to September 2026 (Q2 of 2026/27), compared with April to June 2026');
  });

  it('refuses a folder that does not exist, a bad quarter and a missing year, writing nothing', async () => {
    const missing = join(tmp.dir, 'nowhere', 'annual.docx');
    const r = await cli('report', 'annual', '--year', '2026', '--out', missing);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The folder ${join(tmp.dir, 'nowhere')} does not exist`);
    expect(existsSync(missing)).toBe(false);
    const q = await cli('report', 'board', '--quarter', '2026Q5', '--out', join(out, 'x.docx'));
    expect(q.code).not.toBe(0);
    expect(q.err).toContain('A calendar quarter such as 2026Q3');
    const y = await cli('report', 'annual', '--out', join(out, 'y.docx'));
    expect(y.err).toContain('--year is required');
    expect(existsSync(join(out, 'x.docx')) || existsSync(join(out, 'y.docx'))).toBe(false);
  });
});

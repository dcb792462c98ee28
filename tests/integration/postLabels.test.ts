// The label sheet as LibreOffice prints it: 21 labels to an A4 page, the 22nd on the next, each
// address where an Avery L7160 sheet has its label (columns 66 mm apart, rows 38.1 mm apart).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { labelSheet } from '../../src/main/services/letters/post/labels';
import { tempDir } from '../helpers';
import { pdfPages } from '../postRun';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const MM = 72 / 25.4;

describe('labels.docx', () => {
  it('prints 21 labels a sheet, each at its label’s place on the sheet', async () => {
    const tmp = tempDir('redress-labels-');
    cleanups.push(tmp.remove);
    const addresses = Array.from({ length: 22 }, (_, i) => [
      `Resident${i + 1}`,
      `${i + 1} Mill Lane`,
      'Leeds',
      'LS1 4AB',
    ]);
    const docx = join(tmp.dir, 'labels.docx');
    writeFileSync(docx, await labelSheet(addresses));
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(tmp.dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        tmp.dir,
        docx,
      ],
      { stdio: 'ignore' },
    );
    const pdf = join(tmp.dir, 'labels.pdf');
    expect(await pdfPages(pdf)).toBe(2);
    // Where each name was printed: its page and the top-left corner of the word, in points.
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const pages = html.split('<page ').slice(1);
    const place = (name: string) => {
      const page = pages.findIndex((p) => p.includes(`>${name}<`));
      const m = new RegExp(`xMin="([\\d.]+)" yMin="([\\d.]+)"[^>]*>${name}<`).exec(pages[page]!)!;
      return { page, x: Number(m[1]), y: Number(m[2]) };
    };
    const first = place('Resident1');
    expect(first.page).toBe(0);
    // 7.25 mm side margin + 4 mm inset.
    expect(first.x / MM).toBeCloseTo(11.25, 0);
    for (let i = 1; i <= 21; i++) {
      const p = place(`Resident${i}`);
      const col = (i - 1) % 3;
      const row = Math.floor((i - 1) / 3);
      expect(p.page).toBe(0);
      expect((p.x - first.x) / MM).toBeCloseTo(col * 66, 0);
      expect((p.y - first.y) / MM).toBeCloseTo(row * 38.1, 0);
    }
    const next = place('Resident22');
    expect(next).toMatchObject({ page: 1 });
    expect(next.x).toBeCloseTo(first.x, 0);
    expect(next.y).toBeCloseTo(first.y, 0);
  }, 60_000);
});

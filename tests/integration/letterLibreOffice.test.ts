// Letters opened by LibreOffice: each rendered letter converted to PDF in one run of
// `soffice --headless` (a private profile, so parallel runs don't collide), then read back with
// pdftotext — the resident's name, every decision, the Ombudsman paragraph and the difficult
// text must all be there — and page 1 drawn to PNG (test-results/letters/) to look at.
// Skipped only where LibreOffice or poppler is not installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/main/services/letters/docx/render';
import { shippedTemplate } from '../../src/main/services/letters/docx/resources';
import type { LetterContent } from '../../src/shared/letters/content';
import { richLetter, STANDARD_PARAGRAPHS } from '../letterContent';
import { tempDir } from '../helpers';

const has = (tool: string, arg: string) => spawnSync(tool, [arg], { stdio: 'ignore' }).status === 0;
const tools = has('soffice', '--version') && has('pdftotext', '-v') && has('pdftoppm', '-v');

const LONG = Array.from({ length: 5000 }, (_, i) => `gair${i}`).join(' ');
const LETTERS: Record<string, LetterContent> = {
  stage1: richLetter('stage1_response'),
  stage2long: richLetter('stage2_response', {
    sections: { investigation: [{ kind: 'paragraph', runs: [{ text: LONG }] }] },
  }),
  ack: richLetter('ack_stage1'),
  ackLarge: richLetter('ack_stage1', { largePrintPt: 18 }),
  closure: richLetter('closure', {
    addressee: { name: "Zoë O'Brien-Éclair", addressLines: ['2 Rue & Lane', 'Swansea'] },
  }),
};

/** Text as pdftotext gives it, with line wrapping undone so sentences can be looked for whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** pdftotext drops the hyphen where a line broke at one ("housing-|ombudsman"), so compare without them. */
const unhyphenated = (text: string) => flat(text).replace(/-/g, '');

/** The letter's words without each page's footer, which falls in the middle of running text. */
const withoutFooters = (text: string) =>
  text
    .split('\n')
    .filter(
      (line) =>
        !/^\f?Page \d+ of \d+$/.test(line.trim()) &&
        !line.includes(' · complaints@example.org') &&
        line.trim() !== 'www.example.org',
    )
    .join('\n');

describe.skipIf(!tools)('letters opened and printed by LibreOffice', () => {
  const work = tempDir('redress-lo-');
  afterAll(() => work.remove());
  const pdfText: Record<string, string> = {};
  const pages: Record<string, number> = {};
  let footer = '';

  it('converts every letter to PDF in one run', async () => {
    const docs = join(work.dir, 'docx');
    mkdirSync(docs);
    for (const [name, content] of Object.entries(LETTERS)) {
      const bytes = await renderLetter({ template: shippedTemplate(content.type), content, logo: null });
      writeFileSync(join(docs, `${name}.docx`), bytes);
    }
    const pdfDir = join(work.dir, 'pdf');
    const converted = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work.dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        ...Object.keys(LETTERS).map((n) => join(docs, `${n}.docx`)),
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    for (const name of Object.keys(LETTERS)) {
      const pdf = join(pdfDir, `${name}.pdf`);
      pdfText[name] = withoutFooters(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      if (name === 'stage1')
        footer = spawnSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout;
      pages[name] = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    }
    const shots = resolve('test-results', 'letters');
    mkdirSync(shots, { recursive: true });
    for (const name of ['stage1', 'ackLarge'])
      spawnSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        join(pdfDir, `${name}.pdf`),
        join(shots, name),
      ]);
  }, 200_000);

  it("holds the resident's name, each decision and the Ombudsman paragraph", () => {
    const text = flat(pdfText.stage2long!);
    expect(text).toContain('Siân Ffion Llŷr');
    for (const decision of ['Upheld', 'Partly upheld', 'Not upheld']) expect(text).toContain(decision);
    expect(unhyphenated(text)).toContain(unhyphenated(STANDARD_PARAGRAPHS.ombudsman.text));
    expect(unhyphenated(pdfText.ack!)).toContain(unhyphenated(STANDARD_PARAGRAPHS.ombudsman.text));
    expect(unhyphenated(pdfText.stage1!)).toContain(unhyphenated(STANDARD_PARAGRAPHS.escalation.text));
  });

  it('has the landlord\'s contact and "Page X of Y" in each page\'s footer', () => {
    expect(footer).toMatch(/Cartrefi Cymru & Co · 029 2000 0000 · complaints@example.org · www.example.org/);
    expect(footer).toMatch(/Page 1 of [2-9]/);
  });

  it('keeps Welsh and accented names, apostrophes, ampersands, "<" and emoji', () => {
    const stage1 = flat(pdfText.stage1!);
    expect(stage1).toContain('Dear Siân Ffion Llŷr');
    expect(stage1).toContain('Flat 3, Tŷ Gwyn');
    expect(stage1).toContain("Copy to: Zoë O'Brien-Éclair (advocate)");
    expect(stage1).toContain('Cartrefi Cymru & Co');
    expect(stage1).toContain("We're sorry it took < 3 weeks longer than it should 🙂");
    expect(stage1).toContain('Friday 27 November 2026');
    expect(stage1).toContain('£350.50');
    expect(flat(pdfText.closure!)).toContain("Dear Zoë O'Brien-Éclair");
    expect(flat(pdfText.closure!)).toContain('2 Rue & Lane');
  });

  it('prints a 5,000-word section whole', () => {
    const text = flat(pdfText.stage2long!);
    expect(text).toContain(LONG);
    expect(pages.stage2long).toBeGreaterThan(pages.stage1!);
  });

  it('runs large print onto more pages than the same letter in normal print', () => {
    expect(unhyphenated(pdfText.ackLarge!)).toContain(unhyphenated(STANDARD_PARAGRAPHS.ombudsman.text));
    expect(pages.ackLarge).toBeGreaterThan(pages.ack!);
  });
});

describe.runIf(!tools)('letters opened and printed by LibreOffice', () => {
  it.skip('needs LibreOffice (soffice) and poppler (pdftotext, pdftoppm, pdfinfo) installed', () => {});
});

// Redress's own templates and the small rules around filling them: each shipped template holds
// exactly what its letter type needs, dates print as letters write them, file names are safe on
// Windows, and the XML check the document tests rely on really catches broken XML.
import { describe, expect, it } from 'vitest';
import { letterFileName } from '../../src/main/services/letters/docx/fileName';
import { fillText } from '../../src/main/services/letters/docx/fillText';
import { placeholdersWhole } from '../../src/main/services/letters/docx/runs';
import { imageSize } from '../../src/main/services/letters/docx/imageSize';
import { bodyHalfPoints } from '../../src/main/services/letters/docx/largePrint';
import { placeholdersIn } from '../../src/main/services/letters/docx/placeholders';
import { shippedTemplate, templatesDirAbove } from '../../src/main/services/letters/docx/resources';
import { letterDate } from '../../src/shared/letters/letterDate';
import { LETTER_TYPES } from '../../src/shared/letters/letterTypes';
import { PLACEHOLDERS, requiredPlaceholders, templateProblems } from '../../src/shared/letters/placeholders';
import { xmlParts } from '../docx/unzip';
import { xmlProblem } from '../docx/wellFormed';

describe("Redress's own templates", () => {
  it.each(LETTER_TYPES)(
    '%s holds every placeholder it needs and none Redress does not know',
    async (type) => {
      const found = await placeholdersIn(shippedTemplate(type));
      expect(templateProblems(type, found)).toEqual({ unknown: [], missing: [] });
      for (const name of requiredPlaceholders(type)) expect(found).toContain(name);
    },
  );

  it.each(LETTER_TYPES)(
    '%s has each block placeholder alone in its paragraph, in well-formed XML',
    (type) => {
      const parts = xmlParts(shippedTemplate(type));
      for (const [name, xml] of Object.entries(parts)) expect(xmlProblem(xml), name).toBeNull();
      const paragraphs = [...parts['word/document.xml']!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) =>
        [...m[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      );
      const blocks = Object.entries(PLACEHOLDERS).filter(([, p]) => p.kind === 'block');
      for (const [name] of blocks) {
        const holding = paragraphs.filter((p) => p.includes(`{{${name}}}`));
        for (const p of holding) expect(p, name).toBe(`{{${name}}}`);
      }
    },
  );

  it('is found from the source tree, and not above the filesystem root', () => {
    expect(templatesDirAbove(__dirname)).toMatch(/resources[\\/]templates$/);
    expect(templatesDirAbove('/')).toBeNull();
  });

  it('is an A4 page in Arial 11 pt with real heading styles and "Page X of Y" in the footer', () => {
    const parts = xmlParts(shippedTemplate('stage1_response'));
    expect(parts['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
    expect(parts['word/styles.xml']).toContain('w:ascii="Arial"');
    expect(bodyHalfPoints(parts['word/styles.xml']!)).toBe(22);
    const footer = Object.entries(parts).find(([n]) => /footer\d*\.xml$/.test(n))![1];
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });
});

describe('a letter’s dates, file names and logo', () => {
  it.each([
    ['2026-11-27', 'Friday 27 November 2026'],
    ['2027-01-01', 'Friday 1 January 2027'],
    ['2026-03-29', 'Sunday 29 March 2026'],
    ['not a date', 'not a date'],
  ])('%s prints as %s', (iso, printed) => expect(letterDate(iso)).toBe(printed));

  it.each([
    ['RD-26-K7-0001', 'stage1_response', '2026-11-27', 'RD-26-K7-0001 Stage 1 response 2026-11-27.docx'],
    ['A/B:C*?"<>|', 'ack_stage1', '2026-11-27', 'A-B-C------ Acknowledgement (stage 1) 2026-11-27.docx'],
    ['tab\there', 'closure', '2026-11-27', 'tab-here Closure and satisfaction survey 2026-11-27.docx'],
  ] as const)('%s %s → %s', (reference, type, date, name) => {
    expect(letterFileName(reference, type, date)).toBe(name);
  });

  it('keeps a very long reference to a name Windows can hold, ending in neither a dot nor a space', () => {
    const name = letterFileName('x'.repeat(400) + '. ', 'closure', '2026-11-27');
    expect(name.length).toBeLessThanOrEqual(155);
    expect(name).toMatch(/[^. ]\.docx$/);
  });

  it('reads a PNG’s and a JPEG’s size from their headers, and refuses other bytes', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 44, 0, 0, 0, 100,
    ]);
    expect(imageSize(png, 'png')).toEqual({ width: 300, height: 100 });
    const jpeg = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 200, 3, 0, 0, 0,
    ]);
    expect(imageSize(jpeg, 'jpg')).toEqual({ width: 200, height: 50 });
    expect(imageSize(Uint8Array.from([1, 2, 3]), 'png')).toBeNull();
    expect(imageSize(png, 'jpg')).toBeNull();
  });
});

describe('the XML check the document tests use', () => {
  it.each([
    ['<a><b/></a>', null],
    ['<?xml version="1.0"?><a x="1" y=\'&amp;\'>t &lt; u &#233;</a>', null],
    ['<a><b></a></b>', 'closes the wrong element'],
    ['<a>x & y</a>', 'unescaped "&"'],
    ['<a>x < y</a>', 'inside a tag'],
    ['<a x="1" x="2"/>', 'repeated'],
    ['<a x=1/>', 'malformed attribute'],
    ['<a/><b/>', 'second root'],
    ['<a>', 'never closed'],
    ['<a>\u0001</a>', 'forbids'],
  ])('%s', (xml, problem) => {
    const found = xmlProblem(xml);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('placeholders Word split across runs', () => {
  const run = (text: string, bold = false) =>
    `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const texts = (xml: string) => [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);

  it('puts each placeholder whole in the run it starts in, leaving the text around it where it was', () => {
    const xml = `<w:p>${run('Ref: {')}${run('{refer', true)}${run('ence}} and {{date}}')}${run(' end')}</w:p>`;
    expect(texts(placeholdersWhole(xml))).toEqual(['Ref: {{reference}}', '', ' and {{date}}', ' end']);
  });

  it('leaves a paragraph alone when every placeholder is already whole', () => {
    const xml = `<w:p>${run('Dear {{addressee_name}}')}${run(', hello', true)}</w:p>`;
    expect(placeholdersWhole(xml)).toBe(xml);
  });

  it('fills text placeholders escaped, with a line break between lines, and keeps block names for later', () => {
    const xml = `<w:p><w:r><w:t>{{address_block}}</w:t></w:r></w:p><w:p><w:r><w:t>{{decisions}}</w:t></w:r></w:p>`;
    const filled = fillText(xml, (name) => (name === 'decisions' ? 'block' : ['Zoë & <Co>', 'CF10 1AA']));
    expect(filled).toContain(
      '<w:t xml:space="preserve">Zoë &amp; &lt;Co&gt;</w:t><w:br/><w:t xml:space="preserve">CF10 1AA</w:t>',
    );
    expect(filled).toContain('{{decisions}}');
    expect(xmlProblem(`<root>${filled}</root>`)).toBeNull();
  });
});

// Letters filled from the templates, checked as real Word documents: every part well-formed
// XML, no placeholder left, lists as Word lists and tables as Word tables, difficult text kept
// exactly, large print larger, a landlord's edited template (placeholders split across runs)
// still filled, and anything that is not a plain .docx refused in a plain sentence.
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/main/services/letters/docx/render';
import { placeholdersIn } from '../../src/main/services/letters/docx/placeholders';
import { shippedTemplate } from '../../src/main/services/letters/docx/resources';
import { AppError } from '../../src/shared/contract/errors';
import { LETTER_TYPES } from '../../src/shared/letters/letterTypes';
import { richLetter } from '../letterContent';
import { editDocumentXml, splitAcrossRuns, withPart } from '../docx/templateEdits';
import { xmlParts } from '../docx/unzip';
import { xmlProblem } from '../docx/wellFormed';

const render = (content: ReturnType<typeof richLetter>, template = shippedTemplate(content.type)) =>
  renderLetter({ template, content, logo: null });

/** The words of the document's body, as Word shows them, entities decoded. */
function wordsOf(xml: string): string {
  return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const sizes = (xml: string) => [...xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]));

describe('a letter filled from its template', () => {
  it.each(LETTER_TYPES)('%s: well-formed XML throughout, nothing left unfilled', async (type) => {
    const parts = xmlParts(await render(richLetter(type)));
    for (const [name, xml] of Object.entries(parts)) {
      expect(xmlProblem(xml), name).toBeNull();
      expect(xml, name).not.toContain('{{');
    }
    const body = wordsOf(parts['word/document.xml']!);
    expect(body).toContain('Dear Siân Ffion Llŷr');
    expect(body).toContain('Friday 27 November 2026');
    expect(body).toContain('CMP-2026-0042');
    expect(body).toContain('Yours sincerely');
  });

  it('puts the points in a numbered Word list and decisions, remedies and actions in Word tables', async () => {
    const xml = xmlParts(await render(richLetter('stage1_response')))['word/document.xml']!;
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => wordsOf(m[0]));
    expect(tables).toHaveLength(3);
    expect(tables[0]).toContain('Our decision');
    for (const label of ['Upheld', 'Partly upheld', 'Not upheld']) expect(tables[0]).toContain(label);
    expect(tables[1]).toContain('£250.00');
    expect(tables[1]).toContain('£350.50');
    expect(tables[2]).toContain('Friday 11 December 2026');
    expect(tables[2]).toContain('Repairs team');
    const listItems = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numPr>[\s\S]*?<\/w:p>/g)].map((m) =>
      wordsOf(m[0]),
    );
    expect(listItems.some((t) => t.startsWith('The leak from the bathroom ceiling'))).toBe(true);
    expect(listItems.some((t) => t.includes('fixed the leak'))).toBe(true);
    const numbering = xmlParts(await render(richLetter('stage1_response')))['word/numbering.xml']!;
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
    expect(xml).toMatch(/<w:b\/>[\s\S]*?telling us/);
  });

  it('says no actions are outstanding when none are, and leaves out an unused copy line and empty sections', async () => {
    const xml = xmlParts(
      await render(richLetter('stage2_response', { actions: [], copyTo: null, sections: {}, remedies: [] })),
    )['word/document.xml']!;
    const body = wordsOf(xml);
    expect(body).toContain('No actions are outstanding.');
    // No remedies recorded: no table and no "£0.00" beside what the officer wrote.
    expect(body).toContain('Putting things right');
    expect(body).not.toContain('Compensation');
    expect(body).not.toContain('£0.00');
    expect(body).not.toContain('Copy to');
    expect(body).not.toContain('{{');
  });

  it('keeps Welsh and accented names, apostrophes, ampersands, "<", emoji and a 5,000-word section exactly', async () => {
    const long = Array.from({ length: 5000 }, (_, i) => `gair${i}`).join(' ');
    const content = richLetter('stage1_response', {
      sections: { investigation: [{ kind: 'paragraph', runs: [{ text: long }] }] },
    });
    const body = wordsOf(xmlParts(await render(content))['word/document.xml']!);
    expect(body).toContain(long);
    expect(body).toContain("Copy to: Zoë O'Brien-Éclair (advocate)");
    expect(body).toContain("Staff didn't return calls");
    expect(body).toContain('Cartrefi Cymru & Co');
    expect(body).toContain('The leak fixed & compensation');
    const opening = wordsOf(xmlParts(await render(richLetter('stage1_response')))['word/document.xml']!);
    expect(opening).toContain("We're sorry it took < 3 weeks longer than it should 🙂");
  });

  it('scales every font size for large print, so the body text is the size asked for', async () => {
    const normal = xmlParts(await render(richLetter('ack_stage1')));
    const large = xmlParts(await render(richLetter('ack_stage1', { largePrintPt: 16 })));
    expect(normal['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:sz w:val="22"\/>/);
    expect(large['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:sz w:val="32"\/>/);
    const factor = 32 / 22;
    for (const part of ['word/styles.xml', 'word/footer1.xml']) {
      const before = sizes(normal[part]!);
      expect(before.length, part).toBeGreaterThan(0);
      expect(sizes(large[part]!), part).toEqual(before.map((s) => Math.round(s * factor)));
    }
    for (const [name, xml] of Object.entries(large)) expect(xmlProblem(xml), name).toBeNull();
  });

  it('puts the logo at the top as a picture with alt text', async () => {
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwSZGBgYADXyA/1SLR+EAAAAAElFTkSuQmCC',
        'base64',
      ),
    );
    const out = await renderLetter({
      template: shippedTemplate('closure'),
      content: richLetter('closure'),
      logo: { bytes: png, type: 'png' },
    });
    const parts = xmlParts(out);
    expect(parts['word/document.xml']).toContain('<w:drawing>');
    expect(parts['word/document.xml']).toContain('descr="Logo"');
    expect(parts['word/_rels/document.xml.rels']).toMatch(/Target="media\/[^"]+\.png"/);
  });

  it("fills a landlord's edited template whose placeholders Word split across runs", async () => {
    const edited = editDocumentXml(shippedTemplate('extension'), (xml) =>
      splitAcrossRuns(splitAcrossRuns(xml, 'reference'), 'new_due'),
    );
    expect(xmlParts(edited)['word/document.xml']).not.toContain('{{reference}}');
    expect(await placeholdersIn(edited)).toEqual(expect.arrayContaining(['reference', 'new_due']));
    const xml = xmlParts(await render(richLetter('extension'), edited))['word/document.xml']!;
    expect(xml).not.toContain('{{');
    expect(wordsOf(xml)).toContain('Our reference: CMP-2026-0042');
    expect(wordsOf(xml)).toContain('we will now respond by Monday 14 December 2026');
  });
});

describe('reading a template’s placeholders', () => {
  const refusal = async (bytes: Uint8Array) => {
    const error = await placeholdersIn(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    return (error as AppError).message;
  };

  it('refuses a file that is not a Word document', async () => {
    expect(await refusal(new TextEncoder().encode('Dear {{addressee_name}}'))).toMatch(/not a Word document/);
  });

  it('refuses a damaged Word document', async () => {
    const bytes = shippedTemplate('closure').slice(0, 3000);
    expect(await refusal(bytes)).toMatch(/damaged/);
  });

  it('refuses a document with macros', async () => {
    const docm = withPart(shippedTemplate('closure'), 'word/vbaProject.bin', new Uint8Array([1, 2, 3]));
    expect(await refusal(docm)).toMatch(/macros/);
  });

  it('finds placeholders in the footer as well as the body', async () => {
    const found = await placeholdersIn(shippedTemplate('closure'));
    expect(found).toContain('landlord_contact');
    expect(found).toContain('actions_manager');
  });
});

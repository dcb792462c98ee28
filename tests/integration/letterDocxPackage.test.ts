// A letter filled from a landlord's template that lacks what Redress's own templates have: no
// numbering part, no List Paragraph style, a block placeholder alone in a table cell, a picture of
// its own, and the logo in the footer as well as the body, in a footer that does not declare the
// drawing namespace. The letter must still be a sound Word package: every list a paragraph uses
// defined and related, every picture related from its own part to a file in the package, drawing
// ids unique across the document, a table cell still ending with a paragraph.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/main/services/letters/docx/render';
import { shippedTemplate } from '../../src/main/services/letters/docx/resources';
import { tempDir } from '../helpers';
import { richLetter } from '../letterContent';
import { xmlParts } from '../docx/unzip';
import { xmlProblem } from '../docx/wellFormed';

const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwSZGBgYADXyA/1SLR+EAAAAAElFTkSuQmCC',
    'base64',
  ),
);
const OWN_PICTURE =
  '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="7" name="Stamp"/>' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic>' +
  '</wp:inline></w:drawing></w:r></w:p>';
const DECISIONS = '<w:p><w:r><w:t xml:space="preserve">{{decisions}}</w:t></w:r></w:p>';

/** Redress's stage 1 template stripped and rearranged the way a landlord's own might be. */
function landlordTemplate(): Uint8Array {
  const files = unzipSync(shippedTemplate('stage1_response'));
  const edit = (path: string, change: (xml: string) => string) => {
    files[path] = strToU8(change(strFromU8(files[path]!)));
  };
  delete files['word/numbering.xml'];
  edit('word/_rels/document.xml.rels', (x) => x.replace(/<Relationship\b[^>]*numbering"[^>]*\/>/, ''));
  edit('[Content_Types].xml', (x) => x.replace(/<Override\b[^>]*numbering\.xml"[^>]*\/>/, ''));
  edit('word/styles.xml', (x) =>
    x.replace(/<w:style\b[^>]*w:styleId="ListParagraph"[\s\S]*?<\/w:style>/, ''),
  );
  edit('word/document.xml', (x) =>
    x
      .replace(
        /<w:p>(?:(?!<w:p>)[\s\S])*?\{\{decisions\}\}[\s\S]*?<\/w:p>/,
        () =>
          `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc>${DECISIONS}</w:tc></w:tr></w:tbl>`,
      )
      .replace('<w:body>', `<w:body>${OWN_PICTURE}`),
  );
  edit('word/footer1.xml', (x) =>
    x
      .replace(/ xmlns:wp="[^"]*"/, '')
      .replace('</w:ftr>', '<w:p><w:r><w:t xml:space="preserve">{{logo}}</w:t></w:r></w:p></w:ftr>'),
  );
  return zipSync(files);
}

const letter = () =>
  renderLetter({
    template: landlordTemplate(),
    content: richLetter('stage1_response'),
    logo: { bytes: PNG, type: 'png' },
  });

const has = (tool: string, arg: string) => spawnSync(tool, [arg], { stdio: 'ignore' }).status === 0;
const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1]!);

describe("a letter filled from a landlord's bare template", () => {
  it('is a sound Word package: lists, list style, pictures and drawing ids all in order', async () => {
    const bytes = await letter();
    const files = unzipSync(bytes);
    const parts = xmlParts(bytes);
    for (const [name, xml] of Object.entries(parts)) {
      expect(xmlProblem(xml), name).toBeNull();
      expect(xml, name).not.toContain('{{');
    }
    const document = parts['word/document.xml']!;

    // The lists: a numbering part made, related and declared, holding every list a paragraph uses.
    expect(parts['word/_rels/document.xml.rels']).toMatch(/Type="[^"]*\/numbering" Target="numbering.xml"/);
    expect(parts['[Content_Types].xml']).toContain('PartName="/word/numbering.xml"');
    const numbering = parts['word/numbering.xml']!;
    const used = new Set(all(document, /<w:numId w:val="([^"]+)"\/>/g));
    expect(used.size).toBe(2); // the points' numbered list and the sections' bullets
    for (const id of used) {
      const num = new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering);
      expect(num, `list ${id}`).not.toBeNull();
      expect(numbering).toContain(`w:abstractNumId="${num![1]}"`);
    }
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
    expect(parts['word/styles.xml']).toContain('w:styleId="ListParagraph"');

    // The decisions table in the cell, the cell still ending with a paragraph.
    expect(document).toMatch(/<w:tc><w:tbl>[\s\S]*?Our decision[\s\S]*?<\/w:tbl><w:p\/><\/w:tc>/);

    // Pictures: each related from its own part to a file in the package; drawing ids unique.
    for (const part of ['word/document.xml', 'word/footer1.xml']) {
      const rels = parts[part.replace('word/', 'word/_rels/') + '.rels']!;
      const embeds = all(parts[part]!, /r:embed="([^"]+)"/g);
      expect(embeds, part).toHaveLength(1);
      const target = new RegExp(`Id="${embeds[0]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      expect(target, part).toBeDefined();
      expect(files[`word/${target}`], part).toEqual(PNG);
    }
    expect(/<w:ftr\b[^>]*>/.exec(parts['word/footer1.xml']!)![0]).toContain('xmlns:wp=');
    const ids = [
      ...all(document, /<wp:docPr\b[^>]*?\bid="(\d+)"/g),
      ...all(parts['word/footer1.xml']!, /<wp:docPr\b[^>]*?\bid="(\d+)"/g),
    ];
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);

    expect(parts['docProps/core.xml']).toContain('<dc:title>Stage 1 response – CMP-2026-0042</dc:title>');
  });

  it.skipIf(!has('soffice', '--version') || !has('pdftotext', '-v'))(
    'opens in LibreOffice with its points numbered, its bullets and its tables',
    async () => {
      const work = tempDir('redress-lo-bare-');
      try {
        const docx = join(work.dir, 'bare.docx');
        writeFileSync(docx, await letter());
        const converted = spawnSync(
          'soffice',
          [
            `-env:UserInstallation=file://${join(work.dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            work.dir,
            docx,
          ],
          { encoding: 'utf8', timeout: 120_000 },
        );
        expect(converted.status, converted.stderr).toBe(0);
        const pdf = join(work.dir, 'bare.pdf');
        expect(existsSync(pdf)).toBe(true);
        const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
        expect(text).toContain('1. The leak from the bathroom ceiling');
        expect(text).toContain("2. Staff didn't return calls");
        expect(text).toContain('● We visited on 3 November & fixed the leak.');
        for (const label of ['Our decision', 'Partly upheld', '£250.00', 'Repairs team'])
          expect(text).toContain(label);
      } finally {
        work.remove();
      }
    },
    150_000,
  );
});

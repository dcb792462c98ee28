// Fills a letter template (Redress's own or the landlord's) with one letter's content. Text goes
// straight into the template's runs; lists, tables, the officer's sections and the logo are built
// with docx's classes, written as XML in place of their placeholders' paragraphs, with the lists
// and pictures they use added to the package; and, for a resident who needs large print, every
// font size is scaled up. Only the parts that change are rewritten; the rest are kept as bytes.
import type { XmlComponent } from 'docx';
import type { LetterContent } from '../../../../shared/letters/content';
import { LETTER_TYPE_LABELS } from '../../../../shared/letters/letterTypes';
import { blockWriter } from './blockWriter';
import { setCoreProperties } from './coreProperties';
import { DocxPackage } from './docxPackage';
import { fillBlocks, type BlockXml } from './fillBlocks';
import { fillText } from './fillText';
import { enlargeText } from './largePrint';
import { useListStyle } from './listStyle';
import { addLists } from './lists';
import { addPictures, highestDrawingId } from './pictures';
import { preparedTemplate } from './prepared';
import { placeholderValues, type Value } from './values';

export interface RenderInput {
  template: Uint8Array;
  content: LetterContent;
  logo: { bytes: Uint8Array; type: 'png' | 'jpg' } | null;
}

export async function renderLetter(input: RenderInput): Promise<Uint8Array> {
  const { content } = input;
  const template = preparedTemplate(input.template);
  const values: Partial<Record<string, Value>> = placeholderValues(content, input.logo);
  const linesOf = (name: string) => {
    const value = values[name];
    if (!value) return []; // Not a placeholder Redress knows: never printed as "{{…}}".
    return 'lines' in value ? value.lines : 'block';
  };
  const writer = blockWriter();
  const written = new Map<string, BlockXml>();
  const blockOf = (name: string): BlockXml | undefined => {
    const value = values[name];
    if (!value || 'lines' in value) return undefined;
    if (!written.has(name))
      written.set(
        name,
        'blocks' in value
          ? { blocks: writer.xmlOf(value.blocks as unknown as XmlComponent[]) }
          : { inline: writer.xmlOf(value.inline as unknown as XmlComponent[]) },
      );
    return written.get(name);
  };
  const parts = new Map<string, string>();
  for (const [path, xml] of template.parts) parts.set(path, fillBlocks(fillText(xml, linesOf), blockOf));
  const pkg = new DocxPackage(template.files);
  addLists(pkg, writer.numbering, parts);
  addPictures(pkg, writer.media, parts, highestDrawingId(template.parts.values()));
  useListStyle(pkg, parts);
  for (const [path, xml] of parts) pkg.write(path, xml);
  setCoreProperties(pkg, {
    title: `${LETTER_TYPE_LABELS[content.type]} – ${content.reference}`,
    creator: content.houseStyle.landlordName,
    lastModifiedBy: content.officer.name,
  });
  if (content.largePrintPt) enlargeText(pkg, content.largePrintPt);
  return pkg.zip();
}

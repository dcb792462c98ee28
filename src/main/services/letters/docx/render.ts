// Fills a letter template (Redress's own or the landlord's) with one letter's content. Text goes
// straight into the template's runs; lists, tables, the officer's sections and the logo go in
// through docx's patchDocument, as real Word structures; and, for a resident who needs large
// print, every font size is scaled up.
import { PatchType, patchDocument, type IPatch } from 'docx';
import { strToU8, zipSync } from 'fflate';
import type { LetterContent } from '../../../../shared/letters/content';
import { LETTER_TYPE_LABELS } from '../../../../shared/letters/letterTypes';
import { LIST_NUMBERING } from './blocks';
import { fillText } from './fillText';
import { enlargeText } from './largePrint';
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
  const files = { ...template.files };
  for (const [path, xml] of template.parts) files[path] = strToU8(fillText(xml, linesOf));
  const patches: Record<string, IPatch> = {};
  for (const name of template.names) {
    const value = values[name];
    if (value && 'blocks' in value) patches[name] = { type: PatchType.DOCUMENT, children: value.blocks };
    if (value && 'inline' in value) patches[name] = { type: PatchType.PARAGRAPH, children: value.inline };
  }
  const filled = await patchDocument({
    outputType: 'uint8array',
    // Stored, not compressed: patchDocument inflates it straight away and compresses its own output.
    data: zipSync(files, { level: 0 }),
    patches,
    keepOriginalStyles: true,
    numbering: LIST_NUMBERING,
    properties: {
      title: `${LETTER_TYPE_LABELS[content.type]} – ${content.reference}`,
      creator: content.houseStyle.landlordName,
      lastModifiedBy: content.officer.name,
    },
  });
  return content.largePrintPt ? enlargeText(filled, content.largePrintPt) : filled;
}

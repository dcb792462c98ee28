// Fills a letter template (Redress's own or the landlord's) with one letter's content: every
// placeholder replaced through docx's patchDocument, lists and tables as real Word structures,
// and, for a resident who needs large print, every font size scaled up.
import { PatchType, patchDocument, type IPatch } from 'docx';
import type { LetterContent } from '../../../../shared/letters/content';
import { LETTER_TYPE_LABELS } from '../../../../shared/letters/letterTypes';
import { LIST_NUMBERING } from './blocks';
import { enlargeText } from './largePrint';
import { placeholderValues, type Logo, type Value } from './values';

export interface RenderInput {
  template: Uint8Array;
  content: LetterContent;
  logo: Logo | null;
}

const patchOf = (value: Value): IPatch =>
  'inline' in value
    ? { type: PatchType.PARAGRAPH, children: value.inline }
    : { type: PatchType.DOCUMENT, children: value.blocks };

export async function renderLetter(input: RenderInput): Promise<Uint8Array> {
  const { content } = input;
  const values = placeholderValues(content, input.logo);
  const patches = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, patchOf(value)]));
  const filled = await patchDocument({
    outputType: 'uint8array',
    data: input.template,
    patches,
    keepOriginalStyles: true,
    // A landlord typing "{{ reference }}" in Word means {{reference}}.
    trimPlaceholders: true,
    numbering: LIST_NUMBERING,
    properties: {
      title: `${LETTER_TYPE_LABELS[content.type]} – ${content.reference}`,
      creator: content.houseStyle.landlordName,
      lastModifiedBy: content.officer.name,
    },
  });
  return content.largePrintPt ? enlargeText(filled, content.largePrintPt) : filled;
}

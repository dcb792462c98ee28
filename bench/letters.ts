// Filling one letter: renderLetter on Redress's own stage 1 response template beside the raw
// docx figure for the same letter — the same content built with `new Document` and packed with
// `Packer.toBuffer` — paired in the same run, medians after warm-up. Budget: ≤ 1.3× raw.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { LIST_NUMBERING } from '../src/main/services/letters/docx/blocks';
import { renderLetter } from '../src/main/services/letters/docx/render';
import { shippedTemplate } from '../src/main/services/letters/docx/resources';
import { placeholderValues, type Value } from '../src/main/services/letters/docx/values';
import type { LetterContent } from '../src/shared/letters/content';
import { richLetter } from '../tests/letterContent';
import { paired } from './measure';

export interface LetterRow {
  what: string;
  redress: number;
  raw: number;
  budget: number;
}

/** The same letter written from scratch: its values in the order the template has them. */
async function rawLetter(content: LetterContent): Promise<Buffer> {
  const v = placeholderValues(content, null);
  const runs = (value: Value) =>
    'lines' in value
      ? value.lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }))
      : 'inline' in value
        ? value.inline
        : [];
  const para = (value: Value) =>
    'blocks' in value ? value.blocks : [new Paragraph({ children: runs(value) })];
  const text = (label: string, value: Value) =>
    new Paragraph({ children: [new TextRun(label), ...runs(value)] });
  const doc = new Document({
    numbering: LIST_NUMBERING,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        children: [
          ...para(v.landlord_name),
          ...para(v.landlord_address),
          ...para(v.address_block),
          text('Date: ', v.date),
          text('Our reference: ', v.reference),
          new Paragraph({ text: 'Our response to your complaint', heading: HeadingLevel.HEADING_1 }),
          text('Dear ', v.addressee_name),
          ...para(v.section_opening),
          ...para(v.definition),
          ...para(v.section_investigation),
          ...para(v.decisions),
          ...para(v.remedies),
          ...para(v.section_remedy),
          ...para(v.actions),
          ...para(v.section_closing),
          ...para(v.escalation),
          ...para(v.designated_person),
          ...para(v.data_protection),
          ...para(v.sign_off),
          ...para(v.officer_name),
          ...para(v.copy_to),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function benchLetters(iterations = 100): Promise<LetterRow[]> {
  const content = richLetter('stage1_response');
  const template = shippedTemplate('stage1_response');
  const r = await paired(
    iterations,
    () => renderLetter({ template, content, logo: null }),
    () => rawLetter(content),
  );
  return [
    {
      what: `render one letter from its template (raw: docx build + pack), ${iterations} runs`,
      redress: r.a.median,
      raw: r.b.median,
      budget: r.b.median * 1.3,
    },
  ];
}

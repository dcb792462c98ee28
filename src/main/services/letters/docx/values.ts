// What each placeholder says for one letter: text for the text placeholders, Word paragraphs,
// lists and tables for the block ones. Every placeholder Redress knows has a value here, empty
// when the letter has nothing for it, so no "{{…}}" is ever left in a letter.
import { ImageRun, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { LetterContent } from '../../../../shared/letters/content';
import { letterDate } from '../../../../shared/letters/letterDate';
import { SECTION_NAMES, type SectionName } from '../../../../shared/letters/letterTypes';
import { sectionPlaceholder, type PlaceholderName } from '../../../../shared/letters/placeholders';
import { formatPounds } from '../../../../shared/remedies/money';
import {
  actionsBlock,
  compensationTotal,
  decisionsTable,
  definitionList,
  remediesBlock,
  richTextBlocks,
} from './blocks';
import { imageSize } from './imageSize';

export interface Logo {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
}

/** Inline content, kept in the template's own paragraph (its alignment and style stay). */
export type Inline = { inline: ParagraphChild[] };
/** Whole paragraphs, lists or tables, in place of the placeholder's paragraph; none removes it. */
export type Blocks = { blocks: FileChild[] };
export type Value = Inline | Blocks;

const text = (value: string | null | undefined): Inline => ({ inline: value ? [new TextRun(value)] : [] });

/** Lines kept in one paragraph, broken at each line: an address stays aligned as the template has it. */
const lines = (values: readonly string[]): Inline => ({
  inline: values.filter((l) => l.trim() !== '').map((l, i) => new TextRun({ text: l, break: i > 0 ? 1 : 0 })),
});

const date = (iso: string | null): Inline => text(iso ? letterDate(iso) : null);

const joined = (parts: readonly (string | null | undefined)[]): string =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join(' · ');

const LOGO_HEIGHT_PX = 64;
const LOGO_MAX_WIDTH_PX = 240;

function logoRun(logo: Logo | null): Inline {
  if (!logo) return { inline: [] };
  const size = imageSize(logo.bytes, logo.type);
  if (!size) return { inline: [] };
  const scale = Math.min(LOGO_HEIGHT_PX / size.height, LOGO_MAX_WIDTH_PX / size.width);
  return {
    inline: [
      new ImageRun({
        type: logo.type,
        data: logo.bytes,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: 'Logo', description: 'Logo', title: 'Logo' },
      }),
    ],
  };
}

/** One standard paragraph's text, in the template's paragraph. */
const standard = (content: LetterContent, key: keyof LetterContent['paragraphs']): Inline =>
  text(content.paragraphs[key]?.text);

export function placeholderValues(content: LetterContent, logo: Logo | null): Record<PlaceholderName, Value> {
  const house = content.houseStyle;
  const sections = {} as Record<`section_${SectionName}`, Blocks>;
  for (const s of SECTION_NAMES)
    sections[sectionPlaceholder(s) as `section_${SectionName}`] = {
      blocks: richTextBlocks(content.sections[s] ?? []),
    };
  const values: Record<PlaceholderName, Value> = {
    landlord_name: text(house.landlordName),
    landlord_address: lines(house.addressLines),
    landlord_contact: text(joined([house.phone, house.email, house.website])),
    logo: logoRun(logo),
    date: date(content.date),
    reference: text(content.reference),
    addressee_name: text(content.addressee.name),
    address_block: lines([content.addressee.name, ...content.addressee.addressLines]),
    resident_name: text(content.residentName),
    copy_to: content.copyTo
      ? text(
          `Copy to: ${content.copyTo.name}${content.copyTo.relationship ? ` (${content.copyTo.relationship})` : ''}`,
        )
      : { blocks: [] },
    stage: text(content.stage ? `Stage ${content.stage}` : null),
    received_on: date(content.receivedOn),
    response_due: date(content.responseDue),
    new_due: date(content.newDue),
    refusal_reason: text(content.refusalReason),
    definition: { blocks: definitionList(content.points) },
    decisions: { blocks: content.points.length ? [decisionsTable(content.points)] : [] },
    remedies: { blocks: remediesBlock(content.remedies) },
    compensation_total: text(formatPounds(compensationTotal(content.remedies))),
    actions: { blocks: actionsBlock(content.actions) },
    actions_manager: text(content.actionsManager),
    responsibility: text(content.responsibility),
    adjustments: text(content.adjustments),
    officer_name: text(content.officer.name),
    officer_role: text(content.officer.role),
    officer_contact: text(joined([content.officer.phone, content.officer.email])),
    sign_off: text(house.signOff),
    ombudsman: standard(content, 'ombudsman'),
    escalation: standard(content, 'escalation'),
    designated_person: standard(content, 'designated_person'),
    data_protection: standard(content, 'data_protection'),
    ...sections,
  };
  return values;
}

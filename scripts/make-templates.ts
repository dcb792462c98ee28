// Writes Redress's own letter templates, resources/templates/<type>.docx, one per letter type:
// real Word documents a landlord can open in Word or LibreOffice, change and import back. Each
// holds exactly the placeholders its type needs (requiredPlaceholders) plus the house-style ones,
// every block placeholder alone in its paragraph. Run: npm run templates
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
} from 'docx';
import {
  LETTER_SECTIONS,
  LETTER_TYPES,
  LETTER_TYPE_LABELS,
  SECTION_LABELS,
  type LetterType,
  type SectionName,
} from '../src/shared/letters/letterTypes';
import { sectionPlaceholder, type PlaceholderName } from '../src/shared/letters/placeholders';
import { HOUSE_FONT, HOUSE_BODY_HALF_POINTS } from '../src/main/services/letters/docx/houseLayout';

const ph = (name: PlaceholderName): string => `{{${name}}}`;

/** A paragraph of body text; `{{x}}` placeholders inside are filled as text. */
const para = (text: string, options: { after?: number; align?: 'right' } = {}): Paragraph =>
  new Paragraph({
    children: [new TextRun(text)],
    spacing: { after: options.after ?? 160 },
    ...(options.align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
  });

/** A block placeholder alone in its paragraph: it becomes whole paragraphs, a list or a table. */
const block = (name: PlaceholderName): Paragraph => para(ph(name));

const heading = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

/** What each letter's heading says. */
const TITLES: Record<LetterType, string> = {
  ack_stage1: `We have received your complaint: ${ph('stage')}`,
  ack_stage2: `We have received your request to escalate: ${ph('stage')}`,
  not_accepted: 'We are unable to accept your complaint',
  extension: 'We need more time to respond to your complaint',
  stage1_response: `Our response to your complaint: ${ph('stage')}`,
  stage2_response: `Our final response to your complaint: ${ph('stage')}`,
  escalation_refused: 'We are unable to escalate your complaint to stage 2',
  action_update: 'An update on what we promised to do',
  closure: 'Your complaint is now closed',
};

const section = (name: SectionName, withHeading: boolean): Paragraph[] => [
  ...(withHeading ? [heading(SECTION_LABELS[name])] : []),
  block(sectionPlaceholder(name)),
];

/** The body of each letter type between "Dear …" and the sign-off. */
function body(type: LetterType): Paragraph[] {
  const has = (s: SectionName) => LETTER_SECTIONS[type].includes(s);
  const sec = (s: SectionName, withHeading = s !== 'opening' && s !== 'closing') =>
    has(s) ? section(s, withHeading) : [];
  switch (type) {
    case 'ack_stage1':
    case 'ack_stage2':
      return [
        ...sec('opening'),
        heading('Your complaint as we understand it'),
        para('These are the points we will look into, and what you have told us you would like to happen:'),
        block('definition'),
        para('If we have misunderstood anything, please tell us as soon as you can.'),
        heading('What is and is not our responsibility'),
        block('responsibility'),
        heading('When we will respond'),
        para(
          `We will send you our full response by ${ph('response_due')}. ${ph('officer_name')} is looking into your complaint and you can contact them on ${ph('officer_contact')}.`,
        ),
        heading('Support we have agreed'),
        block('adjustments'),
        heading('The Housing Ombudsman'),
        block('ombudsman'),
        block('designated_person'),
        block('data_protection'),
      ];
    case 'not_accepted':
      return [
        para(
          `Thank you for contacting us on ${ph('received_on')}. We are unable to accept this as a complaint because: ${ph('refusal_reason')}.`,
        ),
        ...sec('reasons'),
        heading('If you disagree'),
        block('ombudsman'),
      ];
    case 'extension':
      return [
        para(
          `We told you we would respond to your complaint by ${ph('response_due')}. We are sorry, but we need more time, and we will now respond by ${ph('new_due')}.`,
        ),
        ...sec('reasons'),
        para(`If you have any questions, please contact ${ph('officer_name')} on ${ph('officer_contact')}.`),
        heading('The Housing Ombudsman'),
        block('ombudsman'),
      ];
    case 'stage1_response':
    case 'stage2_response':
      return [
        ...sec('opening'),
        heading('Your complaint'),
        para(
          `We received your complaint on ${ph('received_on')}. These are the points we looked into, and the outcome you asked for:`,
        ),
        block('definition'),
        ...sec('investigation'),
        heading('Our decision on each point'),
        block('decisions'),
        heading('Putting things right'),
        ...sec('remedy', false),
        block('remedies'),
        heading('What we will do next'),
        block('actions'),
        ...sec('closing'),
        heading(
          type === 'stage1_response' ? 'If you are not happy with our response' : 'If you remain unhappy',
        ),
        ...(type === 'stage1_response' ? [block('escalation')] : []),
        ...(type === 'stage2_response'
          ? [para('This is our final response to your complaint.'), block('ombudsman')]
          : []),
        block('designated_person'),
        block('data_protection'),
      ];
    case 'escalation_refused':
      return [
        para(
          `You asked us to escalate your complaint to stage 2. We are unable to do so because: ${ph('refusal_reason')}.`,
        ),
        ...sec('reasons'),
        heading('If you disagree'),
        block('ombudsman'),
      ];
    case 'action_update':
      return [
        para(
          'When we responded to your complaint we promised to do some things. This letter tells you how they are going.',
        ),
        ...sec('update'),
        heading('What is still to be done'),
        block('actions'),
        para(
          `If anything is not done by the date shown, please contact ${ph('officer_name')} on ${ph('officer_contact')}.`,
        ),
      ];
    case 'closure':
      return [
        para('We have now closed your complaint.'),
        para(`${ph('actions_manager')} will make sure that anything we promised is done.`),
        ...sec('closing'),
        heading('Tell us how we did'),
        para(
          'We would like to know what you thought of how we handled your complaint. We will contact you shortly with a short satisfaction survey; it takes a few minutes and your answers help us improve.',
        ),
        block('data_protection'),
      ];
  }
}

function letter(type: LetterType): Document {
  const children: Paragraph[] = [
    para(ph('logo'), { align: 'right', after: 0 }),
    new Paragraph({
      children: [new TextRun({ text: ph('landlord_name'), bold: true })],
      alignment: AlignmentType.RIGHT,
    }),
    para(ph('landlord_address'), { align: 'right', after: 360 }),
    para(ph('address_block'), { after: 360 }),
    para(`Date: ${ph('date')}`, { after: 0 }),
    para(`Our reference: ${ph('reference')}`, { after: 0 }),
    para(`Complaint by: ${ph('resident_name')}`),
    new Paragraph({ text: TITLES[type], heading: HeadingLevel.HEADING_1 }),
    para(`Dear ${ph('addressee_name')}`),
    ...body(type),
    para(ph('sign_off'), { after: 720 }),
    para(ph('officer_name'), { after: 0 }),
    para(ph('officer_role'), { after: 0 }),
    para(ph('officer_contact')),
    para(ph('copy_to')),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `${ph('landlord_name')} · ${ph('landlord_contact')}`, size: 18 })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
  const margin = convertMillimetersToTwip(20);
  return new Document({
    title: LETTER_TYPE_LABELS[type],
    creator: 'Redress',
    description: `Redress letter template: ${LETTER_TYPE_LABELS[type]}`,
    styles: {
      default: {
        document: {
          run: { font: HOUSE_FONT, size: HOUSE_BODY_HALF_POINTS },
          // 1.15 lines, proportional (auto), so large print's bigger text gets taller lines.
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: HOUSE_FONT, size: 32, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 240 } },
        },
        heading2: {
          run: { font: HOUSE_FONT, size: 26, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        listParagraph: { run: { font: HOUSE_FONT, size: HOUSE_BODY_HALF_POINTS } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // A4 in twips, exactly as Word writes it.
            size: { width: 11906, height: 16838 },
            margin: {
              top: margin,
              bottom: margin,
              left: margin,
              right: margin,
              footer: convertMillimetersToTwip(10),
            },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
}

async function main(): Promise<void> {
  const dir = join(process.cwd(), 'resources', 'templates');
  mkdirSync(dir, { recursive: true });
  for (const type of LETTER_TYPES) {
    const bytes = await Packer.toBuffer(letter(type));
    writeFileSync(join(dir, `${type}.docx`), bytes);
    console.log(`resources/templates/${type}.docx (${bytes.length} bytes)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

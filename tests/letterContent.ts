// A full letter's content for the DOCX tests and the bench: every placeholder has something to
// say, with the names and characters that break careless document writers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterContent } from '../src/shared/letters/content';
import type { LetterType } from '../src/shared/letters/letterTypes';
import { LETTER_SECTIONS, LETTER_STAGE } from '../src/shared/letters/letterTypes';
import type { ParagraphKey, ParagraphVersion } from '../src/shared/letters/paragraphs';
import type { RichText } from '../src/shared/letters/richText';

const shipped = JSON.parse(
  readFileSync(join(__dirname, '..', 'resources', 'paragraphs', 'standard-paragraphs.json'), 'utf8'),
) as { paragraphs: ParagraphVersion[] };

export const STANDARD_PARAGRAPHS = Object.fromEntries(shipped.paragraphs.map((p) => [p.key, p])) as Record<
  ParagraphKey,
  ParagraphVersion
>;

const section = (type: LetterType): LetterContent['sections'] => {
  const rich: RichText = [
    {
      kind: 'paragraph',
      runs: [
        { text: 'Thank you for ' },
        { text: 'telling us', bold: true },
        { text: ' what went wrong.', italic: true },
      ],
    },
    { kind: 'bullet', runs: [{ text: 'We visited on 3 November & fixed the leak.' }] },
    { kind: 'bullet', runs: [{ text: "We're sorry it took < 3 weeks longer than it should 🙂" }] },
  ];
  return Object.fromEntries(LETTER_SECTIONS[type].map((s) => [s, rich]));
};

export function richLetter(type: LetterType, overrides: Partial<LetterContent> = {}): LetterContent {
  return {
    type,
    date: '2026-11-27',
    reference: 'CMP-2026-0042',
    addressee: {
      name: 'Siân Ffion Llŷr',
      addressLines: ['Flat 3, Tŷ Gwyn', '12 Heol y Castell', 'Cardiff', 'CF10 1AA'],
    },
    residentName: 'Siân Ffion Llŷr',
    copyTo: { name: "Zoë O'Brien-Éclair", relationship: 'advocate' },
    stage: LETTER_STAGE[type],
    receivedOn: '2026-11-02',
    responseDue: '2026-11-30',
    newDue: '2026-12-14',
    refusalReason: 'The matter happened more than 12 months before it was raised with us',
    points: [
      {
        number: 1,
        point: 'The leak from the bathroom ceiling was not repaired for six weeks',
        outcomeSought: 'The leak fixed & compensation for the damaged carpet',
        decision: 'upheld',
        reasons: 'Our repairs records show the first visit was 19 days late.',
      },
      {
        number: 2,
        point: "Staff didn't return calls",
        outcomeSought: null,
        decision: 'partly_upheld',
        reasons: 'Two of four calls were returned within our target.',
      },
      {
        number: 3,
        point: 'The contractor was rude',
        outcomeSought: 'An apology',
        decision: 'not_upheld',
        reasons: 'The contractor’s account and the photographs do not support this.',
      },
    ],
    remedies: [
      { kind: 'apology', text: 'We apologise for the delay in repairing the leak.', amountPence: null },
      { kind: 'financial', text: 'Compensation for the damaged carpet', amountPence: 25_000 },
      { kind: 'financial', text: 'For the time and trouble', amountPence: 10_050 },
    ],
    actions: [
      {
        what: 'Replace the bathroom ceiling plaster',
        owner: 'Repairs team',
        contact: '029 2000 0000',
        dueOn: '2026-12-11',
      },
      { what: 'Review call-back targets', owner: 'Customer services', contact: null, dueOn: '2027-01-15' },
    ],
    responsibility:
      'We are responsible for the roof and ceilings; your contents insurance covers your belongings.',
    adjustments: 'Letters in large print, and calls after 10 am.',
    officer: {
      name: 'Priya Shah',
      role: 'Complaints officer',
      email: 'priya.shah@example.org',
      phone: '029 2000 1234',
    },
    actionsManager: 'Dafydd Evans, Repairs manager',
    houseStyle: {
      landlordName: 'Cartrefi Cymru & Co',
      addressLines: ['1 Stryd Fawr', 'Cardiff', 'CF10 2BB'],
      phone: '029 2000 0000',
      email: 'complaints@example.org',
      website: 'www.example.org',
      signOff: 'Yours sincerely',
      logoSha256: null,
    },
    paragraphs: STANDARD_PARAGRAPHS,
    sections: section(type),
    largePrintPt: null,
    ...overrides,
  };
}

// The Code's content check, table-tested: for every letter type, a complete letter passes, and
// taking away each element it must contain, one at a time, fails on exactly that element.
import { describe, expect, it } from 'vitest';
import type { LetterContent } from '../../../src/shared/letters/content';
import {
  CHECK_ITEMS,
  LETTER_CHECKLIST,
  missingItems,
  type CheckItem,
} from '../../../src/shared/letters/contentCheck';
import { LETTER_TYPES, type LetterType } from '../../../src/shared/letters/letterTypes';
import { PLACEHOLDERS, requiredPlaceholders } from '../../../src/shared/letters/placeholders';
import { richFromPlain } from '../../../src/shared/letters/richText';

function complete(type: LetterType): LetterContent {
  return {
    type,
    date: '2026-12-03',
    reference: 'RD-26-K7-0001',
    addressee: { name: 'Siân Llŷr', addressLines: ['1 Dock Road', 'Cardiff', 'CF10 1AA'] },
    residentName: 'Siân Llŷr',
    copyTo: null,
    stage: type === 'stage2_response' || type === 'ack_stage2' ? 2 : 1,
    receivedOn: '2026-11-02',
    responseDue: '2026-12-01',
    newDue: '2026-12-15',
    refusalReason: 'More than 12 months after the issue',
    points: [
      {
        number: 1,
        point: 'Repairs were late',
        outcomeSought: 'Fix the leak',
        decision: 'upheld',
        reasons: 'Three missed visits',
      },
      {
        number: 2,
        point: 'Not called back',
        outcomeSought: 'An apology',
        decision: 'not_upheld',
        reasons: 'Calls were logged',
      },
    ],
    remedies: [],
    actions: [
      { what: 'Replace the window', owner: 'Repairs team', contact: '0300 000 0000', dueOn: '2027-01-10' },
    ],
    responsibility: 'The leak is ours to fix; the neighbour’s fence is not.',
    adjustments: null,
    officer: { name: 'Amy Clarke', role: 'Complaints officer', email: 'amy@example.org', phone: null },
    actionsManager: 'Bob Jones, Repairs manager, 0300 000 0001',
    houseStyle: {
      landlordName: 'Riverside Homes',
      addressLines: ['1 High St'],
      phone: null,
      email: null,
      website: null,
      signOff: 'Yours sincerely',
      logoSha256: null,
    },
    paragraphs: {
      ombudsman: { key: 'ombudsman', version: 1, text: 'Contact the Housing Ombudsman on 0300 111 3000.' },
      escalation: { key: 'escalation', version: 1, text: 'Ask us to escalate to stage 2.' },
    },
    sections: {
      opening: richFromPlain('Thank you.'),
      reasons: richFromPlain('Our reasons are these.'),
      investigation: richFromPlain('We looked at the repair log.'),
      remedy: richFromPlain('We apologise and will replace the window.'),
      update: richFromPlain('The window is ordered.'),
      closing: richFromPlain('Please tell us how we did.'),
    },
    largePrintPt: null,
  };
}

const ALL_PLACEHOLDERS = new Set(Object.keys(PLACEHOLDERS));

/** Takes one element away: from the content, or its place from the template. */
const TAKE_AWAY: Record<CheckItem, (c: LetterContent, p: Set<string>) => void> = {
  stage: (c) => (c.stage = null),
  definition: (c) => (c.points[1]!.outcomeSought = null),
  decision: (c) => (c.points[0]!.decision = null),
  reasons: (c) => (c.points[1]!.reasons = '  '),
  remedy: (c) => (c.sections.remedy = richFromPlain('')),
  outstanding_actions: (_c, p) => p.delete('actions'),
  escalation: (c) => (c.paragraphs.escalation = { key: 'escalation', version: 2, text: '' }),
  ombudsman: (c) => delete c.paragraphs.ombudsman,
  responsibility: (c) => (c.responsibility = null),
  response_due: (c) => (c.responseDue = null),
  handler_contact: (c) => (c.officer = { ...c.officer, email: null, phone: null }),
  adjustments: (_c, p) => p.delete('adjustments'),
  refusal_reasons: (c) => (c.sections.reasons = []),
  new_due: (c) => (c.newDue = null),
  extension_reasons: (c) => (c.sections.reasons = [{ kind: 'paragraph', runs: [{ text: ' ' }] }]),
  progress: (c) => (c.sections.update = []),
  actions_manager: (c) => (c.actionsManager = ''),
  survey: (c) => (c.sections.closing = []),
};

describe("the Code's content check", () => {
  it.each(LETTER_TYPES)('passes a complete %s', (type) => {
    expect(missingItems({ content: complete(type), placeholders: ALL_PLACEHOLDERS })).toEqual([]);
  });

  it('passes a complete letter in a template holding only the placeholders its type requires', () => {
    for (const type of LETTER_TYPES)
      expect(
        missingItems({ content: complete(type), placeholders: new Set(requiredPlaceholders(type)) }),
      ).toEqual([]);
  });

  const cases = LETTER_TYPES.flatMap((type) => LETTER_CHECKLIST[type].map((item) => [type, item] as const));
  it.each(cases)('refuses a %s without %s, naming exactly that', (type, item) => {
    const content = structuredClone(complete(type));
    const placeholders = new Set(ALL_PLACEHOLDERS);
    TAKE_AWAY[item](content, placeholders);
    expect(missingItems({ content, placeholders })).toEqual([{ item, label: CHECK_ITEMS[item] }]);
  });

  it('takes a remedy recorded on the case as the remedy offered, when the letter lists remedies', () => {
    const content = complete('stage1_response');
    content.sections.remedy = [];
    content.remedies = [{ kind: 'apology', text: 'We apologise', amountPence: null }];
    expect(missingItems({ content, placeholders: ALL_PLACEHOLDERS })).toEqual([]);
    expect(
      missingItems({ content, placeholders: new Set([...ALL_PLACEHOLDERS].filter((p) => p !== 'remedies')) }),
    ).toEqual([{ item: 'remedy', label: CHECK_ITEMS.remedy }]);
  });

  it('needs no actions manager on a closure with nothing outstanding', () => {
    const content = complete('closure');
    content.actions = [];
    content.actionsManager = null;
    expect(missingItems({ content, placeholders: ALL_PLACEHOLDERS })).toEqual([]);
  });

  it('a section left out of the template counts as missing even when written', () => {
    const placeholders = new Set([...ALL_PLACEHOLDERS].filter((p) => p !== 'section_remedy'));
    expect(missingItems({ content: complete('stage2_response'), placeholders })).toEqual([
      { item: 'remedy', label: CHECK_ITEMS.remedy },
    ]);
  });
});

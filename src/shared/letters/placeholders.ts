// The placeholders a letter template may carry, written {{name}} anywhere in the document.
// `block` placeholders must stand alone in their paragraph: they become whole paragraphs, Word
// lists or tables. A landlord's own template is refused when it uses a name not listed here, or
// leaves out one its letter type needs (REQUIRED_PLACEHOLDERS), so every item of the Code's
// content check has somewhere to go.
import { LETTER_SECTIONS, type LetterType, type SectionName } from './letterTypes';

export const PLACEHOLDERS = {
  landlord_name: { kind: 'text', what: "The landlord's name" },
  landlord_address: { kind: 'block', what: "The landlord's address, a line each" },
  landlord_contact: { kind: 'text', what: "The landlord's phone, email and website" },
  logo: { kind: 'block', what: "The landlord's logo" },
  date: { kind: 'text', what: 'The date of the letter' },
  reference: { kind: 'text', what: 'The case reference' },
  addressee_name: { kind: 'text', what: 'Who the letter is addressed to' },
  address_block: { kind: 'block', what: "The addressee's name and address, a line each" },
  resident_name: { kind: 'text', what: "The resident's name" },
  copy_to: { kind: 'text', what: 'Who receives a copy (the representative)' },
  stage: { kind: 'text', what: 'The complaint stage, e.g. "Stage 1"' },
  received_on: { kind: 'text', what: 'The date the complaint was received' },
  response_due: { kind: 'text', what: 'The date the response is due' },
  new_due: { kind: 'text', what: 'The new response date (extension notice)' },
  refusal_reason: { kind: 'text', what: 'Why the complaint was not accepted or not escalated' },
  definition: { kind: 'block', what: 'The points of complaint and the outcomes sought, as a list' },
  decisions: { kind: 'block', what: 'Each point with its decision and reasons, as a table' },
  remedies: { kind: 'block', what: 'The remedies offered, with compensation' },
  compensation_total: { kind: 'text', what: 'The total compensation offered' },
  actions: {
    kind: 'block',
    what: 'Outstanding promised actions with owners, contacts and dates, as a table',
  },
  actions_manager: { kind: 'text', what: 'Who manages the promised actions after closure' },
  responsibility: { kind: 'block', what: "What is and is not the landlord's responsibility" },
  adjustments: { kind: 'block', what: 'Reasonable adjustments agreed' },
  officer_name: { kind: 'text', what: "The officer's name" },
  officer_role: { kind: 'text', what: "The officer's role" },
  officer_contact: { kind: 'text', what: "The officer's phone and email" },
  sign_off: { kind: 'text', what: 'The sign-off, e.g. "Yours sincerely"' },
  ombudsman: { kind: 'block', what: 'Standard paragraph: how to contact the Housing Ombudsman' },
  escalation: { kind: 'block', what: 'Standard paragraph: how to escalate to stage 2' },
  designated_person: { kind: 'block', what: 'Standard paragraph: the designated person route' },
  data_protection: { kind: 'block', what: 'Standard paragraph: how we use your information' },
  section_opening: { kind: 'block', what: 'Section written by the officer: opening' },
  section_reasons: { kind: 'block', what: 'Section written by the officer: our reasons' },
  section_investigation: { kind: 'block', what: 'Section written by the officer: what we looked into' },
  section_remedy: { kind: 'block', what: 'Section written by the officer: putting things right' },
  section_update: { kind: 'block', what: 'Section written by the officer: progress on what we promised' },
  section_closing: { kind: 'block', what: 'Section written by the officer: closing words' },
} as const satisfies Record<string, { kind: 'text' | 'block'; what: string }>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export const isPlaceholderName = (name: string): name is PlaceholderName =>
  Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);

export const sectionPlaceholder = (section: SectionName): PlaceholderName => `section_${section}`;

/** What each type's template must hold, beyond its sections: where its content check's items go. */
const REQUIRED_BY_TYPE: Record<LetterType, readonly PlaceholderName[]> = {
  ack_stage1: [
    'stage',
    'definition',
    'responsibility',
    'response_due',
    'officer_name',
    'officer_contact',
    'adjustments',
    'ombudsman',
  ],
  ack_stage2: [
    'stage',
    'definition',
    'responsibility',
    'response_due',
    'officer_name',
    'officer_contact',
    'adjustments',
    'ombudsman',
  ],
  not_accepted: ['refusal_reason', 'ombudsman'],
  extension: ['new_due', 'ombudsman'],
  stage1_response: ['stage', 'definition', 'decisions', 'remedies', 'actions', 'escalation'],
  stage2_response: ['stage', 'definition', 'decisions', 'remedies', 'actions', 'ombudsman'],
  escalation_refused: ['refusal_reason', 'ombudsman'],
  action_update: ['actions'],
  closure: ['actions_manager'],
};

/** Every placeholder a template of this type must hold. */
export function requiredPlaceholders(type: LetterType): PlaceholderName[] {
  const always: PlaceholderName[] = ['date', 'reference', 'address_block'];
  return [
    ...new Set([...always, ...REQUIRED_BY_TYPE[type], ...LETTER_SECTIONS[type].map(sectionPlaceholder)]),
  ];
}

/** What is wrong with a template's placeholders for this type, by name; both lists empty when it fits. */
export function templateProblems(
  type: LetterType,
  found: readonly string[],
): { unknown: string[]; missing: PlaceholderName[] } {
  const unknown = [...new Set(found.filter((n) => !isPlaceholderName(n)))].sort();
  const missing = requiredPlaceholders(type).filter((n) => !found.includes(n));
  return { unknown, missing };
}

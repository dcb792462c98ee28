// The Code's content check: what each letter must contain (Complaint Handling Code 5.x, 6.9, 6.19;
// ../shared/docs/domain.md "What each letter must contain"), ticked from the letter's actual
// content and the template it will be printed with. Issuing is refused until every item is there.
import type { LetterContent } from './content';
import type { LetterType, SectionName } from './letterTypes';
import type { PlaceholderName } from './placeholders';
import { isBlank } from './richText';

export const CHECK_ITEMS = {
  stage: 'The complaint stage',
  definition: 'The complaint definition: each point and the outcome sought',
  decision: 'A decision on each point',
  reasons: 'The reasons for each decision',
  remedy: 'The remedy offered',
  outstanding_actions: 'Any outstanding actions, with who will do them and when',
  escalation: 'How to escalate to stage 2',
  ombudsman: "The Housing Ombudsman's contact details",
  responsibility: "What is and is not the landlord's responsibility",
  response_due: 'When the response is due',
  handler_contact: 'Who is handling it and how to contact them',
  adjustments: 'Any reasonable adjustments agreed',
  refusal_reasons: 'The reasons for the decision',
  new_due: 'The new response date',
  extension_reasons: 'Why more time is needed',
  progress: 'Progress on the promised actions',
  actions_manager: 'Who will see the outstanding actions through',
  survey: 'An invitation to say how we handled it',
} as const;
export type CheckItem = keyof typeof CHECK_ITEMS;

export interface MissingItem {
  item: CheckItem;
  label: string;
}

/** What the check reads: the content, and the placeholders the template holds (where content goes). */
export interface CheckInput {
  content: LetterContent;
  placeholders: ReadonlySet<string>;
}

type Rule = (input: CheckInput) => boolean;

const has =
  (...names: PlaceholderName[]): Rule =>
  ({ placeholders }) =>
    names.some((n) => placeholders.has(n));
const all =
  (...rules: Rule[]): Rule =>
  (input) =>
    rules.every((r) => r(input));
const written =
  (section: SectionName): Rule =>
  ({ content, placeholders }) =>
    placeholders.has(`section_${section}`) && !isBlank(content.sections[section]);
const paragraph =
  (key: 'ombudsman' | 'escalation'): Rule =>
  ({ content, placeholders }) =>
    placeholders.has(key) && (content.paragraphs[key]?.text.trim() ?? '') !== '';
const filled =
  (pick: (c: LetterContent) => string | null | undefined): Rule =>
  ({ content }) =>
    (pick(content)?.trim() ?? '') !== '';

const points: Rule = ({ content }) => content.points.length > 0;
const RULES: Record<CheckItem, Rule> = {
  stage: all(has('stage'), ({ content }) => content.stage !== null),
  definition: all(has('definition'), points, ({ content }) =>
    content.points.every((p) => p.point.trim() !== '' && (p.outcomeSought ?? '').trim() !== ''),
  ),
  decision: all(has('decisions'), points, ({ content }) => content.points.every((p) => p.decision !== null)),
  reasons: all(has('decisions'), points, ({ content }) =>
    content.points.every((p) => (p.reasons ?? '').trim() !== ''),
  ),
  // Written in the remedy section, or recorded as remedies and listed.
  remedy: (input) =>
    written('remedy')(input) || (has('remedies')(input) && input.content.remedies.length > 0),
  // The table says "none outstanding" when there are none, so only its place is needed.
  outstanding_actions: has('actions'),
  escalation: paragraph('escalation'),
  ombudsman: paragraph('ombudsman'),
  responsibility: all(
    has('responsibility'),
    filled((c) => c.responsibility),
  ),
  response_due: all(
    has('response_due'),
    filled((c) => c.responseDue),
  ),
  handler_contact: all(
    has('officer_name'),
    has('officer_contact'),
    filled((c) => c.officer.name),
    ({ content }) => Boolean(content.officer.email || content.officer.phone || content.houseStyle.phone),
  ),
  // "None needed" is recorded as such; only a template with nowhere to say it fails.
  adjustments: has('adjustments'),
  refusal_reasons: all(
    has('refusal_reason'),
    filled((c) => c.refusalReason),
    written('reasons'),
  ),
  new_due: all(
    has('new_due'),
    filled((c) => c.newDue),
  ),
  extension_reasons: written('reasons'),
  progress: all(has('actions'), written('update')),
  actions_manager: all(
    has('actions_manager'),
    ({ content }) => content.actions.length === 0 || (content.actionsManager ?? '').trim() !== '',
  ),
  survey: written('closing'),
};

/** What each letter type must contain, in the order the checklist shows it. */
export const LETTER_CHECKLIST: Record<LetterType, readonly CheckItem[]> = {
  ack_stage1: [
    'stage',
    'definition',
    'responsibility',
    'response_due',
    'handler_contact',
    'adjustments',
    'ombudsman',
  ],
  ack_stage2: [
    'stage',
    'definition',
    'responsibility',
    'response_due',
    'handler_contact',
    'adjustments',
    'ombudsman',
  ],
  not_accepted: ['refusal_reasons', 'ombudsman'],
  extension: ['extension_reasons', 'new_due', 'ombudsman'],
  stage1_response: [
    'stage',
    'definition',
    'decision',
    'reasons',
    'remedy',
    'outstanding_actions',
    'escalation',
  ],
  stage2_response: [
    'stage',
    'definition',
    'decision',
    'reasons',
    'remedy',
    'outstanding_actions',
    'ombudsman',
  ],
  escalation_refused: ['refusal_reasons', 'ombudsman'],
  action_update: ['progress'],
  closure: ['actions_manager', 'survey'],
};

export interface ChecklistEntry extends MissingItem {
  present: boolean;
}

/** Every item the letter's type needs, each ticked or not. */
export function checklist(input: CheckInput): ChecklistEntry[] {
  return LETTER_CHECKLIST[input.content.type].map((item) => ({
    item,
    label: CHECK_ITEMS[item],
    present: RULES[item](input),
  }));
}

/** The items still missing; empty when the letter may be issued. */
export function missingItems(input: CheckInput): MissingItem[] {
  return checklist(input)
    .filter((e) => !e.present)
    .map(({ item, label }) => ({ item, label }));
}

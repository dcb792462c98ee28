// The letters Redress issues, as data: each type's name, the stage it belongs to, and the
// free-text sections an officer writes in it. Which types a case allows now is in allowed.ts;
// what each must contain is in contentCheck.ts.

export const LETTER_TYPES = [
  'ack_stage1',
  'ack_stage2',
  'not_accepted',
  'extension',
  'stage1_response',
  'stage2_response',
  'escalation_refused',
  'action_update',
  'closure',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const LETTER_TYPE_LABELS: Record<LetterType, string> = {
  ack_stage1: 'Acknowledgement (stage 1)',
  ack_stage2: 'Acknowledgement (stage 2)',
  not_accepted: 'Complaint not accepted',
  extension: 'Extension notice',
  stage1_response: 'Stage 1 response',
  stage2_response: 'Stage 2 final response',
  escalation_refused: 'Refusal to escalate',
  action_update: 'Update on promised actions',
  closure: 'Closure and satisfaction survey',
};

/** The stage a letter speaks for: null when it is not about one stage. */
export const LETTER_STAGE: Record<LetterType, 1 | 2 | null> = {
  ack_stage1: 1,
  ack_stage2: 2,
  not_accepted: null,
  extension: null,
  stage1_response: 1,
  stage2_response: 2,
  escalation_refused: 2,
  action_update: null,
  closure: null,
};

export const SECTION_NAMES = ['opening', 'reasons', 'investigation', 'remedy', 'update', 'closing'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export const SECTION_LABELS: Record<SectionName, string> = {
  opening: 'Opening',
  reasons: 'Our reasons',
  investigation: 'What we looked into',
  remedy: 'Putting things right',
  update: 'Progress on what we promised',
  closing: 'Closing words',
};

/** The sections an officer writes for each type, in the order they appear in the letter. */
export const LETTER_SECTIONS: Record<LetterType, readonly SectionName[]> = {
  ack_stage1: ['opening'],
  ack_stage2: ['opening'],
  not_accepted: ['reasons'],
  extension: ['reasons'],
  stage1_response: ['opening', 'investigation', 'remedy', 'closing'],
  stage2_response: ['opening', 'investigation', 'remedy', 'closing'],
  escalation_refused: ['reasons'],
  action_update: ['update'],
  closure: ['closing'],
};

/** How an issued letter reaches the resident. */
export const LETTER_METHODS = ['post', 'email', 'both'] as const;
export type LetterMethod = (typeof LETTER_METHODS)[number];
export const LETTER_METHOD_LABELS: Record<LetterMethod, string> = {
  post: 'By post',
  email: 'By email',
  both: 'By post and email',
};

export const LETTER_STATUSES = ['draft', 'issued', 'discarded'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

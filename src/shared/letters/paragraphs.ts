// The standard paragraphs every landlord's letters carry, kept as versioned data (never in code):
// the Ombudsman's contact details change, and each issued letter records which version it used.
// Redress ships version 1 of each in resources/paragraphs/; a manager's edit is a new version.

export const PARAGRAPH_KEYS = ['ombudsman', 'escalation', 'designated_person', 'data_protection'] as const;
export type ParagraphKey = (typeof PARAGRAPH_KEYS)[number];

export const PARAGRAPH_LABELS: Record<ParagraphKey, string> = {
  ombudsman: 'How to contact the Housing Ombudsman',
  escalation: 'How to escalate to stage 2',
  designated_person: 'The designated person route',
  data_protection: 'How we use your information',
};

export const PARAGRAPH_MAX_CHARS = 5000;

/** One version of one standard paragraph. */
export interface ParagraphVersion {
  key: ParagraphKey;
  version: number;
  text: string;
}

/** Which version of each paragraph a letter used. */
export type ParagraphVersions = Partial<Record<ParagraphKey, number>>;

// The annual report's narrative: the sections a manager writes in the app before export, in the
// order the report prints them. Seeds 002 and 004 open with a summary, say what was learned, and
// the Code (§8) asks for the governing body's response; the Member Responsible for Complaints
// comments on it (§9).
export const NARRATIVE_SECTIONS = ['introduction', 'learning', 'governingBody', 'memberResponsible'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export const NARRATIVE_TITLES: Record<NarrativeSection, string> = {
  introduction: 'Introduction and summary',
  learning: 'What we learned from complaints',
  governingBody: "The governing body's response",
  memberResponsible: "The Member Responsible for Complaints' comment",
};

export const NARRATIVE_MAX_CHARS = 20_000;

/** Answers to a provision of the Code in the self-assessment. */
export const COMPLY_ANSWERS = ['yes', 'no'] as const;
export type ComplyAnswer = (typeof COMPLY_ANSWERS)[number];

export const SELF_ASSESSMENT_TEXT_MAX = 5000;

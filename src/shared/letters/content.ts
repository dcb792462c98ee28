// Everything a letter is filled with, gathered from the case, the house style, the standard
// paragraphs and the officer's sections. The DOCX filler reads only this, and the Code's content
// check ticks its items from this, so what is checked is exactly what is printed.
import type { PointDecision, RemedyKind } from '../domain/vocabulary';
import type { LetterType, SectionName } from './letterTypes';
import type { ParagraphKey, ParagraphVersion } from './paragraphs';
import type { RichText } from './richText';

export interface LetterPerson {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface HouseStyle {
  landlordName: string;
  /** The landlord's postal address, one line each. */
  addressLines: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  /** The sign-off above the officer's name, e.g. "Yours sincerely". */
  signOff: string;
  /** The logo image's SHA-256 in the blob store (PNG or JPEG), or null for none. */
  logoSha256: string | null;
}

export interface LetterPoint {
  number: number;
  point: string;
  outcomeSought: string | null;
  decision: PointDecision | null;
  reasons: string | null;
}

export interface LetterRemedy {
  kind: RemedyKind;
  text: string;
  amountPence: number | null;
}

export interface LetterAction {
  what: string;
  owner: string;
  contact: string | null;
  dueOn: string;
}

export interface LetterContent {
  type: LetterType;
  /** The date the letter carries (YYYY-MM-DD). */
  date: string;
  reference: string;
  /** Who the letter is addressed to (the resident, or their representative with consent). */
  addressee: { name: string; addressLines: string[] };
  residentName: string;
  /** A copy goes to the representative when the resident's consent is recorded. */
  copyTo: { name: string; relationship: string | null } | null;
  /** The stage the letter speaks for, when it is about one stage. */
  stage: 1 | 2 | null;
  receivedOn: string | null;
  /** The response date this stage works to (extended where extended). */
  responseDue: string | null;
  /** An extension notice's new response date and the reason given for it. */
  newDue: string | null;
  /** Why the complaint was not accepted or its escalation refused (the reason's label). */
  refusalReason: string | null;
  points: LetterPoint[];
  remedies: LetterRemedy[];
  /** Promised actions still open. */
  actions: LetterAction[];
  /** What is and is not the landlord's responsibility (acknowledgements). */
  responsibility: string | null;
  adjustments: string | null;
  officer: LetterPerson;
  /** Who will see the promised actions through after closure. */
  actionsManager: string | null;
  houseStyle: HouseStyle;
  paragraphs: Partial<Record<ParagraphKey, ParagraphVersion>>;
  sections: Partial<Record<SectionName, RichText>>;
  /** Body text size for a resident who needs large print, in points; null for the template's own. */
  largePrintPt: number | null;
}

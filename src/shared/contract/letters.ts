// Letters on a case: which types the case allows, a draft filled from the case, the officer's
// sections, the Code's content check, a preview of the real DOCX, and issuing (which freezes it).
import { z } from 'zod';
import { isoDate, recordId as id } from '../domain/fields';
import type { ChecklistEntry, MissingItem } from '../letters/contentCheck';
import {
  LETTER_METHODS,
  LETTER_TYPES,
  SECTION_NAMES,
  type LetterMethod,
  type LetterStatus,
  type LetterType,
  type SectionName,
} from '../letters/letterTypes';
import type { ParagraphVersions } from '../letters/paragraphs';
import { richTextSchema, type RichText } from '../letters/richText';
import type { Addressee } from '../letters/stored';
import { mutation, officers, query } from './procedure';

export const CaseLettersInput = z.object({ caseId: id });
export const LetterIdInput = z.object({ id });

export const DraftLetterInput = z.object({ caseId: id, type: z.enum(LETTER_TYPES) });

export const SetSectionInput = z.object({
  id,
  section: z.enum(SECTION_NAMES),
  text: richTextSchema,
});

export const IssueLetterInput = z.object({
  id,
  /** How it goes; the resident's preferred method when left out. */
  method: z.enum(LETTER_METHODS).optional(),
  /** The date it carries and is issued on; today when left out (never in the future). */
  on: isoDate.optional(),
});

export interface LetterTypeOption {
  type: LetterType;
  label: string;
}

/** A letter as the case's list shows it. */
export interface LetterSummary {
  id: string;
  caseId: string;
  type: LetterType;
  label: string;
  status: LetterStatus;
  createdAt: string;
  createdBy: string | null;
  issuedOn: string | null;
  issuedBy: string | null;
  method: LetterMethod | null;
  sha256: string | null;
  postedOn: string | null;
}

export interface Letter extends LetterSummary {
  reference: string;
  /** The sections the officer writes, in the letter's order, with their text. */
  sections: Array<{ name: SectionName; label: string; text: RichText }>;
  /** The Code's content check, item by item, ticked from the draft's content. */
  checklist: ChecklistEntry[];
  missing: MissingItem[];
  ready: boolean;
  /** Who it is addressed to, and who gets a copy. */
  addressee: Addressee;
  copyTo: string | null;
  /** The resident's preferred method, offered when issuing. */
  suggestedMethod: LetterMethod;
  largePrintPt: number | null;
  /** The template it is printed with: the landlord's own (its name) or Redress's. */
  templateName: string;
  paragraphVersions: ParagraphVersions;
  /** Why it cannot be issued whatever its content (the case moved on), or null. */
  blocked: string | null;
}

export interface LetterCheck {
  ready: boolean;
  missing: MissingItem[];
  checklist: ChecklistEntry[];
}

/** The letter's DOCX, base64: the draft as it would print, or the issued file itself. */
export interface LetterFile {
  fileName: string;
  bytes: string;
  sha256: string | null;
}

export const letterProcedures = {
  'letters.types': query<LetterTypeOption[]>()(CaseLettersInput, officers),
  'letters.list': query<LetterSummary[]>()(CaseLettersInput, officers),
  'letters.get': query<Letter>()(LetterIdInput, officers),
  'letters.draft': mutation<Letter>('synced')(DraftLetterInput, officers),
  'letters.setSection': mutation<Letter>('synced')(SetSectionInput, officers),
  'letters.check': query<LetterCheck>()(LetterIdInput, officers),
  'letters.preview': query<LetterFile>()(LetterIdInput, officers),
  'letters.issue': mutation<Letter>('synced')(IssueLetterInput, officers),
  'letters.discard': mutation<LetterSummary>('synced')(LetterIdInput, officers),
  'letters.file': query<LetterFile>()(LetterIdInput, officers),
} as const;

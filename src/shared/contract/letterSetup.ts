// What letters are built from, set up by a manager: the house style (name, address, logo,
// sign-off), the standard paragraphs as versions, and the landlord's own DOCX templates, checked
// by name for unknown and missing placeholders before one is accepted.
import { z } from 'zod';
import { optionalText, recordId as id, requiredText, text } from '../domain/fields';
import type { HouseStyle } from '../letters/content';
import { LETTER_TYPES, type LetterType } from '../letters/letterTypes';
import { PARAGRAPH_KEYS, PARAGRAPH_MAX_CHARS, type ParagraphKey } from '../letters/paragraphs';
import type { PlaceholderName } from '../letters/placeholders';
import { base64Bytes } from './attachments';
import { EmptyInput } from './inputs';
import { mutation, query } from './procedure';

export const SetHouseStyleInput = z.object({
  landlordName: requiredText(160, "The landlord's name"),
  addressLines: z.array(requiredText(200, 'An address line')).min(1).max(8),
  phone: optionalText(40),
  email: optionalText(200),
  website: optionalText(200),
  signOff: requiredText(60, 'The sign-off'),
  /** A PNG or JPEG logo, base64; null removes it; left out keeps the one there is. */
  logo: z.object({ fileName: requiredText(255, 'The file name'), bytes: base64Bytes }).nullable().optional(),
});

export const SaveParagraphInput = z.object({
  key: z.enum(PARAGRAPH_KEYS),
  text: requiredText(PARAGRAPH_MAX_CHARS, 'The paragraph'),
  /** Why it changed (e.g. "The Ombudsman's new address"). */
  note: optionalText(300),
});

export const ImportTemplateInput = z.object({
  letterType: z.enum(LETTER_TYPES),
  name: requiredText(200, "The template's name"),
  fileName: text(255).regex(/\.docx$/i, { message: 'Must be a Word document (.docx)' }),
  bytes: base64Bytes,
});

export const TemplateFileInput = z.object({
  letterType: z.enum(LETTER_TYPES),
  /** An imported template; left out for the one Redress ships. */
  id: id.optional(),
});

export interface HouseStyleView extends HouseStyle {
  /** The logo as base64, to show in Settings; null without one. */
  logo: { mediaType: string; bytes: string } | null;
  /** False until a manager has set it up (letters then carry a placeholder name). */
  isSet: boolean;
}

export interface ParagraphHistoryEntry {
  version: number;
  text: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string | null;
  /** Redress's own first version, from resources/paragraphs/. */
  shipped: boolean;
}

export interface StandardParagraph {
  key: ParagraphKey;
  label: string;
  current: ParagraphHistoryEntry;
  /** Every version, newest first. */
  history: ParagraphHistoryEntry[];
}

export interface LetterTemplateInfo {
  letterType: LetterType;
  label: string;
  /** The landlord's template in use, or null for Redress's own. */
  active: { id: string; name: string; fileName: string; sha256: string; createdAt: string } | null;
  placeholders: PlaceholderName[];
}

/** The result of an import: accepted, or refused naming each unknown and missing placeholder. */
export type TemplateImportResult =
  | { accepted: true; template: LetterTemplateInfo }
  | { accepted: false; unknown: string[]; missing: PlaceholderName[]; message: string };

export const letterSetupProcedures = {
  'houseStyle.get': query<HouseStyleView>()(EmptyInput),
  'houseStyle.set': mutation<HouseStyleView>('synced')(SetHouseStyleInput),
  'paragraphs.list': query<StandardParagraph[]>()(EmptyInput),
  'paragraphs.save': mutation<StandardParagraph>('synced')(SaveParagraphInput),
  'templates.list': query<LetterTemplateInfo[]>()(EmptyInput),
  'templates.import': mutation<TemplateImportResult>('synced')(ImportTemplateInput),
  /** Back to Redress's own template for the type. */
  'templates.retire': mutation<LetterTemplateInfo>('synced')(z.object({ id })),
  'templates.file': query<{ fileName: string; bytes: string; sha256: string }>()(TemplateFileInput),
} as const;


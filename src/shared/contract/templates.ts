// The landlord's own DOCX templates, one per letter type: checked by name for unknown and missing
// placeholders before one is accepted, synced to every computer, retired back to Redress's own.
import { z } from 'zod';
import { recordId as id, requiredText, text } from '../domain/fields';
import { LETTER_TYPES, type LetterType } from '../letters/letterTypes';
import type { PlaceholderName } from '../letters/placeholders';
import { base64Bytes } from './attachments';
import { EmptyInput } from './inputs';
import { managers, mutation, officers, query } from './procedure';

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

export const templateProcedures = {
  'templates.list': query<LetterTemplateInfo[]>()(EmptyInput, officers),
  'templates.import': mutation<TemplateImportResult>('synced')(
    ImportTemplateInput,
    managers('import letter templates'),
  ),
  /** Back to Redress's own template for the type. */
  'templates.retire': mutation<LetterTemplateInfo>('synced')(
    z.object({ id }),
    managers('retire letter templates'),
  ),
  'templates.file': query<{ fileName: string; bytes: string; sha256: string }>()(TemplateFileInput, officers),
} as const;

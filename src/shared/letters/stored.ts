// The JSON a letter keeps in its columns, as schemas: applied at the contract, by the change
// recorder and to everything arriving from the share (main/store/fieldValues.ts), and when read
// back — so a damaged value shows as invalid instead of breaking the letter's screen.
import { z } from 'zod';
import { text } from '../domain/fields';
import { SECTION_NAMES } from './letterTypes';
import { PARAGRAPH_KEYS } from './paragraphs';
import { richTextSchema } from './richText';

export const sectionsSchema = z.partialRecord(z.enum(SECTION_NAMES), richTextSchema);
export type Sections = z.infer<typeof sectionsSchema>;

export const paragraphVersionsSchema = z.partialRecord(
  z.enum(PARAGRAPH_KEYS),
  z.number().int().min(1).max(1_000_000),
);

export const addresseeSchema = z.object({
  name: text(160),
  addressLines: z.array(text(200)).max(10),
});
export type Addressee = z.infer<typeof addresseeSchema>;

export const placeholderListSchema = z.array(z.string().regex(/^[a-z0-9_]{1,60}$/)).max(500);

/** Large print sizes a letter can be set in, in points. */
export const LARGE_PRINT_MIN_PT = 12;
export const LARGE_PRINT_MAX_PT = 36;

/** Parses a stored JSON column with its schema; null when it is missing or does not fit. */
export function parseStored<T>(schema: z.ZodType<T>, raw: string | null): T | null {
  if (raw === null) return null;
  try {
    const result = schema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

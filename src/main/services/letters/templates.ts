// Which template a letter type prints with: the landlord's own (the newest imported, not retired)
// or, without one, Redress's own in resources/templates/<type>.docx.
import type { Kysely } from 'kysely';
import type { LetterType } from '../../../shared/letters/letterTypes';
import { parseStored, placeholderListSchema } from '../../../shared/letters/stored';
import type { Database } from '../../db/schema';

export interface ActiveTemplate {
  /** Null for Redress's own. */
  id: string | null;
  name: string;
  /** The imported file's SHA-256 in the blob store; null for Redress's own. */
  sha256: string | null;
  /** The placeholders it holds, as found when it was imported; null for Redress's own (read from the file). */
  placeholders: string[] | null;
}

export async function activeTemplate(db: Kysely<Database>, type: LetterType): Promise<ActiveTemplate> {
  const row = await db
    .selectFrom('letter_templates')
    .selectAll()
    .where('letter_type', '=', type)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return { id: null, name: 'Redress standard template', sha256: null, placeholders: null };
  return {
    id: row.id,
    name: row.name,
    sha256: row.sha256,
    placeholders: parseStored(placeholderListSchema, row.placeholders),
  };
}

/** The template a letter was drafted with (it keeps printing with that one even if a newer one is imported). */
export async function templateById(db: Kysely<Database>, id: string): Promise<ActiveTemplate | null> {
  const row = await db.selectFrom('letter_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    sha256: row.sha256,
    placeholders: parseStored(placeholderListSchema, row.placeholders),
  };
}

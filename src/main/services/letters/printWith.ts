// The template a letter prints with, as bytes and the placeholders it holds: the one it was
// drafted with (the landlord's own, from the blob store) or Redress's own for its type.
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { LetterType } from '../../../shared/letters/letterTypes';
import type { Database } from '../../db/schema';
import { readVerifiedBlob } from '../../store/blobStore';
import { placeholdersIn } from './docx/placeholders';
import { shippedTemplate } from './docx/resources';
import { templateById } from './templates';

export interface PrintTemplate {
  name: string;
  placeholders: ReadonlySet<string>;
  /**
   * The file, read only when a letter is built: the checklist needs only the placeholders (kept
   * with an imported template), so a draft opens even before its template's file has arrived.
   */
  bytes(): Uint8Array;
}

const shippedPlaceholders = new Map<LetterType, ReadonlySet<string>>();

async function shipped(type: LetterType): Promise<PrintTemplate> {
  const bytes = shippedTemplate(type);
  let names = shippedPlaceholders.get(type);
  if (!names) {
    names = new Set(await placeholdersIn(bytes));
    shippedPlaceholders.set(type, names);
  }
  return { name: 'Redress standard template', bytes: () => bytes, placeholders: names };
}

export async function printTemplate(
  db: Kysely<Database>,
  dataDir: string,
  type: LetterType,
  templateId: string | null,
): Promise<PrintTemplate> {
  if (!templateId) return shipped(type);
  const t = await templateById(db, templateId);
  if (!t?.sha256)
    throw new AppError('NOT_FOUND', 'The template this letter was drafted with is not in this case store.');
  const sha256 = t.sha256;
  const bytes = (): Uint8Array => {
    const file = readVerifiedBlob(dataDir, sha256);
    if (file === 'missing')
      throw new AppError(
        'UNAVAILABLE',
        `The template "${t.name}" has not arrived on this computer yet: sync with the central share, then try again.`,
      );
    if (file === 'damaged')
      throw new AppError(
        'STORE_UNAVAILABLE',
        `The template "${t.name}" is damaged on this computer: import it again.`,
      );
    return file;
  };
  return { name: t.name, bytes, placeholders: new Set(t.placeholders ?? (await placeholdersIn(bytes()))) };
}

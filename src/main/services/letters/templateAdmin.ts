// The landlord's own letter templates: an import is checked first (a plain .docx, and exactly the
// placeholders its letter type needs, every unknown and missing one named) and only then kept —
// its bytes in the blob store, its record synced; retiring one goes back to the one before it,
// or Redress's own.
import type { Selectable } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { LetterTemplateInfo, TemplateImportResult } from '../../../shared/contract/templates';
import type { ParsedInputOf } from '../../../shared/contract';
import { uuidv7 } from '../../../shared/domain/ids';
import { LETTER_TYPES, LETTER_TYPE_LABELS, type LetterType } from '../../../shared/letters/letterTypes';
import {
  isPlaceholderName,
  templateProblems,
  type PlaceholderName,
} from '../../../shared/letters/placeholders';
import type { LetterTemplatesTable } from '../../db/schema';
import { readVerifiedBlob, saveBlob, sha256Of } from '../../store/blobStore';
import type { ServiceContext } from '../../store/context';
import { within, write } from '../../store/context';
import { placeholdersIn } from './docx/placeholders';
import { shippedTemplate } from './docx/resources';
import { activeTemplate } from './templates';

const shippedPlaceholders = new Map<LetterType, PlaceholderName[]>();

async function placeholdersOfShipped(type: LetterType): Promise<PlaceholderName[]> {
  const known = shippedPlaceholders.get(type);
  if (known) return known;
  const found = (await placeholdersIn(shippedTemplate(type))).filter(isPlaceholderName);
  shippedPlaceholders.set(type, found);
  return found;
}

async function templateInfo(ctx: ServiceContext, type: LetterType): Promise<LetterTemplateInfo> {
  const active = await activeTemplate(ctx.db, type);
  const row = active.id
    ? await ctx.db.selectFrom('letter_templates').selectAll().where('id', '=', active.id).executeTakeFirst()
    : undefined;
  return {
    letterType: type,
    label: LETTER_TYPE_LABELS[type],
    active: row
      ? { id: row.id, name: row.name, fileName: row.file_name, sha256: row.sha256, createdAt: row.created_at }
      : null,
    placeholders: row
      ? (active.placeholders ?? []).filter(isPlaceholderName)
      : await placeholdersOfShipped(type),
  };
}

/** Each letter type with the template it prints with now. */
export async function listTemplates(ctx: ServiceContext): Promise<LetterTemplateInfo[]> {
  return Promise.all(LETTER_TYPES.map((type) => templateInfo(ctx, type)));
}

const named = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ');

/** The sentence an officer reads when a template is refused: every problem, by name. */
export function refusalMessage(
  type: LetterType,
  unknown: readonly string[],
  missing: readonly string[],
): string {
  const parts = [
    ...(unknown.length ? [`it has placeholders Redress does not know: ${named(unknown)}`] : []),
    ...(missing.length
      ? [`it is missing placeholders a ${LETTER_TYPE_LABELS[type]} letter needs: ${named(missing)}`]
      : []),
  ];
  return `This template cannot be used for a ${LETTER_TYPE_LABELS[type]} letter: ${parts.join('; and ')}.`;
}

export async function importTemplate(
  ctx: ServiceContext,
  input: ParsedInputOf<'templates.import'>,
): Promise<TemplateImportResult> {
  const bytes = new Uint8Array(Buffer.from(input.bytes, 'base64'));
  const found = await placeholdersIn(bytes);
  const { unknown, missing } = templateProblems(input.letterType, found);
  if (unknown.length || missing.length)
    return { accepted: false, unknown, missing, message: refusalMessage(input.letterType, unknown, missing) };
  return write(ctx, async (w) => {
    const sha256 = saveBlob(ctx.dataDir, bytes);
    const record = {
      id: uuidv7(),
      letter_type: input.letterType,
      name: input.name,
      file_name: input.fileName,
      sha256,
      placeholders: JSON.stringify(found),
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
      deleted_at: null,
    };
    await w.tx.insertInto('letter_templates').values(record).execute();
    await w.changes.created('letter_template', record.id, record);
    return { accepted: true, template: await templateInfo(within(ctx, w), input.letterType) };
  });
}

/** Stops using an imported template; the type goes back to the one imported before it, or Redress's own. */
export async function retireTemplate(
  ctx: ServiceContext,
  input: { id: string },
): Promise<LetterTemplateInfo> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('letter_templates')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!before || before.deleted_at)
      throw new AppError(
        'NOT_FOUND',
        'That letter template is not in use (it may have been retired already).',
      );
    const change = { deleted_at: w.at, updated_at: w.at };
    await w.changes.updated('letter_template', before.id, before as Record<string, unknown>, change);
    await w.tx.updateTable('letter_templates').set(change).where('id', '=', before.id).execute();
    return templateInfo(within(ctx, w), before.letter_type);
  });
}

function importedBytes(ctx: ServiceContext, row: Selectable<LetterTemplatesTable>): Uint8Array {
  const bytes = readVerifiedBlob(ctx.dataDir, row.sha256);
  if (bytes === 'missing')
    throw new AppError(
      'NOT_FOUND',
      `The file of the template “${row.name}” has not reached this computer yet; sync again and retry.`,
    );
  if (bytes === 'damaged')
    throw new AppError(
      'CONFLICT',
      `The file of the template “${row.name}” is damaged on this computer; sync again to fetch a good copy.`,
    );
  return bytes;
}

/** A template's file: an imported one by id, or Redress's own for the type. */
export async function templateFile(
  ctx: ServiceContext,
  input: ParsedInputOf<'templates.file'>,
): Promise<{ fileName: string; bytes: string; sha256: string }> {
  if (!input.id) {
    const bytes = shippedTemplate(input.letterType);
    return {
      fileName: `Redress ${LETTER_TYPE_LABELS[input.letterType]}.docx`,
      bytes: Buffer.from(bytes).toString('base64'),
      sha256: sha256Of(bytes),
    };
  }
  const row = await ctx.db
    .selectFrom('letter_templates')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!row || row.letter_type !== input.letterType)
    throw new AppError(
      'NOT_FOUND',
      `There is no such template for the ${LETTER_TYPE_LABELS[input.letterType]} letter.`,
    );
  const bytes = importedBytes(ctx, row);
  return { fileName: row.file_name, bytes: Buffer.from(bytes).toString('base64'), sha256: row.sha256 };
}

// Attaching a file to a case: its type and size are checked before anything is written; the same
// file twice on one case is refused (never silently replaced); a file with the same name but other
// bytes is a second attachment. The bytes go beside the store under their SHA-256 before the
// record that names them commits, so a saved attachment always has its file on this computer.
import type { Kysely } from 'kysely';
import { AppError, refusal } from '../../../shared/contract/errors';
import type { Attachment } from '../../../shared/contract/attachments';
import type { ParsedInputOf } from '../../../shared/contract';
import {
  DEFAULT_ATTACHMENT_LIMIT,
  MAX_ATTACHMENT_LIMIT,
  attachmentTooLarge,
  recogniseAttachment,
} from '../../../shared/attachments/fileTypes';
import { uuidv7 } from '../../../shared/domain/ids';
import type { Database } from '../../db/schema';
import { saveBlob, sha256Of } from '../../store/blobStore';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { attachmentRows, toAttachment } from './view';

const LIMIT_SETTING = 'attachments.maxBytes';

/** The landlord's limit (a synced setting); a damaged value falls back to the shipped 25 MB. */
export async function attachmentLimit(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', LIMIT_SETTING)
    .executeTakeFirst();
  const value = row ? (JSON.parse(row.value) as unknown) : null;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_ATTACHMENT_LIMIT
    ? value
    : DEFAULT_ATTACHMENT_LIMIT;
}

async function oneAttachment(ctx: ServiceContext, id: string): Promise<Attachment> {
  const row = await attachmentRows(ctx.db).where('attachments.id', '=', id).executeTakeFirstOrThrow();
  return toAttachment(ctx.dataDir, row);
}

async function checkPlace(w: Write, caseId: string, pointId: string | null): Promise<void> {
  const c = await w.tx
    .selectFrom('cases')
    .select(['id', 'deleted_at'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c || c.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  if (!pointId) return;
  const p = await w.tx
    .selectFrom('complaint_points')
    .select(['case_id', 'deleted_at'])
    .where('id', '=', pointId)
    .executeTakeFirst();
  if (!p || p.deleted_at || p.case_id !== caseId)
    throw refusal('pointId', 'That point of complaint is not on this case: choose one of the case’s points.');
}

export async function addAttachment(
  ctx: ServiceContext,
  input: ParsedInputOf<'attachments.add'>,
): Promise<Attachment> {
  const bytes = Buffer.from(input.bytes, 'base64');
  const recognised = recogniseAttachment(input.fileName, bytes.subarray(0, 32));
  if ('problem' in recognised) throw refusal('fileName', recognised.problem);
  const tooLarge = attachmentTooLarge(bytes.length, await attachmentLimit(ctx.db));
  if (tooLarge) throw refusal('bytes', tooLarge);
  const sha256 = sha256Of(bytes);
  return write(ctx, async (w) => {
    const pointId = input.pointId ?? null;
    await checkPlace(w, input.caseId, pointId);
    const same = await w.tx
      .selectFrom('attachments')
      .select(['file_name', 'created_at'])
      .where('case_id', '=', input.caseId)
      .where('sha256', '=', sha256)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (same)
      throw new AppError(
        'CONFLICT',
        same.file_name === input.fileName
          ? `“${same.file_name}” is already attached to this case (added ${same.created_at.slice(0, 10)}), so it was not attached again.`
          : `This file is already attached to this case as “${same.file_name}” (added ${same.created_at.slice(0, 10)}), so it was not attached again.`,
        { sha256, issues: [{ path: 'bytes', message: 'Already attached to this case' }] },
      );
    saveBlob(ctx.dataDir, bytes);
    const record = {
      id: uuidv7(),
      case_id: input.caseId,
      point_id: pointId,
      sha256,
      file_name: input.fileName,
      media_type: recognised.type.mediaType,
      size_bytes: bytes.length,
      caption: input.caption ?? null,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await w.tx.insertInto('attachments').values(record).execute();
    await w.changes.created('attachment', record.id, record);
    return oneAttachment(within(ctx, w), record.id);
  });
}

/** Takes an attachment off the case (audited); its file stays, as the history still names it. */
export async function removeAttachment(ctx: ServiceContext, input: { id: string }): Promise<Attachment> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!before || before.deleted_at)
      throw new AppError(
        'NOT_FOUND',
        'That attachment is not on the case (it may have been removed already).',
      );
    await w.changes.updated('attachment', before.id, before as Record<string, unknown>, { deleted_at: w.at });
    await w.tx.updateTable('attachments').set({ deleted_at: w.at }).where('id', '=', before.id).execute();
    const row = await w.tx
      .selectFrom('attachments')
      .leftJoin('people', 'people.id', 'attachments.created_by')
      .selectAll('attachments')
      .select('people.name as added_by')
      .where('attachments.id', '=', before.id)
      .executeTakeFirstOrThrow();
    return toAttachment(ctx.dataDir, row);
  });
}

export async function setAttachmentLimit(
  ctx: ServiceContext,
  input: { maxBytes: number },
): Promise<{ maxBytes: number }> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('settings')
      .selectAll()
      .where('id', '=', LIMIT_SETTING)
      .executeTakeFirst();
    if (!before)
      throw new AppError('INTERNAL', `The setting ${LIMIT_SETTING} is missing from this case store.`);
    const value = JSON.stringify(input.maxBytes);
    if (value !== before.value) {
      await w.changes.updated('setting', LIMIT_SETTING, before, { value });
      await w.tx
        .updateTable('settings')
        .set({ value, updated_at: w.at })
        .where('id', '=', LIMIT_SETTING)
        .execute();
    }
    return { maxBytes: await attachmentLimit(w.tx) };
  });
}

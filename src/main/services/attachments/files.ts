// Opening an attachment: its bytes only when they still hash to the fingerprint recorded when it
// was attached. A file not here yet is fetched from the central share on demand; a damaged one is
// replaced by an intact copy from the share if there is one, and otherwise refused by name.
import type { Selectable } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type {
  Attachment,
  AttachmentCheck,
  AttachmentFile,
  AttachmentThumbnail,
} from '../../../shared/contract/attachments';
import { isPicture } from '../../../shared/attachments/fileTypes';
import type { AttachmentsTable } from '../../db/schema';
import { readVerifiedBlob } from '../../store/blobStore';
import type { ServiceContext } from '../../store/context';
import { attachmentRows, toAttachment } from './view';

/** Thumbnails are the picture itself, scaled by the window: past this size a placeholder is cheaper. */
export const THUMBNAIL_MAX_BYTES = 8 * 1_048_576;

type Row = Selectable<AttachmentsTable> & { added_by: string | null };

export function damagedMessage(fileName: string): string {
  return `“${fileName}” has been changed or damaged since it was attached (its fingerprint does not match), so it is not shown. Ask whoever attached it for the original and attach it again.`;
}

export function notArrivedMessage(fileName: string): string {
  return `“${fileName}” has not arrived on this computer yet: the computer it was attached on has not shared it. It will arrive after that computer syncs.`;
}

/** The bytes, verified; from the share when not here (or damaged here) and the share has them whole. */
async function verifiedBytes(ctx: ServiceContext, row: Row): Promise<Uint8Array | 'missing' | 'damaged'> {
  const local = readVerifiedBlob(ctx.dataDir, row.sha256);
  if (typeof local !== 'string') return local;
  const fromShare = await ctx.sync?.fetchBlob(row.sha256).catch(() => null);
  return fromShare ?? local;
}

async function rowFor(ctx: ServiceContext, input: { id: string } | { sha256: string }): Promise<Row> {
  const q = attachmentRows(ctx.db);
  const row = await (
    'id' in input
      ? q.where('attachments.id', '=', input.id)
      : q.where('attachments.sha256', '=', input.sha256).orderBy('attachments.created_at')
  ).executeTakeFirst();
  if (!row)
    throw new AppError(
      'NOT_FOUND',
      'id' in input
        ? 'That attachment is not in this case store (it may have been removed).'
        : `No attachment in this case store has the fingerprint ${input.sha256}.`,
    );
  return row;
}

export async function getAttachment(
  ctx: ServiceContext,
  input: { id: string } | { sha256: string },
): Promise<AttachmentFile> {
  const row = await rowFor(ctx, input);
  const bytes = await verifiedBytes(ctx, row);
  if (bytes === 'damaged')
    throw new AppError('CONFLICT', damagedMessage(row.file_name), { state: 'damaged', sha256: row.sha256 });
  if (bytes === 'missing')
    throw new AppError('NOT_FOUND', notArrivedMessage(row.file_name), {
      state: 'not_yet_arrived',
      sha256: row.sha256,
    });
  return {
    attachment: toAttachment(ctx.dataDir, row, 'here'),
    bytes: Buffer.from(bytes).toString('base64'),
  };
}

export async function attachmentThumbnail(
  ctx: ServiceContext,
  input: { id: string },
): Promise<AttachmentThumbnail> {
  const row = await rowFor(ctx, input);
  if (!isPicture(row.media_type) || row.size_bytes > THUMBNAIL_MAX_BYTES) return { state: 'no_preview' };
  const bytes = await verifiedBytes(ctx, row);
  if (bytes === 'missing') return { state: 'not_yet_arrived' };
  if (bytes === 'damaged') return { state: 'damaged' };
  return { state: 'here', mediaType: row.media_type, bytes: Buffer.from(bytes).toString('base64') };
}

/** Checks every attachment's fingerprint (of one case, or all): what is damaged and what has not arrived. */
export async function verifyAttachments(
  ctx: ServiceContext,
  input: { caseId?: string },
): Promise<AttachmentCheck> {
  let q = attachmentRows(ctx.db);
  if (input.caseId) q = q.where('attachments.case_id', '=', input.caseId);
  const rows = await q.orderBy('attachments.created_at').execute();
  const damaged: Attachment[] = [];
  const notYetArrived: Attachment[] = [];
  for (const row of rows) {
    const state = readVerifiedBlob(ctx.dataDir, row.sha256);
    if (state === 'damaged') damaged.push(toAttachment(ctx.dataDir, row, 'damaged'));
    if (state === 'missing') notYetArrived.push(toAttachment(ctx.dataDir, row, 'not_yet_arrived'));
  }
  return { checked: rows.length, damaged, notYetArrived };
}

// Attachments as the case page and scripts see them: the record, and whether its file is here.
// Listing checks only each file's size (cheap enough for every page load); the fingerprint is
// checked when a file is opened, shown as a thumbnail, or checked on purpose (`verify`).
import type { Kysely, Selectable } from 'kysely';
import type { Attachment, AttachmentState } from '../../../shared/contract/attachments';
import type { AttachmentsTable, Database } from '../../db/schema';
import { blobSize } from '../../store/blobStore';
import type { ServiceContext } from '../../store/context';

type Row = Selectable<AttachmentsTable> & { added_by: string | null };

function stateOf(dataDir: string, row: Row): AttachmentState {
  const size = blobSize(dataDir, row.sha256);
  if (size === null) return 'not_yet_arrived';
  return size === row.size_bytes ? 'here' : 'damaged';
}

export function toAttachment(dataDir: string, row: Row, state = stateOf(dataDir, row)): Attachment {
  return {
    id: row.id,
    caseId: row.case_id,
    pointId: row.point_id,
    sha256: row.sha256,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    caption: row.caption,
    addedBy: row.added_by,
    createdAt: row.created_at,
    state,
  };
}

export function attachmentRows(db: Kysely<Database>) {
  return db
    .selectFrom('attachments')
    .leftJoin('people', 'people.id', 'attachments.created_by')
    .selectAll('attachments')
    .select('people.name as added_by')
    .where('attachments.deleted_at', 'is', null);
}

export async function listAttachments(
  ctx: ServiceContext,
  input: { caseId: string; pointId?: string },
): Promise<Attachment[]> {
  let q = attachmentRows(ctx.db).where('attachments.case_id', '=', input.caseId);
  if (input.pointId) q = q.where('attachments.point_id', '=', input.pointId);
  const rows = await q.orderBy('attachments.created_at').orderBy('attachments.id').execute();
  return rows.map((r) => toAttachment(ctx.dataDir, r));
}

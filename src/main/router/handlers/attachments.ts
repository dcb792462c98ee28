import type { attachmentProcedures } from '../../../shared/contract/attachments';
import {
  addAttachment,
  attachmentLimit,
  removeAttachment,
  setAttachmentLimit,
} from '../../services/attachments/commands';
import { attachmentThumbnail, getAttachment, verifyAttachments } from '../../services/attachments/files';
import { listAttachments } from '../../services/attachments/view';
import type { HandlersFor } from '../types';
import { viewed } from '../../services/audit/recordView';

export const attachmentHandlers: HandlersFor<typeof attachmentProcedures> = {
  'attachments.add': (ctx, input) => addAttachment(ctx, input),
  'attachments.list': (ctx, input) => listAttachments(ctx, input),
  'attachments.get': (ctx, input) =>
    viewed(ctx, getAttachment(ctx, input), (f) => ({
      action: 'downloaded',
      entity: 'attachment',
      id: f.attachment.id,
    })),
  'attachments.thumbnail': (ctx, input) => attachmentThumbnail(ctx, input),
  'attachments.verify': (ctx, input) => verifyAttachments(ctx, input),
  'attachments.remove': (ctx, input) => removeAttachment(ctx, input),
  'attachments.limit': async (ctx) => ({ maxBytes: await attachmentLimit(ctx.db) }),
  'attachments.setLimit': (ctx, input) => setAttachmentLimit(ctx, input),
};

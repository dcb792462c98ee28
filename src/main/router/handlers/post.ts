import type { postProcedures } from '../../../shared/contract/post';
import {
  cancelPostExport,
  postExportFile,
  postExportProgress,
  startPostExport,
} from '../../services/letters/post/jobs';
import { listPost } from '../../services/letters/post/list';
import { markPosted } from '../../services/letters/post/markPosted';
import type { HandlersFor } from '../types';
import { viewed } from '../../services/audit/recordView';

export const postHandlers: HandlersFor<typeof postProcedures> = {
  'post.list': (ctx, input) => listPost(ctx, input),
  'post.export': (ctx, input) =>
    viewed(ctx, startPostExport(ctx, input), (s) => ({
      action: 'exported',
      entity: 'post_export',
      id: s.exportId,
    })),
  'post.exportProgress': async (ctx, input) => postExportProgress(ctx, input.exportId),
  'post.cancelExport': (ctx, input) => cancelPostExport(ctx, input.exportId),
  'post.exportFile': (ctx, input) => postExportFile(ctx, input),
  'post.markPosted': (ctx, input) => markPosted(ctx, input),
};

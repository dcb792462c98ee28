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

export const postHandlers: HandlersFor<typeof postProcedures> = {
  'post.list': (ctx, input) => listPost(ctx, input),
  'post.export': (ctx, input) => startPostExport(ctx, input),
  'post.exportProgress': async (ctx, input) => postExportProgress(ctx, input.exportId),
  'post.cancelExport': (ctx, input) => cancelPostExport(ctx, input.exportId),
  'post.exportFile': (ctx, input) => postExportFile(ctx, input),
  'post.markPosted': (ctx, input) => markPosted(ctx, input),
};

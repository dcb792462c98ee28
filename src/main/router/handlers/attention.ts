import type { attentionProcedures } from '../../../shared/contract/attention';
import { listAttention, resolveConflict } from '../../services/attention';
import type { HandlersFor } from '../types';

export const attentionHandlers: HandlersFor<typeof attentionProcedures> = {
  'attention.list': (ctx) => listAttention(ctx),
  'attention.resolveConflict': (ctx, input) => resolveConflict(ctx, input),
};

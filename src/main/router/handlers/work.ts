import type { workProcedures } from '../../../shared/contract/work';
import { listWork } from '../../services/complaints/work';
import type { HandlersFor } from '../types';

export const workHandlers: HandlersFor<typeof workProcedures> = {
  'work.list': (ctx, input) => listWork(ctx, input),
};

import type { listProcedures } from '../../../shared/contract/lists';
import { listColumns, setListColumns } from '../../services/lists/columns';
import type { HandlersFor } from '../types';

export const listHandlers: HandlersFor<typeof listProcedures> = {
  'lists.columns': (ctx, input) => listColumns(ctx, input.list),
  'lists.setColumns': (ctx, input) => setListColumns(ctx, input),
};

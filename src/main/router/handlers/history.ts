import type { historyProcedures } from '../../../shared/contract/history';
import { caseHistory } from '../../services/caseHistory';
import type { HandlersFor } from '../types';

export const historyHandlers: HandlersFor<typeof historyProcedures> = {
  'cases.history': (ctx, input) => caseHistory(ctx, input.caseId),
};

import type { dashboardProcedures } from '../../../shared/contract/dashboard';
import { dashboard } from '../../services/dashboard';
import type { HandlersFor } from '../types';

export const dashboardHandlers: HandlersFor<typeof dashboardProcedures> = {
  'reporting.dashboard': (ctx, input) => dashboard(ctx, input),
};

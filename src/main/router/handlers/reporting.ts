import type { reportingProcedures } from '../../../shared/contract/reporting';
import { homesByYear, measures, reportCases, setHomes } from '../../services/reporting';
import type { HandlersFor } from '../types';

export const reportingHandlers: HandlersFor<typeof reportingProcedures> = {
  'reporting.measures': (ctx, input) => measures(ctx, input),
  'reporting.cases': (ctx, input) => reportCases(ctx, input),
  'reporting.homes': (ctx) => homesByYear(ctx),
  'reporting.setHomes': (ctx, input) => setHomes(ctx, input),
};

import type { appProcedures } from '../../../shared/contract/app';
import { seedDemoData, seedEmptyStore } from '../../services/demo';
import { setUpOfficer } from '../../services/installation';
import { appStatus } from '../../services/status';
import type { HandlersFor } from '../types';

export const appHandlers: HandlersFor<typeof appProcedures> = {
  'app.status': (ctx) => appStatus(ctx),
  'people.setUpOfficer': (ctx, input) => setUpOfficer(ctx, input),
  'demo.seed': (ctx, input, options) => seedDemoData(ctx, input, options.onProgress),
  'demo.seedEmptyStore': (ctx, input) => seedEmptyStore(ctx, input),
};

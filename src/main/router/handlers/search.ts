import type { searchProcedures } from '../../../shared/contract/search';
import { findAnything } from '../../services/search';
import type { HandlersFor } from '../types';

export const searchHandlers: HandlersFor<typeof searchProcedures> = {
  'search.find': (ctx, input) => findAnything(ctx, input),
};

import type { callProcedures } from '../../../shared/contract/calls';
import { logCall } from '../../services/contacts';
import type { HandlersFor } from '../types';

export const callHandlers: HandlersFor<typeof callProcedures> = {
  'contacts.log': (ctx, input) => logCall(ctx, input),
};

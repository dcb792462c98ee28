import type { amendmentProcedures } from '../../../shared/contract/amendments';
import { amendRecord, listAmendments } from '../../services/amendments/amend';
import type { HandlersFor } from '../types';

export const amendmentHandlers: HandlersFor<typeof amendmentProcedures> = {
  'amendments.amend': (ctx, input) => amendRecord(ctx, input),
  'amendments.list': (ctx, input) => listAmendments(ctx, input.caseId),
};

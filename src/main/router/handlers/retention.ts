import type { retentionProcedures } from '../../../shared/contract/retention';
import { retentionDue } from '../../services/retention/due';
import { eraseResident } from '../../services/retention/erase';
import { exportResident } from '../../services/retention/subjectAccess';
import type { HandlersFor } from '../types';

export const retentionHandlers: HandlersFor<typeof retentionProcedures> = {
  'retention.due': (ctx) => retentionDue(ctx),
  'resident.erase': (ctx, input) => eraseResident(ctx, input),
  'resident.export': (ctx, input) => exportResident(ctx, input.residentId),
};

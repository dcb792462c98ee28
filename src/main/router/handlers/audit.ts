import type { auditProcedures } from '../../../shared/contract/audit';
import { caseViews, personActivity } from '../../services/audit/access';
import { verifyAudit } from '../../services/audit/verify';
import type { HandlersFor } from '../types';

export const auditHandlers: HandlersFor<typeof auditProcedures> = {
  'audit.verify': (ctx) => verifyAudit(ctx),
  'audit.caseViews': (ctx, input) => caseViews(ctx, input.caseIdOrReference),
  'audit.activity': (ctx, input) => personActivity(ctx, input),
};

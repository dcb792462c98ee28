// Who may read the audit trail: managers and administrators (the role matrix says the same).
import { canReadAudit } from '../../../shared/audit/auditors';
import { AppError } from '../../../shared/contract/errors';
import { requireOfficer, type ServiceContext } from '../../store/context';

export function requireAuditor(ctx: ServiceContext): void {
  if (!canReadAudit(requireOfficer(ctx).role))
    throw new AppError('FORBIDDEN', 'Only managers and administrators can read the audit trail.');
}

// Who may read the audit trail: managers and administrators (the role matrix says the same).
import { AppError } from '../../../shared/contract/errors';
import { requireOfficer, type ServiceContext } from '../../store/context';

const AUDITORS: ReadonlySet<string> = new Set(['manager', 'admin']);

export function requireAuditor(ctx: ServiceContext): void {
  const me = requireOfficer(ctx);
  if (!AUDITORS.has(me.role))
    throw new AppError('FORBIDDEN', 'Only managers and administrators can read the audit trail.');
}

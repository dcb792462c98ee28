export { AuditSection } from './AuditSection';
export { CaseAccessLog } from './CaseAccessLog';

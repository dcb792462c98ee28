// Who may read the audit trail (the access log, a person's activity, the chain check).
export const AUDIT_READERS: readonly string[] = ['manager', 'admin'];

export function canReadAudit(role: string): boolean {
  return AUDIT_READERS.includes(role);
}

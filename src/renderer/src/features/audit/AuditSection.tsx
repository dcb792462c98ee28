// Settings → Audit: for managers and administrators only (the procedures refuse anyone else too).
import { canReadAudit } from '../../../../shared/audit/auditors';
import { useSession } from '../../api/SessionContext';
import { Section } from '../../ui/Section';
import { AuditCheckPanel } from './AuditCheckPanel';
import { PersonActivity } from './PersonActivity';

export function AuditSection() {
  const { me } = useSession();
  if (!canReadAudit(me.role)) return null;
  return (
    <Section title="Audit" id="settings-audit" titleSize="h3" p="lg" stack gap="lg">
      <AuditCheckPanel />
      <PersonActivity />
    </Section>
  );
}

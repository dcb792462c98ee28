// The complaint's records below the summary: its definition, contact before the response,
// extensions and the Ombudsman. Only for complaints.
import type { CaseDetail } from '../../../../shared/contract/types';
import { ComplaintDefinition } from './ComplaintDefinition';
import { ContactAttempts } from './ContactAttempts';
import { ExtensionsList } from './ExtensionsList';
import { OmbudsmanSection } from './OmbudsmanSection';
import type { OnCaseSaved } from './commandForms/types';

export function ComplaintSections({ detail, onSaved }: { detail: CaseDetail; onSaved: OnCaseSaved }) {
  if (detail.complaint.facts.type !== 'complaint') return null;
  return (
    <>
      <ComplaintDefinition detail={detail} onSaved={onSaved} />
      <ContactAttempts detail={detail} onSaved={onSaved} />
      <ExtensionsList extensions={detail.complaint.extensions} />
      <OmbudsmanSection detail={detail} onSaved={onSaved} />
    </>
  );
}

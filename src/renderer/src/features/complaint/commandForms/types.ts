import type { CaseDetail, ComplaintView } from '../../../../../shared/contract/types';
import type { CaseStatus } from '../../../../../shared/domain/vocabulary';

/** What every lifecycle dialog gets. */
export interface CommandFormProps {
  caseId: string;
  reference: string;
  status: CaseStatus;
  complaint: ComplaintView;
  /** Called with the case as it now is and a sentence confirming what was done. */
  onSaved: (detail: CaseDetail, done: string) => void;
  onCancel: () => void;
}

import type { CaseDetail, ComplaintView } from '../../../../../shared/contract/types';
import type { CaseStatus } from '../../../../../shared/domain/vocabulary';

/** Called with the case as it now is and a sentence confirming what was done. */
export type OnCaseSaved = (detail: CaseDetail, done: string) => void;

/** What every lifecycle dialog gets. */
export interface CommandFormProps {
  caseId: string;
  reference: string;
  status: CaseStatus;
  complaint: ComplaintView;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}

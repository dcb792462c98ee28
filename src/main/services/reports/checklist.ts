// The shipped Code self-assessment checklist, checked once where it comes in (see shared/reports/checklist.ts).
import shipped from '../../../../resources/reporting/code-self-assessment-2024.json';
import { checklistSchema, type Checklist } from '../../../shared/reports/checklist';

let checked: Checklist | null = null;

export function codeChecklist(): Checklist {
  checked ??= checklistSchema.parse(shipped);
  return checked;
}

// What the rest of the app may use of the complaint feature: the panel and sections on a case
// page, and the deadline badge the work lists show.
export type { OnCaseSaved } from './commandForms/types';
export { ComplaintPanel } from './ComplaintPanel';
export { ComplaintSections } from './ComplaintSections';
export { DeadlineBadge } from './DeadlineBadge';
export { deadlineWhat } from './labels';
// The dialog kit other features' forms share (remedies and promised actions).
export { ModalForm } from './ModalForm';
export { DateField } from './DateField';
export { useDialog } from './useDialog';
export { NO_FORM_ERRORS, hasErrors, placeErrors, type FormErrors } from './formErrors';
export { checkInput } from './checkInput';

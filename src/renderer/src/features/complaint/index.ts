// What the rest of the app may use of the complaint feature: the panel and sections on a case
// page, and the deadline badge the work lists show.
export type { OnCaseSaved } from './commandForms/types';
export { ComplaintPanel } from './ComplaintPanel';
export { ComplaintSections } from './ComplaintSections';
export { DeadlineBadge } from './DeadlineBadge';
export { deadlineWhat } from './labels';
// The dialog kit other case-page features reuse (the investigation workspace).
export { ModalForm } from './ModalForm';
export { checkInput } from './checkInput';
export { hasErrors, NO_FORM_ERRORS, placeErrors, type FormErrors } from './formErrors';
export { useDialog } from './useDialog';
export { useCaseAction } from './useCaseAction';

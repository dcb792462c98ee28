// What the rest of the app may use of the complaint feature: the panel and sections on a case
// page, and the deadline badge the work lists show.
export type { OnCaseSaved } from './commandForms/types';
export { ComplaintPanel } from './ComplaintPanel';
export { ComplaintSections } from './ComplaintSections';
export { DeadlineBadge } from './DeadlineBadge';
export { deadlineWhat } from './labels';

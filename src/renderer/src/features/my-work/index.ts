// What the rest of the app may use of My work: the screen, and the work list pieces that Open
// cases shares (the urgency tiles and the table).
export { listCaption, MAX_LIMIT, MoreButton, PAGE } from './listLimit';
export { MyWorkPage, urgencyWords } from './MyWorkPage';
export { UrgencySummary } from './UrgencySummary';
export { WorkTable } from './WorkTable';

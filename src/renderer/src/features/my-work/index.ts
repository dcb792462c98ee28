// What the rest of the app may use of My work: the screen, and the work list pieces that Open
// cases shares (the urgency tiles, the table and its "show more").
export { listCaption, MAX_LIMIT, MoreButton, PAGE } from './listLimit';
export { MyWorkPage } from './MyWorkPage';
export { urgencyCounts } from './urgency';
export { UrgencySummary } from './UrgencySummary';
export { WorkTable } from './WorkTable';

// What the rest of the app may use of cases: the two screens, and the case table and contact
// timeline that a resident's page shows too.
export { CasePage } from './CasePage';
export { CasesPage } from './CasesPage';
export { CasesTable } from './CasesTable';
export { ContactTimeline } from './ContactTimeline';

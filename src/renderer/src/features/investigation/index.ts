// What the case page uses of the investigation workspace.
export { InvestigationSection } from './InvestigationSection';

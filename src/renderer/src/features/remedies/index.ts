// Remedies and promised actions on the case page, and the action dialogs the tracker shares.
export { CaseRemedies } from './CaseRemedies';
export { ActionDialogs, type ActionDialog } from './ActionDialogs';
export { DueWords } from './DueWords';
export { RemedySettingsSection } from './RemedySettingsSection';

// What the rest of the app may use of learning from complaints: the case page's section, the
// service improvements screen and the root causes in Settings.
export { ImprovementsPage } from './ImprovementsPage';
export { LearningSection } from './LearningSection';
export { RootCausesSection } from './RootCausesSection';

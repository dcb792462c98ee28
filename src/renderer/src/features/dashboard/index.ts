export { DashboardPage } from './DashboardPage';
export { HomesOwnedSection } from './HomesOwnedSection';

export { ActionTrackerPage } from './ActionTrackerPage';

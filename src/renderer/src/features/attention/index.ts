export { AttentionPage } from './AttentionPage';

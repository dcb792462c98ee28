export { OpenCasesPage } from './OpenCasesPage';

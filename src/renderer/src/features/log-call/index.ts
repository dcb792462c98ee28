export { LogCallPage } from './LogCallPage';

export { AmendPointButton } from './AmendPointButton';
export { AmendmentsList } from './AmendmentsList';

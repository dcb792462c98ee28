export { RetentionSection } from './RetentionSection';
export { SubjectAccessButton, SubjectAccessSection } from './SubjectAccessButton';

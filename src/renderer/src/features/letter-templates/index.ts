// What the rest of the app may use of letter templates: the Settings section.
export { LetterTemplatesSection } from './LetterTemplatesSection';

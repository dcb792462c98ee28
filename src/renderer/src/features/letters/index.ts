// What the rest of the app may use of letters: the case page's section and the letter's own screen.
export { LetterPage } from './LetterPage';
export { LettersSection } from './LettersSection';

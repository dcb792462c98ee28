// What the rest of the app may use of the letters' set-up: its part of Settings.
export { LetterSetupSection } from './LetterSetupSection';

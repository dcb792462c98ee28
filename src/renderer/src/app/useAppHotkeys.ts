import { useHotkeys } from '@mantine/hooks';
import { focusCurrentSearch } from '../nav/searchTarget';
import { navigate } from '../nav/useRoute';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'tel',
  'url',
  'number',
  'password',
  'date',
  'datetime-local',
  'time',
]);

/** True when a key press would type into something (so single-key shortcuts must leave it alone). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** A single-key shortcut: ignored while typing, otherwise takes the key. */
const singleKey = (run: () => void) => (event: KeyboardEvent) => {
  if (isTypingTarget(event.target)) return;
  event.preventDefault();
  run();
};

export function useAppHotkeys(openHelp: () => void): void {
  // Chords with a modifier fire even while typing in a field. Physical keys, so Alt+L works on
  // a Mac (where Alt+L types "¬").
  const physical = { usePhysicalKeys: true };
  const own = { preventDefault: false };
  useHotkeys(
    [
      ['mod+L', () => navigate({ name: 'call' }), physical],
      ['alt+L', () => navigate({ name: 'call' }), physical],
      ['alt+C', () => navigate({ name: 'cases' }), physical],
      ['alt+R', () => navigate({ name: 'residents' }), physical],
      ['alt+M', () => navigate({ name: 'my-work' }), physical],
      ['alt+O', () => navigate({ name: 'open-cases' }), physical],
      ['alt+T', () => navigate({ name: 'actions' }), physical],
      ['alt+A', () => navigate({ name: 'attention' }), physical],
      ['alt+S', () => navigate({ name: 'settings' }), physical],
      ['mod+slash', openHelp, physical],
      ['shift+?', singleKey(openHelp), own],
      ['/', singleKey(() => focusCurrentSearch()), own],
    ],
    [],
  );
}

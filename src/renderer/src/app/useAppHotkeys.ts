import { useHotkeys } from '@mantine/hooks';
import { focusCurrentSearch } from './searchTarget';
import { navigate } from './useRoute';

export function useAppHotkeys(openHelp: () => void): void {
  // Chords with a modifier fire even while typing in a field. Physical keys, so Alt+L works on
  // a Mac (where Alt+L types "¬").
  const physical = { usePhysicalKeys: true };
  useHotkeys(
    [
      ['mod+L', () => navigate({ name: 'call' }), physical],
      ['alt+L', () => navigate({ name: 'call' }), physical],
      ['alt+C', () => navigate({ name: 'cases' }), physical],
      ['alt+R', () => navigate({ name: 'residents' }), physical],
      ['alt+M', () => navigate({ name: 'my-work' }), physical],
      ['mod+slash', openHelp, physical],
    ],
    [],
  );
  // Single keys only when not typing.
  useHotkeys([
    ['shift+?', openHelp],
    ['/', () => focusCurrentSearch(), { preventDefault: true }],
  ]);
}

import { useOs } from '@mantine/hooks';

/** The modifier key as this computer's keyboard labels it: ⌘ on a Mac, Ctrl elsewhere. */
export function useModKey(): string {
  const os = useOs();
  return os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
}

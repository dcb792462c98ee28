// The `/` shortcut focuses "the search box on the current list". Each list screen registers
// its box here while it is mounted.
import { useEffect, type RefObject } from 'react';

let current: RefObject<HTMLInputElement | null> | null = null;

export function useSearchShortcutTarget(ref: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    current = ref;
    return () => {
      if (current === ref) current = null;
    };
  }, [ref]);
}

export function focusCurrentSearch(): boolean {
  const input = current?.current;
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

import { Kbd, TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useRef } from 'react';
import { useSearchShortcutTarget } from '../nav/searchTarget';

/** The search box of a list screen: `/` focuses it while it is on screen, as the hint at its end says. */
export function SearchBox(props: Omit<TextInputProps, 'type' | 'leftSection' | 'rightSection'>) {
  const ref = useRef<HTMLInputElement>(null);
  useSearchShortcutTarget(ref);
  return (
    <TextInput
      ref={ref}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        <Kbd size="xs" aria-hidden>
          /
        </Kbd>
      }
      type="search"
      {...props}
    />
  );
}

// A dialog that remembers what it was opened for until it has faded out, so its content does not
// vanish mid-transition and opens fresh next time.
import { useState } from 'react';

export function useDialog<T>() {
  const [value, setValue] = useState<T | null>(null);
  const [opened, setOpened] = useState(false);
  return {
    value,
    opened,
    open: (v: T) => {
      setValue(v);
      setOpened(true);
    },
    close: () => setOpened(false),
    /** For Modal's onExitTransitionEnd. */
    exited: () => setValue(null),
  };
}

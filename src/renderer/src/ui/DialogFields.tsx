// The fields of a dialog. A select's list of options stays beside its field instead of at the end
// of <body>, so it is inside the dialog: screen readers hide everything but an open dialog, and
// the list must be reachable. Fixed positioning keeps it from being cut off by a scrolling dialog
// (the theme's dialogs fade without the slide whose transform would trap it).
import { MantineThemeProvider, type MantineThemeOverride } from '@mantine/core';
import type { ReactNode } from 'react';

const IN_DIALOG: MantineThemeOverride = {
  components: { Combobox: { defaultProps: { withinPortal: false, floatingStrategy: 'fixed' } } },
};

export function DialogFields({ children }: { children: ReactNode }) {
  return <MantineThemeProvider theme={IN_DIALOG}>{children}</MantineThemeProvider>;
}

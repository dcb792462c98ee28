import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button text above 4.5:1.
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Sentence case reads more easily than capitals; nowrap so table cells never cut a badge short.
    Badge: {
      styles: {
        root: { textTransform: 'none', flexShrink: 0, overflow: 'visible' },
        label: { overflow: 'visible' },
      },
    },
    // Alert titles and text in the body colour: the light variant's tinted text is too faint.
    Alert: {
      styles: {
        title: { color: 'var(--mantine-color-text)' },
        message: { color: 'var(--mantine-color-text)' },
      },
    },
    Tooltip: {
      defaultProps: { events: { hover: true, focus: true, touch: true }, multiline: true, maw: 320 },
    },
  },
});

// Mantine's default "dimmed" grey is 3.3:1 on white; this one is 8:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Error text in red 9 (5.4:1; Mantine's red 6 is 3.3:1), placeholders a step darker.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});

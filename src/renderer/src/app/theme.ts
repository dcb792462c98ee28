import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A palette with its darkest shade replaced: text and white-on-colour in shade 9 must reach 4.5:1. */
function darkerNine(colour: MantineColorsTuple, nine: string): MantineColorsTuple {
  return [...colour.slice(0, 9), nine] as unknown as MantineColorsTuple;
}

export const theme = createTheme({
  // Mantine's green 9 (#2b8a3e) is 4.4:1 on white and orange 9 (#d9480f) 4.3:1, just short of
  // 4.5:1 for the "On track", "Open" and "No decision yet" badges; a shade darker passes (5.1, 5.2).
  colors: {
    green: darkerNine(DEFAULT_THEME.colors.green, '#2a7d3b'),
    orange: darkerNine(DEFAULT_THEME.colors.orange, '#c2410c'),
  },
  primaryColor: 'indigo',
  // Shade 8 keeps white button text above 4.5:1.
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  focusRing: 'auto',
  // Officers who ask their system for reduced motion get no slides or fades.
  respectReducedMotion: true,
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
    // Every × needs a name for screen readers; Mantine gives the close buttons none. The dialog
    // fades without sliding: a slide leaves a transform on it, which would trap the fixed-position
    // lists of its selects (ui/DialogFields) inside its scrolling box.
    Modal: {
      defaultProps: {
        closeButtonProps: { 'aria-label': 'Close' },
        transitionProps: { transition: 'fade', duration: 200 },
      },
    },
    // Notification text under a title is Mantine's grey 6 (3.3:1); the body's dimmed grey is 8:1.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
    // The dialog's title bar is not the page's banner: Mantine draws it as <header>, which makes a
    // second banner landmark inside every dialog. The dialog keeps its name (aria-labelledby).
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
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
    // Subtle and light buttons of the primary colour turn indigo 2 under the pointer, where their
    // indigo 9 text is 4.1:1; halfway between indigo 1 and 2 it is 4.7:1, still visibly a hover.
    '--mantine-color-indigo-light-hover': '#cbd6ff',
  },
  dark: {},
});

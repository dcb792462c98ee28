import { AppShell, Box } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Header } from './Header';
import { Navigation } from './Navigation';
import { RouteView } from './RouteView';
import { ShortcutsModal } from './ShortcutsModal';
import { useAppHotkeys } from './useAppHotkeys';
import { useRoute } from '../nav/useRoute';

export function Shell() {
  const { route } = useRoute();
  const [helpOpen, help] = useDisclosure(false);
  useAppHotkeys(help.open);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 256, breakpoint: 0 }} padding="lg">
      <Box
        component="a"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
        className="redress-skip-link"
      >
        Skip to main content
      </Box>
      <AppShell.Header>
        <Header onShowShortcuts={help.open} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <Navigation route={route} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <RouteView route={route} />
      </AppShell.Main>
      <ShortcutsModal opened={helpOpen} onClose={help.close} />
    </AppShell>
  );
}

import { Kbd, NavLink, Stack } from '@mantine/core';
import { IconBriefcase, IconHome, IconPhoneCall, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { hrefFor, sectionOf, type Route } from './routes';

interface Item {
  section: ReturnType<typeof sectionOf>;
  label: string;
  to: Route;
  icon: ReactNode;
  hint: string;
}

const ITEMS: Item[] = [
  {
    section: 'my-work',
    label: 'My work',
    to: { name: 'my-work' },
    icon: <IconHome size={18} aria-hidden />,
    hint: 'Alt M',
  },
  {
    section: 'cases',
    label: 'Cases',
    to: { name: 'cases' },
    icon: <IconBriefcase size={18} aria-hidden />,
    hint: 'Alt C',
  },
  {
    section: 'residents',
    label: 'Residents',
    to: { name: 'residents' },
    icon: <IconUsers size={18} aria-hidden />,
    hint: 'Alt R',
  },
  {
    section: 'call',
    label: 'Log a call',
    to: { name: 'call' },
    icon: <IconPhoneCall size={18} aria-hidden />,
    hint: 'Alt L',
  },
];

export function Navigation({ route }: { route: Route }) {
  const current = sectionOf(route);
  return (
    <Stack gap={4}>
      {ITEMS.map((item) => {
        const active = item.section === current;
        return (
          <NavLink
            key={item.section}
            href={hrefFor(item.to)}
            label={item.label}
            leftSection={item.icon}
            rightSection={
              <Kbd size="xs" aria-hidden>
                {item.hint}
              </Kbd>
            }
            active={active}
            aria-current={active ? 'page' : undefined}
            variant="filled"
          />
        );
      })}
    </Stack>
  );
}

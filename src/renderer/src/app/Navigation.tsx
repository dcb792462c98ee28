import { Divider, Indicator, Kbd, NavLink, Stack, VisuallyHidden } from '@mantine/core';
import {
  IconBellRinging,
  IconBriefcase,
  IconChecklist,
  IconBulb,
  IconFileAnalytics,
  IconChartBar,
  IconHome,
  IconListDetails,
  IconMail,
  IconPhoneCall,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useCan } from '../api/useCan';
import { useShareStatus } from '../features/sync';
import { hrefFor, sectionOf, type Route, type Section } from '../nav/routes';

interface Item {
  section: Section;
  label: string;
  to: Route;
  icon: ReactNode;
  /** The keyboard shortcut, if it has one. */
  hint?: string;
}

const WORK: Item[] = [
  {
    section: 'my-work',
    label: 'My work',
    to: { name: 'my-work' },
    icon: <IconHome size={18} aria-hidden />,
    hint: 'Alt M',
  },
  {
    section: 'open-cases',
    label: 'Open cases',
    to: { name: 'open-cases' },
    icon: <IconListDetails size={18} aria-hidden />,
    hint: 'Alt O',
  },
  {
    section: 'actions',
    label: 'Action tracker',
    to: { name: 'actions' },
    icon: <IconChecklist size={18} aria-hidden />,
    hint: 'Alt T',
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

const ATTENTION: Item = {
  section: 'attention',
  label: 'Needs attention',
  to: { name: 'attention' },
  icon: <IconBellRinging size={18} aria-hidden />,
  hint: 'Alt A',
};

const IMPROVEMENTS: Item = {
  section: 'improvements',
  label: 'Service improvements',
  to: { name: 'improvements' },
  icon: <IconBulb size={18} aria-hidden />,
};

const REPORTS: Item = {
  section: 'reports',
  label: 'Reports',
  to: { name: 'reports' },
  icon: <IconFileAnalytics size={18} aria-hidden />,
};

const PERFORMANCE: Item = {
  section: 'performance',
  label: 'Performance',
  to: { name: 'performance', query: '' },
  icon: <IconChartBar size={18} aria-hidden />,
};

const POST: Item = {
  section: 'post',
  label: 'Post',
  to: { name: 'post' },
  icon: <IconMail size={18} aria-hidden />,
};

const SETTINGS: Item = {
  section: 'settings',
  label: 'Settings',
  to: { name: 'settings' },
  icon: <IconSettings size={18} aria-hidden />,
  hint: 'Alt S',
};

function Entry({ item, current, count }: { item: Item; current: Section; count?: number }) {
  const active = item.section === current;
  const counted = count !== undefined && count > 0;
  return (
    <NavLink
      href={hrefFor(item.to)}
      label={
        <>
          {item.label}
          {counted && <VisuallyHidden>{`, ${count} open`}</VisuallyHidden>}
        </>
      }
      leftSection={
        counted ? (
          <Indicator
            label={count > 99 ? '99+' : count}
            size={16}
            color="orange.9"
            offset={2}
            withBorder
            styles={{ indicator: { fontWeight: 700, fontSize: 10 } }}
            aria-hidden
          >
            {item.icon}
          </Indicator>
        ) : (
          item.icon
        )
      }
      rightSection={
        item.hint && (
          <Kbd size="xs" aria-hidden>
            {item.hint}
          </Kbd>
        )
      }
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="filled"
    />
  );
}

export function Navigation({ route }: { route: Route }) {
  const current = sectionOf(route);
  const { status } = useShareStatus();
  const seesReports = useCan('selfAssessment.get');
  const seesPerformance = useCan('reporting.dashboard');
  return (
    <Stack gap={4} h="100%">
      {WORK.map((item) => (
        <Entry key={item.section} item={item} current={current} />
      ))}
      <Divider my={6} />
      <Entry item={ATTENTION} current={current} count={status?.attention ?? 0} />
      <Entry item={IMPROVEMENTS} current={current} />
      {seesReports && <Entry item={REPORTS} current={current} />}
      {seesPerformance && <Entry item={PERFORMANCE} current={current} />}
      <Entry item={POST} current={current} />
      <Entry item={SETTINGS} current={current} />
    </Stack>
  );
}

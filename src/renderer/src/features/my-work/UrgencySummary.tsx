// The counts at the top of a work list: overdue, due today, due soon (and health and safety risks).
import { Group, Paper, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconClockHour4, IconFirstAidKit } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { RAG_LABELS } from '../../../../shared/complaints/deadlines';
import type { UrgencyCounts } from './urgency';

function Tile({
  count,
  label,
  icon,
  color,
  exact,
  testId,
}: {
  count: number;
  label: string;
  icon: ReactNode;
  color: string;
  exact: boolean;
  testId: string;
}) {
  const shown = `${count.toLocaleString('en-GB')}${exact ? '' : '+'}`;
  // Nothing in this group: grey, so the eye goes to the groups that need something done.
  const tone = count > 0 ? color : 'gray.5';
  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py="sm"
      component="li"
      data-testid={testId}
      style={{ listStyle: 'none', borderLeft: `5px solid var(--mantine-color-${tone.replace('.', '-')})` }}
    >
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon
          color={count > 0 ? color : 'gray.1'}
          c={count > 0 ? undefined : 'gray.7'}
          variant="filled"
          size="lg"
          radius="xl"
          aria-hidden
        >
          {icon}
        </ThemeIcon>
        <div>
          <Text fz={26} fw={700} lh={1.1} data-count={count}>
            {shown}
          </Text>
          <Text size="sm">{label}</Text>
        </div>
      </Group>
    </Paper>
  );
}

export function UrgencySummary({
  counts,
  label,
  showHealthAndSafety = true,
}: {
  counts: UrgencyCounts;
  label: string;
  showHealthAndSafety?: boolean;
}) {
  const { exact } = counts;
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 2, md: 4 }}
      spacing="sm"
      p={0}
      m={0}
      maw={1000}
      aria-label={label}
    >
      <Tile
        count={counts.overdue}
        label={RAG_LABELS.overdue}
        icon={<IconAlertTriangle size={18} />}
        color="red.9"
        exact={exact}
        testId="count-overdue"
      />
      <Tile
        count={counts.dueToday}
        label={RAG_LABELS.due_today}
        icon={<IconAlarm size={18} />}
        color="orange.9"
        exact={exact}
        testId="count-due-today"
      />
      <Tile
        count={counts.dueSoon}
        label={RAG_LABELS.due_soon}
        icon={<IconClockHour4 size={18} />}
        color="yellow.7"
        exact={exact}
        testId="count-due-soon"
      />
      {showHealthAndSafety && (
        <Tile
          count={counts.healthAndSafety}
          label="Health and safety risk"
          icon={<IconFirstAidKit size={18} />}
          color="red.9"
          exact={counts.healthAndSafetyExact}
          testId="count-hs"
        />
      )}
    </SimpleGrid>
  );
}

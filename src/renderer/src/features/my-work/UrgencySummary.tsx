// The counts at the top of a work list — overdue, due today, due soon, health and safety risk —
// each a toggle that shows only those cases (pressed again, or another, to change).
import { Group, Paper, SimpleGrid, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconClockHour4, IconFirstAidKit } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { RAG_LABELS } from '../../../../shared/complaints/deadlines';
import type { UrgencyFilter } from '../../../../shared/complaints/urgencyBands';
import type { UrgencyTiles } from '../../../../shared/contract/complaintTypes';

function Tile({
  count,
  label,
  icon,
  color,
  pressed,
  onToggle,
  testId,
}: {
  count: number;
  label: string;
  icon: ReactNode;
  color: string;
  pressed: boolean;
  onToggle: () => void;
  testId: string;
}) {
  // Nothing in this group: grey, so the eye goes to the groups that need something done.
  const tone = count > 0 ? color : 'gray.5';
  const cssTone = `var(--mantine-color-${tone.replace('.', '-')})`;
  return (
    <li style={{ listStyle: 'none' }}>
      <UnstyledButton
        aria-pressed={pressed}
        onClick={onToggle}
        data-testid={testId}
        w="100%"
        title={pressed ? `Showing only: ${label}. Press again to show every case.` : `Show only: ${label}`}
      >
        <Paper
          withBorder
          radius="md"
          px="md"
          py="sm"
          bg={pressed ? 'indigo.0' : undefined}
          style={{
            borderLeft: `5px solid ${cssTone}`,
            outline: pressed ? '2px solid var(--mantine-color-indigo-8)' : undefined,
          }}
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
                {count.toLocaleString('en-GB')}
              </Text>
              <Text size="sm">
                {label}
                {pressed ? ' (shown)' : ''}
              </Text>
            </div>
          </Group>
        </Paper>
      </UnstyledButton>
    </li>
  );
}

export function UrgencySummary({
  tiles,
  active,
  onToggle,
  label,
  showHealthAndSafety = true,
}: {
  tiles: UrgencyTiles;
  /** The tile whose cases alone are shown, if any. */
  active: UrgencyFilter | null;
  onToggle: (urgency: UrgencyFilter | null) => void;
  label: string;
  showHealthAndSafety?: boolean;
}) {
  const tile = (urgency: UrgencyFilter) => ({
    pressed: active === urgency,
    onToggle: () => onToggle(active === urgency ? null : urgency),
  });
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
        count={tiles.overdue}
        label={RAG_LABELS.overdue}
        icon={<IconAlertTriangle size={18} />}
        color="red.9"
        testId="count-overdue"
        {...tile('overdue')}
      />
      <Tile
        count={tiles.dueToday}
        label={RAG_LABELS.due_today}
        icon={<IconAlarm size={18} />}
        color="orange.9"
        testId="count-due-today"
        {...tile('due_today')}
      />
      <Tile
        count={tiles.dueSoon}
        label={RAG_LABELS.due_soon}
        icon={<IconClockHour4 size={18} />}
        color="yellow.7"
        testId="count-due-soon"
        {...tile('due_soon')}
      />
      {showHealthAndSafety && (
        <Tile
          count={tiles.healthAndSafety}
          label="Health and safety risk"
          icon={<IconFirstAidKit size={18} />}
          color="red.9"
          testId="count-hs"
          {...tile('health_and_safety')}
        />
      )}
    </SimpleGrid>
  );
}

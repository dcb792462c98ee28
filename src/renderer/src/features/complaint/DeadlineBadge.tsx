// How close the next Code deadline is: colour, an icon and words ("3 working days left"), so the
// state never rests on colour alone. Used on the case page and in lists.
import { Badge } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconCircleCheck,
  IconClockExclamation,
} from '@tabler/icons-react';
import type { DeadlineView } from '../../../../shared/contract/types';
import { RAG_LABELS, type Rag } from '../../../../shared/complaints/deadlines';
import { formatIsoDate, workingDays } from '../../ui/dates';
import { deadlineWhat } from './labels';

// Filled, with the theme's autoContrast choosing dark or white text (both above 4.5:1).
const COLOURS: Record<Rag, string> = {
  overdue: 'red.9',
  due_today: 'orange.5',
  due_soon: 'yellow.4',
  on_track: 'green.9',
};

const ICONS: Record<Rag, typeof IconAlertOctagon> = {
  overdue: IconAlertOctagon,
  due_today: IconAlertTriangle,
  due_soon: IconClockExclamation,
  on_track: IconCircleCheck,
};

/** The words on the badge: "On track · 7 working days left", "2 working days overdue". */
export function deadlineWords(d: Pick<DeadlineView, 'rag' | 'workingDaysLeft'>): string {
  switch (d.rag) {
    case 'overdue':
      return `${workingDays(Math.abs(d.workingDaysLeft))} overdue`;
    case 'due_today':
      return RAG_LABELS.due_today;
    case 'due_soon':
      return `Due soon · ${workingDays(d.workingDaysLeft)} left`;
    case 'on_track':
      return `${RAG_LABELS.on_track} · ${workingDays(d.workingDaysLeft)} left`;
  }
}

export function DeadlineBadge({
  deadline,
  size = 'md',
}: {
  deadline: DeadlineView | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  if (!deadline) return null;
  const Icon = ICONS[deadline.rag];
  const words = deadlineWords(deadline);
  return (
    <Badge
      color={COLOURS[deadline.rag]}
      variant="filled"
      radius="sm"
      size={size}
      leftSection={<Icon size={size === 'sm' ? 12 : 14} aria-hidden />}
      title={`${RAG_LABELS[deadline.rag]}: ${deadlineWhat(deadline).toLowerCase()} by ${formatIsoDate(deadline.due)}`}
      data-rag={deadline.rag}
    >
      {words}
    </Badge>
  );
}

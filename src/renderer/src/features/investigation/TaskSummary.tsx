// One investigation task as a line of text: what, with whom, when due, who has it and its state.
// Overdue is said in words (and an icon), never by colour alone.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { InvestigationTask } from '../../../../shared/contract/investigationTypes';
import { WORK_ITEM_STATUS_LABELS } from '../../../../shared/domain/vocabulary';
import { formatIsoDate } from '../../ui/dates';

export function TaskStatus({ task }: { task: InvestigationTask }) {
  if (task.overdue)
    return (
      <Badge color="red.9" radius="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
        Overdue
      </Badge>
    );
  return (
    <Badge color={task.status === 'open' ? 'blue.9' : 'gray.7'} variant="outline" radius="sm">
      {WORK_ITEM_STATUS_LABELS[task.status]}
    </Badge>
  );
}

export function TaskSummary({ task }: { task: InvestigationTask }) {
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TaskStatus task={task} />
        <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
          {task.what}
        </Text>
      </Group>
      <Text size="sm">
        With {task.withWhom} · {task.status === 'open' ? 'due' : 'was due'} {formatIsoDate(task.dueOn)}
        {task.overdue ? ' (past its due date)' : ''} · {task.assigneeName ?? 'not assigned'}
      </Text>
      {task.answer && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>
            {task.status === 'cancelled' ? 'Not needed:' : `Answer (${formatIsoDate(task.doneOn)}):`}
          </Text>{' '}
          {task.answer}
        </Text>
      )}
    </Stack>
  );
}

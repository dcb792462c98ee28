// The case's investigation tasks, by due date: open ones can be marked done with their answer.
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { InvestigationTask } from '../../../../shared/contract/investigationTypes';
import { plural } from '../../ui/format';
import { Subsection } from '../../ui/Section';
import { TaskSummary } from './TaskSummary';

export function TasksPanel({
  tasks,
  pointLabel,
  onAdd,
  onDone,
}: {
  tasks: InvestigationTask[];
  pointLabel: (pointId: string | null) => string | undefined;
  onAdd: () => void;
  onDone: (task: InvestigationTask) => void;
}) {
  const overdue = tasks.filter((t) => t.overdue).length;
  return (
    <Subsection
      title="Investigation tasks"
      id="investigation-tasks"
      actions={
        <Button
          size="compact-md"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAdd}
        >
          Add a task
        </Button>
      }
    >
      {overdue > 0 && (
        <Text size="sm" fw={600} c="red.9">
          {plural(overdue, 'task')} overdue.
        </Text>
      )}
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          No tasks yet.
        </Text>
      ) : (
        <Stack
          gap="md"
          component="ul"
          aria-label="Investigation tasks"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {tasks.map((t) => (
            <Box component="li" key={t.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  {pointLabel(t.pointId) && (
                    <Text size="xs" fw={600}>
                      {pointLabel(t.pointId)}
                    </Text>
                  )}
                  <TaskSummary task={t} />
                </div>
                {t.status === 'open' && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onDone(t)}
                    aria-label={`Mark done: ${t.what.slice(0, 40)}`}
                  >
                    Mark done
                  </Button>
                )}
              </Group>
            </Box>
          ))}
        </Stack>
      )}
    </Subsection>
  );
}

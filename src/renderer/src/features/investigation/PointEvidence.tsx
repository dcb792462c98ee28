// The evidence a point's findings rest on: the notes, tasks and attachments linked to it. The
// attachments feature adds and opens files; here they are named.
import { List, Text } from '@mantine/core';
import type { PointInvestigation } from '../../../../shared/contract/investigationTypes';
import { formatDateTime } from '../../ui/format';
import { TaskSummary } from './TaskSummary';

export function PointEvidence({ point, number }: { point: PointInvestigation; number: number }) {
  const { notes, tasks, attachments } = point;
  if (notes.length + tasks.length + attachments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No evidence linked to this point yet.
      </Text>
    );
  return (
    <List spacing="xs" size="sm" aria-label={`Evidence for point ${number}`}>
      {attachments.map((a) => (
        <List.Item key={a.id}>
          <Text span size="sm" fw={600}>
            File:
          </Text>{' '}
          {a.fileName}
          {a.caption ? ` — ${a.caption}` : ''}{' '}
          <Text span size="xs" c="dimmed">
            ({a.createdByName}, {formatDateTime(a.createdAt)})
          </Text>
        </List.Item>
      ))}
      {notes.map((n) => (
        <List.Item key={n.id}>
          <Text span size="sm" fw={600}>
            {n.correctsId ? 'Note (correction):' : n.correctedBy ? 'Note (corrected):' : 'Note:'}
          </Text>{' '}
          <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {n.text}
          </Text>{' '}
          <Text span size="xs" c="dimmed">
            ({n.createdByName}, {formatDateTime(n.createdAt)})
          </Text>
        </List.Item>
      ))}
      {tasks.map((t) => (
        <List.Item key={t.id}>
          <TaskSummary task={t} />
        </List.Item>
      ))}
    </List>
  );
}

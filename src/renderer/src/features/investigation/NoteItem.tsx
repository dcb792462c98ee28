// One case note: its words, who wrote it and when, and — when a later note corrects it — who
// corrected it and when. A corrected note stays fully readable.
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CaseNote } from '../../../../shared/contract/investigationTypes';
import { formatDateTime } from '../../ui/format';

export function NoteItem({ note, label, actions }: { note: CaseNote; label?: string; actions?: ReactNode }) {
  return (
    <Stack gap={2}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs">
          {note.correctsId && (
            <Badge variant="outline" color="blue.9" radius="sm">
              Correction
            </Badge>
          )}
          {note.correctedBy && (
            <Badge variant="outline" color="gray.7" radius="sm">
              Corrected
            </Badge>
          )}
          {label && (
            <Text size="xs" fw={600}>
              {label}
            </Text>
          )}
        </Group>
        {actions}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {note.text}
      </Text>
      <Text size="xs" c="dimmed">
        {note.createdByName}, {formatDateTime(note.createdAt)}
        {note.correctedBy &&
          ` · corrected by ${note.correctedBy.createdByName} on ${formatDateTime(note.correctedBy.createdAt)}`}
      </Text>
    </Stack>
  );
}

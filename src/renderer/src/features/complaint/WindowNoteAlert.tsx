// The Code's ground for declining: the issue was first noticed before the policy's complaint window.
// Shown in the complaint definition and again in the "Do not accept" dialog.
import { Alert, Text } from '@mantine/core';
import { IconHourglassLow } from '@tabler/icons-react';
import { formatIsoDate } from '../../ui/dates';

/** The main side's sentence, with its calendar dates written as people read them. */
export function readableWindowNote(note: string): string {
  return note.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatIsoDate(iso));
}

export function WindowNoteAlert({ note }: { note: string }) {
  return (
    <Alert
      role="note"
      color="yellow"
      variant="light"
      title="Older than the complaint window"
      icon={<IconHourglassLow aria-hidden />}
      p="sm"
    >
      <Text size="sm">{readableWindowNote(note)}</Text>
    </Alert>
  );
}

// The case's notes, each original with its corrections under it. Notes are only ever added: a
// correction is a new note, offered on the newest version of a note.
import { Box, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { CaseNote } from '../../../../shared/contract/investigationTypes';
import { noteThreads } from '../../../../shared/investigation/notes';
import { Subsection } from '../../ui/Section';
import { NoteItem } from './NoteItem';

export function NotesPanel({
  notes,
  pointLabel,
  onAdd,
  onCorrect,
}: {
  notes: CaseNote[];
  pointLabel: (pointId: string | null) => string | undefined;
  onAdd: () => void;
  onCorrect: (note: CaseNote) => void;
}) {
  const threads = noteThreads(notes);
  const correct = (n: CaseNote) =>
    n.correctedBy ? undefined : (
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => onCorrect(n)}
        aria-label={`Correct the note: ${n.text.slice(0, 40)}`}
      >
        Correct
      </Button>
    );
  return (
    <Subsection
      title="Case notes"
      id="investigation-notes"
      actions={
        <Button
          size="compact-md"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAdd}
        >
          Add a note
        </Button>
      }
    >
      {threads.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <Stack gap="md" component="ul" aria-label="Case notes" m={0} p={0} style={{ listStyle: 'none' }}>
          {threads.map((t) => (
            <Box component="li" key={t.original.id}>
              <Stack gap="xs">
                <NoteItem
                  note={t.original}
                  label={pointLabel(t.original.pointId)}
                  actions={correct(t.original)}
                />
                {t.corrections.length > 0 && (
                  <Stack
                    gap="xs"
                    component="ul"
                    aria-label="Corrections"
                    m={0}
                    pl="md"
                    style={{ listStyle: 'none', borderLeft: '3px solid var(--mantine-color-gray-4)' }}
                  >
                    {t.corrections.map((c) => (
                      <Box component="li" key={c.id}>
                        <NoteItem note={c} actions={correct(c)} />
                      </Box>
                    ))}
                  </Stack>
                )}
              </Stack>
            </Box>
          ))}
        </Stack>
      )}
    </Subsection>
  );
}

// The case's notes, each original with its corrections under it. Notes are only ever added: a
// correction is a new note, offered on the newest version of a note.
import { Button, List, Stack, Text } from '@mantine/core';
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
        <List listStyleType="none" spacing="md" aria-label="Case notes" p={0}>
          {threads.map((t) => (
            <List.Item key={t.original.id}>
              <Stack gap="xs">
                <NoteItem
                  note={t.original}
                  label={pointLabel(t.original.pointId)}
                  actions={correct(t.original)}
                />
                {t.corrections.length > 0 && (
                  <List
                    listStyleType="none"
                    spacing="xs"
                    aria-label="Corrections"
                    pl="md"
                    style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}
                  >
                    {t.corrections.map((c) => (
                      <List.Item key={c.id}>
                        <NoteItem note={c} actions={correct(c)} />
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Subsection>
  );
}

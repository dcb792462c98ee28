// The Code's content check beside the editor: every item the letter's type must contain, ticked
// from the draft as last saved. Each item says in words whether it is there (not only by colour or
// icon), and the list is a live region so a screen reader hears an item being ticked.
import { Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { LetterCheck } from '../../../../shared/contract/letters';
import { Section } from '../../ui/Section';

export function Checklist({ check, issued }: { check: LetterCheck; issued: boolean }) {
  const missing = check.checklist.filter((c) => !c.present).length;
  return (
    <Section title="The Code’s checklist" id="letter-checklist" stack gap="sm">
      <Text size="sm" role="status" aria-live="polite" fw={600} c={check.ready ? 'teal.9' : 'red.9'}>
        {check.ready
          ? issued
            ? 'This letter contained everything the Code asks for.'
            : 'Everything the Code asks for is in this letter.'
          : `${missing} ${missing === 1 ? 'item is' : 'items are'} missing: the letter cannot be issued yet.`}
      </Text>
      <List spacing={6} listStyleType="none" aria-label="What this letter must contain" p={0} m={0}>
        {check.checklist.map((c) => (
          <List.Item key={c.item}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ThemeIcon size={20} radius="xl" color={c.present ? 'teal.9' : 'red.9'} aria-hidden>
                {c.present ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
              <Stack gap={0}>
                <Text size="sm">{c.label}</Text>
                <Text size="xs" c={c.present ? 'dimmed' : 'red.9'}>
                  {c.present ? 'Present' : 'Missing'}
                </Text>
              </Stack>
            </Group>
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

// The frame of every screen shown instead of the app while nobody is signed in: the page's one
// main landmark, a card in the middle, a lock and a heading.
import { Center, Group, Paper, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function GateFrame({
  title,
  titleId,
  children,
}: {
  title: string;
  titleId: string;
  children: ReactNode;
}) {
  return (
    <Center component="main" mih="100vh" p="lg" bg="gray.0">
      <Paper withBorder radius="md" p="xl" w={560} maw="100%" shadow="xs">
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <IconLock size={28} aria-hidden color="var(--mantine-color-indigo-8)" />
            <Title order={1} size="h2" id={titleId}>
              {title}
            </Title>
          </Group>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

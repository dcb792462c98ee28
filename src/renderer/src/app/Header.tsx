import { ActionIcon, Avatar, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { CommandBar } from '../features/command-bar';
import { LockButton } from '../features/sign-in';
import { ShareIndicator } from '../features/sync';
import { useSession } from '../api/SessionContext';

export function Header({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { me } = useSession();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Title order={2} size="h3" c="indigo.9">
          Redress
        </Title>
      </Group>
      <Group gap="md" wrap="nowrap">
        <CommandBar />
        <ShareIndicator />
        <Tooltip label="Keyboard shortcuts (?)">
          <ActionIcon
            variant="subtle"
            color="dark"
            size="lg"
            aria-label="Keyboard shortcuts"
            onClick={onShowShortcuts}
          >
            <IconKeyboard size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Group
          gap="xs"
          wrap="nowrap"
          aria-label={`Signed in as ${me.name}, ${ROLE_LABELS[me.role]}`}
          role="group"
        >
          <Avatar color="indigo.8" variant="filled" radius="xl" size="md" aria-hidden>
            {me.initials}
          </Avatar>
          <div>
            <Text size="sm" fw={600} lh={1.2}>
              {me.name}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {ROLE_LABELS[me.role]}
            </Text>
          </div>
        </Group>
        <LockButton />
      </Group>
    </Group>
  );
}

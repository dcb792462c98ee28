// The header's sync indicator: the central share's state in a few words, a popover with the
// details (last sync, changes waiting, the other computers), and the "needs attention" count.
import { Anchor, Badge, Button, Group, Popover, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconBellRinging, IconCloudOff } from '@tabler/icons-react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { messageOf } from '../../api/errors';
import { plural } from '../../ui/format';
import { ShareDetails } from './ShareDetails';
import { ShareStateIcon } from './ShareStateIcon';
import { describeShareState, TONE_COLOURS } from './shareState';
import { useShareStatus } from './ShareStatusProvider';
import { useShareAnnouncement } from './useShareAnnouncement';

export function ShareIndicator() {
  const { status, error } = useShareStatus();
  const [opened, setOpened] = useState(false);
  const dropdownTitle = useId();
  const view = status ? describeShareState(status) : null;
  const announcement = useShareAnnouncement(status, view);
  // Following a link (or a shortcut) to another page closes the details.
  useEffect(() => {
    const close = () => setOpened(false);
    window.addEventListener('hashchange', close);
    return () => window.removeEventListener('hashchange', close);
  }, []);
  // Escape closes the details even when the keyboard focus has fallen out of them to the page
  // (the popover itself only hears keys pressed inside it).
  useEffect(() => {
    if (!opened) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && document.activeElement === document.body) setOpened(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened]);

  let label: string;
  let colour: string;
  let icon: ReactNode;
  if (status && view) {
    label = view.label;
    colour = TONE_COLOURS[view.tone];
    icon = <ShareStateIcon status={status} />;
  } else if (error) {
    label = 'Sync status unknown';
    colour = 'gray.7';
    icon = <IconAlertTriangle size={16} aria-hidden />;
  } else {
    label = 'Checking the share…';
    colour = 'gray.7';
    icon = <IconCloudOff size={16} aria-hidden />;
  }
  const attention = status?.attention ?? 0;

  return (
    <Group gap="xs" wrap="nowrap">
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={380}
        shadow="md"
        withArrow
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <Button
            variant={status?.state === 'error' ? 'filled' : 'outline'}
            color={colour}
            size="sm"
            radius="sm"
            leftSection={icon}
            onClick={() => setOpened((o) => !o)}
            styles={{ label: { fontWeight: 600 } }}
          >
            <VisuallyHidden>Central share: </VisuallyHidden>
            {label}
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-labelledby={dropdownTitle}>
          <VisuallyHidden id={dropdownTitle}>Central share</VisuallyHidden>
          {status && view ? (
            <ShareDetails status={status} view={view} />
          ) : (
            <Text size="sm">
              {error
                ? `Redress could not check the central share: ${messageOf(error)}`
                : 'Checking the central share…'}
            </Text>
          )}
        </Popover.Dropdown>
      </Popover>
      {attention > 0 && (
        <Anchor
          href="#/attention"
          underline="never"
          aria-label={`${plural(attention, 'item needs', 'items need')} attention`}
        >
          <Badge
            color="orange.9"
            variant="filled"
            radius="sm"
            size="lg"
            leftSection={<IconBellRinging size={14} aria-hidden />}
            style={{ cursor: 'pointer' }}
          >
            {attention.toLocaleString('en-GB')}
          </Badge>
        </Anchor>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Group>
  );
}

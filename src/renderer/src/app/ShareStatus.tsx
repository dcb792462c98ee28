// The header's sync indicator: the central share's state in a few words, a popover with the
// details (last sync, changes waiting, the other computers), and the "needs attention" count.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Popover,
  RingProgress,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconBellRinging,
  IconCloudCheck,
  IconCloudOff,
  IconPlugConnectedX,
} from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { messageOf } from '../api/errors';
import { DeviceList } from '../features/sync/DeviceList';
import {
  describeShareState,
  progressPercent,
  TONE_COLOURS,
  type ShareStateView,
} from '../features/sync/shareState';
import { useShareStatus } from '../features/sync/ShareStatusProvider';
import { SyncNowButton } from '../features/sync/SyncNowButton';
import { formatDateTime, formatRelative, plural } from '../ui/format';
import { RouteLink } from '../ui/RouteLink';
import type { ShareStatus as Status } from '../../../shared/contract/types';

function StateIcon({ status }: { status: Status }) {
  switch (status.state) {
    case 'not_set_up':
      return <IconCloudOff size={16} aria-hidden />;
    case 'offline':
      return <IconPlugConnectedX size={16} aria-hidden />;
    case 'syncing': {
      const pct = progressPercent(status.progress);
      return (
        <RingProgress
          size={20}
          thickness={3}
          roundCaps
          sections={[{ value: pct ?? 15, color: 'indigo.8' }]}
          rootColor="indigo.1"
          aria-hidden
        />
      );
    }
    case 'up_to_date':
      return <IconCloudCheck size={16} aria-hidden />;
    case 'error':
      return <IconAlertTriangle size={16} aria-hidden />;
  }
}

/**
 * What screen readers hear: a change between settled states (offline, up to date, a problem, no
 * share), once. Not the first state on load, not counts, and not the brief "syncing" in between,
 * which comes and goes with every background sync.
 */
function useAnnouncement(status: Status | undefined, view: ShareStateView | null): string {
  const [said, setSaid] = useState('');
  const previous = useRef<string | null>(null);
  const settled = status && status.state !== 'syncing' ? status.state : null;
  const next = settled && view ? view.announcement : null;
  useEffect(() => {
    if (next === null) return;
    if (previous.current !== null && previous.current !== next) setSaid(next);
    previous.current = next;
  }, [next]);
  return said;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" ta="right" component="div">
        {children}
      </Text>
    </Group>
  );
}

function Details({ status, view }: { status: Status; view: ShareStateView }) {
  const connected = status.state !== 'not_set_up';
  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h5">
          {view.label}
        </Title>
        <Text size="sm" mt={4}>
          {view.explanation}
        </Text>
      </div>
      {status.state === 'error' && status.lastError && (
        <Alert
          role="note"
          color="red"
          variant="light"
          p="xs"
          icon={<IconAlertTriangle size={16} aria-hidden />}
        >
          <Text size="sm">{status.lastError}</Text>
        </Alert>
      )}
      {connected && (
        <Stack gap={6}>
          <Row label="Last successful sync">
            {status.lastSyncAt ? (
              <>
                {formatRelative(status.lastSyncAt)}
                <Text size="xs" c="dimmed">
                  {formatDateTime(status.lastSyncAt)}
                </Text>
              </>
            ) : (
              'Not yet'
            )}
          </Row>
          <Row label="Changes waiting to go out">{status.outbox.toLocaleString('en-GB')}</Row>
          {status.attention > 0 && (
            <Row label="Needs attention">
              <RouteLink to={{ name: 'attention' }}>{plural(status.attention, 'item')}</RouteLink>
            </Row>
          )}
        </Stack>
      )}
      {connected && (
        <>
          <Divider />
          <Title order={3} size="h6">
            Computers on this share
          </Title>
          <DeviceList devices={status.devices} size="sm" />
          <Divider />
        </>
      )}
      <Group justify="space-between">
        {connected ? <SyncNowButton size="xs" /> : <span />}
        <RouteLink to={{ name: 'settings' }} size="sm">
          {connected ? 'Share settings' : 'Set up in Settings'}
        </RouteLink>
      </Group>
    </Stack>
  );
}

export function ShareStatus() {
  const { status, error } = useShareStatus();
  const [opened, setOpened] = useState(false);
  const dropdownTitle = useId();
  const view = status ? describeShareState(status) : null;
  const announcement = useAnnouncement(status, view);
  // Following a link (or a shortcut) to another page closes the details.
  useEffect(() => {
    const close = () => setOpened(false);
    window.addEventListener('hashchange', close);
    return () => window.removeEventListener('hashchange', close);
  }, []);

  let label: string;
  let colour: string;
  let icon: ReactNode;
  if (status && view) {
    label = view.label;
    colour = TONE_COLOURS[view.tone];
    icon = <StateIcon status={status} />;
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
            <Details status={status} view={view} />
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

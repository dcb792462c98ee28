// Settings → Central share, for administrators: a join code a new computer types to join the
// share (it works once, for 24 hours), and approval of computers that joined without one.
import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { DeviceStatus, JoinCode } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { formatDateTime } from '../../ui/format';
import { useShareStatus } from './ShareStatusProvider';

export function JoinCodePanel({ devices }: { devices: DeviceStatus[] }) {
  const api = useApi();
  const { accept } = useShareStatus();
  const [issued, setIssued] = useState<JoinCode | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const waiting = devices.filter((d) => !d.approved);

  async function showCode() {
    setBusy('code');
    try {
      setIssued(await api.call('share.joinCode', {}));
    } catch (error) {
      notifications.show({ color: 'red.8', title: 'No join code', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  async function approve(device: DeviceStatus) {
    setBusy(device.replicaId);
    try {
      accept(await api.call('share.approve', { replicaId: device.replicaId }));
      notifications.show({
        color: 'teal.9',
        title: 'Computer approved',
        message: `Changes from ${device.label} are applied from now on.`,
      });
    } catch (error) {
      notifications.show({ color: 'red.8', title: 'Not approved', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="sm" maw={760}>
      <Title order={3} size="h5" mt="sm">
        Adding a computer
      </Title>
      <Text size="sm">
        The share is encrypted. A new computer joins with a join code shown here: type it on the new computer
        under Settings → Central share. A code works once, for 24 hours.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconKey size={18} aria-hidden />}
          loading={busy === 'code'}
          onClick={() => void showCode()}
        >
          Show a join code
        </Button>
      </Group>
      {issued && (
        <Alert color="blue" variant="light" title="Join code" role="status">
          <Stack gap={4}>
            <Code fz="xl" aria-label="Join code">
              {issued.code}
            </Code>
            <Text size="sm">Works once, until {formatDateTime(issued.expiresAt)}.</Text>
          </Stack>
        </Alert>
      )}
      {waiting.map((d) => (
        <Alert
          key={d.replicaId}
          color="orange"
          variant="light"
          title={`${d.label} is not approved`}
          role="note"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Its changes are held, not applied. Approve it only if you know this computer is one of your
              team’s.
            </Text>
            <Button
              size="xs"
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              loading={busy === d.replicaId}
              onClick={() => void approve(d)}
            >
              Approve {d.label}
            </Button>
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}

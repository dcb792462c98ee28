// The central share this computer is connected to: where, how it is going, sync now, disconnect.
import { Alert, Badge, Button, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ShareStatus } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { formatDateTime, formatRelative } from '../../ui/format';
import { RouteLink } from '../../nav/RouteLink';
import { DeviceList } from './DeviceList';
import { JoinCodePanel } from './JoinCodePanel';
import { ShareErrorAlert } from './ShareErrorAlert';
import { CredentialExpiryAlert } from './CredentialExpiryAlert';
import { BACKEND_NAMES, describeCreateOnly } from '../../../../shared/share/credential';
import { describeShareState, TONE_COLOURS } from './shareState';
import { useShareStatus } from './ShareStatusProvider';
import { SyncNowButton } from './SyncNowButton';

export function ConnectedShare({ status }: { status: ShareStatus }) {
  const api = useApi();
  const { accept, refresh } = useShareStatus();
  const [confirming, setConfirming] = useState(false);
  const [disconnecting, setDisconnecting] = useState(false);
  const view = describeShareState(status);

  async function disconnect() {
    setConfirming(false);
    setDisconnecting(true);
    try {
      accept(await api.call('share.disconnect', {}));
      notifications.show({
        color: 'teal.9',
        title: 'Disconnected from the central share',
        message: 'Everything on this computer is still here. You can join this share again at any time.',
      });
    } catch (error) {
      notifications.show({ color: 'red.8', title: 'Still connected', message: messageOf(error) });
    } finally {
      setDisconnecting(false);
      void refresh();
    }
  }

  return (
    <Stack gap="md">
      <Stack gap={6} align="flex-start">
        <Badge color={TONE_COLOURS[view.tone]} variant="filled" radius="sm" size="lg">
          {view.label}
        </Badge>
        <Text size="sm">{view.explanation}</Text>
      </Stack>
      <ShareErrorAlert status={status} />
      <CredentialExpiryAlert status={status} />
      <Table variant="vertical" layout="fixed" withTableBorder maw={760} aria-label="This computer’s share">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w={250}>
              {status.backend === 'folder' || !status.backend ? 'Folder' : 'Address'}
            </Table.Th>
            <Table.Td>
              <Code style={{ wordBreak: 'break-all' }}>{status.path ?? '(unknown)'}</Code>
            </Table.Td>
          </Table.Tr>
          {status.backend && (
            <Table.Tr>
              <Table.Th scope="row">Kind of share</Table.Th>
              <Table.Td>{BACKEND_NAMES[status.backend]}</Table.Td>
            </Table.Tr>
          )}
          {status.createOnly && (
            <Table.Tr>
              <Table.Th scope="row">Files are never replaced</Table.Th>
              <Table.Td>{describeCreateOnly(status.createOnly)}</Table.Td>
            </Table.Tr>
          )}
          {status.credentialExpires && (
            <Table.Tr>
              <Table.Th scope="row">Share link works until</Table.Th>
              <Table.Td>{formatDateTime(status.credentialExpires)}</Table.Td>
            </Table.Tr>
          )}
          {status.requestsPerQuietSync !== null && (
            <Table.Tr>
              <Table.Th scope="row">Requests when nothing is new</Table.Th>
              <Table.Td>
                {status.requestsPerQuietSync.toLocaleString('en-GB')} per sync (what a sync costs on a cloud
                store’s bill when nobody has changed anything)
              </Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th scope="row">Share id</Table.Th>
            <Table.Td>
              <Code>{status.shareId ?? '(unknown)'}</Code>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Last successful sync</Table.Th>
            <Table.Td>
              {status.lastSyncAt
                ? `${formatRelative(status.lastSyncAt)} (${formatDateTime(status.lastSyncAt)})`
                : 'Not yet'}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Changes waiting to go out</Table.Th>
            <Table.Td>{status.outbox.toLocaleString('en-GB')}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Needs attention</Table.Th>
            <Table.Td>
              {status.attention > 0 ? (
                <RouteLink to={{ name: 'attention' }}>
                  {status.attention.toLocaleString('en-GB')} {status.attention === 1 ? 'item' : 'items'}
                </RouteLink>
              ) : (
                'Nothing'
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group gap="sm">
        <SyncNowButton />
        <Button
          variant="outline"
          color="red.9"
          leftSection={<IconPlugConnectedX size={18} aria-hidden />}
          loading={disconnecting}
          onClick={() => setConfirming(true)}
        >
          Disconnect
        </Button>
      </Group>

      <Title order={3} size="h5" mt="sm">
        Computers on this share
      </Title>
      <DeviceList devices={status.devices} />
      <JoinCodePanel devices={status.devices} />

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Disconnect from the central share?"
      >
        <Stack>
          <Text>
            This computer stops exchanging changes with colleagues. Everything already on it stays here, and
            you can keep working offline. Nothing is removed from the shared folder.
          </Text>
          <Text>
            You can join this share again later from Settings. This computer cannot join a different share:
            its cases already belong to this one.
          </Text>
          {status.outbox > 0 && (
            <Alert role="note" color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              {status.outbox.toLocaleString('en-GB')} {status.outbox === 1 ? 'change' : 'changes'} from this
              computer {status.outbox === 1 ? 'has' : 'have'} not gone out yet. Colleagues will not see{' '}
              {status.outbox === 1 ? 'it' : 'them'} until you join again.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              Stay connected
            </Button>
            <Button color="red.9" onClick={() => void disconnect()}>
              Disconnect
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

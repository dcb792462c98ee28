// The details behind the header's sync indicator: the state explained, the last sync, changes
// waiting, the other computers on the share, and the way to Settings.
import { Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ShareStatus } from '../../../../shared/contract/types';
import { RouteLink } from '../../nav/RouteLink';
import { formatDateTime, formatRelative, plural } from '../../ui/format';
import { DeviceList } from './DeviceList';
import { ShareErrorAlert } from './ShareErrorAlert';
import { CredentialExpiryAlert } from './CredentialExpiryAlert';
import type { ShareStateView } from './shareState';
import { SyncNowButton } from './SyncNowButton';

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

export function ShareDetails({ status, view }: { status: ShareStatus; view: ShareStateView }) {
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
      <ShareErrorAlert status={status} compact />
      <CredentialExpiryAlert status={status} compact />
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

import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconClockExclamation, IconDeviceLaptop } from '@tabler/icons-react';
import type { DeviceStatus } from '../../../../shared/contract/types';
import { useSession } from '../../api/SessionContext';
import { formatDateTime, formatRelative } from '../../ui/format';
import { describeBehind } from './shareState';

function When({ iso, never }: { iso: string | null; never: string }) {
  if (!iso) return <>{never}</>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso)}
    </time>
  );
}

/** The computers seen on the share: who, when last seen, how far behind, held changes. */
export function DeviceList({ devices, size = 'sm' }: { devices: DeviceStatus[]; size?: 'xs' | 'sm' }) {
  const { status: app } = useSession();
  if (devices.length === 0) {
    return (
      <Text size={size} c="dimmed">
        No other computers have used this share yet.
      </Text>
    );
  }
  return (
    <List listStyleType="none" spacing="sm" aria-label="Computers on this share">
      {devices.map((d) => {
        const isThis = d.replicaId === app.installation.id;
        return (
          <List.Item key={d.replicaId}>
            <Stack gap={2}>
              <Group gap={6} wrap="nowrap">
                <IconDeviceLaptop size={16} aria-hidden style={{ flexShrink: 0 }} />
                <Text size={size} fw={600}>
                  {d.label}
                  {isThis ? ' (this computer)' : ''}
                </Text>
                {d.code && (
                  <Badge
                    variant="outline"
                    color="gray.7"
                    size="sm"
                    radius="sm"
                    title="Code in its case references"
                  >
                    {d.code}
                  </Badge>
                )}
              </Group>
              <Text size="xs">
                Last seen <When iso={d.lastSeenAt} never="never" />
                {' · '}
                Newest change <When iso={d.lastChangeAt} never="none yet" />
              </Text>
              {!isThis && <Text size="xs">{describeBehind(d)}</Text>}
              {d.held && (
                <Alert
                  role="note"
                  color="red"
                  variant="light"
                  p={6}
                  icon={<IconClockExclamation size={16} aria-hidden />}
                  title="Clock is wrong — changes held"
                >
                  <Text size="xs">
                    This computer’s date or time is too far ahead, so its changes wait here until a person
                    looks. Ask its owner to correct the date and time.
                  </Text>
                </Alert>
              )}
            </Stack>
          </List.Item>
        );
      })}
    </List>
  );
}

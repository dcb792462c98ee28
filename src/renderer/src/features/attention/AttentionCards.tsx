import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import type { AttentionItem, ConflictOption, DeviceStatus } from '../../../../shared/contract/types';
import { formatDateTime, formatRelative } from '../../ui/format';
import { RouteLink } from '../../nav/RouteLink';
import { fieldLabel, showValue } from '../../ui/values';
import { guidanceFor } from './kinds';

/** The case or record the item is about, as a link where there is a page for it. */
function Subject({ item }: { item: AttentionItem }) {
  if (item.caseReference) {
    return (
      <Text size="sm">
        Case{' '}
        <RouteLink to={{ name: 'case', id: item.caseReference }} fw={600}>
          {item.caseReference}
        </RouteLink>
        {item.field ? `, ${fieldLabel(item.field)}` : ''}
      </Text>
    );
  }
  if (item.entity === 'case' && item.entityId) {
    return (
      <Text size="sm">
        <RouteLink to={{ name: 'case', id: item.entityId }} fw={600}>
          Open the case
        </RouteLink>
        {item.field ? ` (${fieldLabel(item.field)})` : ''}
      </Text>
    );
  }
  if (item.entity === 'resident' && item.entityId) {
    return (
      <Text size="sm">
        <RouteLink to={{ name: 'resident', id: item.entityId }} fw={600}>
          Open the resident
        </RouteLink>
        {item.field ? ` (${fieldLabel(item.field)})` : ''}
      </Text>
    );
  }
  return null;
}

function Header({ item, titleId }: { item: AttentionItem; titleId: string }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Title order={3} size="h5" id={titleId}>
        {item.title}
      </Title>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(item.createdAt)}>
        Noticed {formatRelative(item.createdAt)}
      </Text>
    </Group>
  );
}

export function ConflictCard({
  item,
  busy,
  onKeep,
}: {
  item: AttentionItem;
  /** The hlc of the option being kept, while it is. */
  busy: string | null;
  onKeep: (item: AttentionItem, option: ConflictOption) => void;
}) {
  const titleId = useId();
  const latest = [...item.options].sort((a, b) => b.hlc.localeCompare(a.hlc))[0]?.hlc;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Header item={item} titleId={titleId} />
        <Subject item={item} />
        {item.detail && <Text size="sm">{item.detail}</Text>}
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" withTableBorder aria-label={`Values for: ${item.title}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Value</Table.Th>
                <Table.Th scope="col">Changed by</Table.Th>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">On computer</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Choose</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.options.map((o) => {
                const value = showValue(item.field, o.value, 200);
                return (
                  <Table.Tr key={o.hlc}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
                          {value}
                        </Text>
                        {o.hlc === latest && item.options.length > 1 && (
                          <Badge size="sm" variant="outline" color="gray.7" radius="sm">
                            Latest
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{o.by}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={o.at}>{formatDateTime(o.at)}</time>
                    </Table.Td>
                    <Table.Td>{o.device}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      <Button
                        size="xs"
                        variant="outline"
                        leftSection={<IconCheck size={14} aria-hidden />}
                        loading={busy === o.hlc}
                        disabled={busy !== null && busy !== o.hlc}
                        aria-label={`Keep this: ${value}, by ${o.by} on ${o.device}`}
                        onClick={() => onKeep(item, o)}
                      >
                        Keep this
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

export function NoticeCard({
  item,
  devices,
  action,
}: {
  item: AttentionItem;
  devices: DeviceStatus[];
  /** A button that settles the item, where there is one. */
  action?: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Header item={item} titleId={titleId} />
        <Subject item={item} />
        {item.detail && <Text size="sm">{item.detail}</Text>}
        <Text size="sm">
          <Text span fw={600} size="sm">
            What you can do:{' '}
          </Text>
          {guidanceFor(item, devices)}
        </Text>
        {action && <Group>{action}</Group>}
      </Stack>
    </Paper>
  );
}

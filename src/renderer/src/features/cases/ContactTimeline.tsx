import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import type { Contact } from '../../../../shared/contract/types';
import { CHANNEL_LABELS, DIRECTION_LABELS } from '../../../../shared/domain/vocabulary';
import { formatDateTime } from '../../ui/format';
import { RouteLink } from '../../nav/RouteLink';

/** Calls and other contacts, newest first. */
export function ContactTimeline({ contacts, show }: { contacts: Contact[]; show: 'resident' | 'case' }) {
  if (contacts.length === 0) return <Text c="dimmed">No calls or other contact recorded yet.</Text>;
  const sorted = [...contacts].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <Timeline bulletSize={24} lineWidth={2} active={sorted.length} color="indigo.8">
      {sorted.map((c) => (
        <Timeline.Item
          key={c.id}
          bullet={
            c.direction === 'inbound' ? (
              <IconArrowDownLeft size={14} aria-hidden />
            ) : (
              <IconArrowUpRight size={14} aria-hidden />
            )
          }
          title={
            <Group gap="xs">
              <Text fw={600} size="sm">
                {CHANNEL_LABELS[c.channel]} · {DIRECTION_LABELS[c.direction]}
              </Text>
              {show === 'resident' && c.caseReference && c.caseId && (
                <Badge variant="outline" color="indigo.8" radius="sm" style={{ textTransform: 'none' }}>
                  <RouteLink to={{ name: 'case', id: c.caseId }} size="xs">
                    {c.caseReference}
                  </RouteLink>
                </Badge>
              )}
              {show === 'case' && c.residentName && c.residentId && (
                <Text size="sm">
                  with <RouteLink to={{ name: 'resident', id: c.residentId }}>{c.residentName}</RouteLink>
                </Text>
              )}
            </Group>
          }
        >
          <Text size="xs" c="dimmed">
            <time dateTime={c.occurredAt}>{formatDateTime(c.occurredAt)}</time> · logged by {c.loggedByName}
          </Text>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {c.summary}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

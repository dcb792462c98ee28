// The Ombudsman's evidence requests and orders: what, when due, and whether done.
import { Badge, Button, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { OmbudsmanRequest } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { messageOf, wasSaved } from '../../api/errors';
import { formatIsoDate, todayIso } from '../../ui/dates';
import type { OnCaseSaved } from './commandForms/types';

export function OmbudsmanRequests({
  requests,
  editable,
  onSaved,
}: {
  requests: OmbudsmanRequest[];
  editable: boolean;
  onSaved: OnCaseSaved;
}) {
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const today = todayIso();

  async function markDone(r: OmbudsmanRequest) {
    setBusy(r.id);
    try {
      const d = await api.call('ombudsman.markDone', { id: r.id, doneOn: today });
      onSaved(d, `Marked done: ${r.detail}`);
    } catch (error) {
      notifications.show(
        wasSaved(error)
          ? { color: 'yellow.9', title: 'Marked done', message: messageOf(error) }
          : { color: 'red.8', title: 'Not marked done', message: messageOf(error) },
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} aria-label="Ombudsman requests and orders">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Done</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.kind === 'evidence' ? 'Evidence' : 'Order'}
              </Table.Td>
              <Table.Td>{r.detail}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatIsoDate(r.dueOn)}{' '}
                {!r.doneOn && r.dueOn < today && (
                  <Badge color="red.9" radius="sm" size="sm">
                    Overdue
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.doneOn ? (
                  formatIsoDate(r.doneOn)
                ) : editable ? (
                  <Button
                    size="compact-sm"
                    variant="light"
                    loading={busy === r.id}
                    onClick={() => void markDone(r)}
                    aria-label={`Mark done: ${r.detail}`}
                  >
                    Mark done
                  </Button>
                ) : (
                  'Not yet'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

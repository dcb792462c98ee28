// The letters going by post in the chosen dates, in the order they will print.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { PostLetter } from '../../../../shared/contract/post';
import { hrefFor } from '../../nav/routes';
import { formatIsoDate } from '../../ui/dates';
import { ListTable } from '../../ui/ListTable';

export function PostLettersTable({
  letters,
  loading,
  caption,
}: {
  letters: PostLetter[];
  loading: boolean;
  caption: string;
}) {
  return (
    <ListTable loading={loading} hasRows={letters.length > 0} caption={caption} minWidth={860}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Case</Table.Th>
          <Table.Th>To</Table.Th>
          <Table.Th>Letter</Table.Th>
          <Table.Th>Issued</Table.Th>
          <Table.Th>Posted</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {letters.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>
              <Anchor href={hrefFor({ name: 'case', id: l.reference })} style={{ whiteSpace: 'nowrap' }}>
                {l.reference}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {l.addresseeName}
              </Text>
              <Text size="sm" c="dimmed">
                {l.addressLines.join(', ') || 'No address recorded'}
              </Text>
              {l.copyTo && <Text size="sm">Copy to {l.copyTo}</Text>}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{l.label}</Text>
              {l.method === 'both' && (
                <Text size="sm" c="dimmed">
                  Also by email
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(l.issuedOn)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {l.postedOn ? (
                <Text size="sm">
                  {formatIsoDate(l.postedOn)}
                  {l.postedBy && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      by {l.postedBy}
                    </Text>
                  )}
                </Text>
              ) : (
                <Badge color="orange.9" variant="outline" radius="sm">
                  Not yet posted
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}

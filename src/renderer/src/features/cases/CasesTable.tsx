import { Table, Text } from '@mantine/core';
import type { CaseRow } from '../../../../shared/contract/types';
import { navigate } from '../../nav/useRoute';
import { CaseStatusBadge, CaseTypeBadge } from '../../ui/Badges';
import { formatDate, truncate } from '../../ui/format';
import { ListTable } from '../../ui/ListTable';
import { RouteLink } from '../../nav/RouteLink';

export function CasesTable({
  items,
  loading,
  caption,
  showResident = true,
}: {
  items: CaseRow[];
  loading: boolean;
  caption: string;
  showResident?: boolean;
}) {
  return (
    <ListTable
      loading={loading}
      hasRows={items.length > 0}
      caption={caption}
      minWidth={showResident ? 760 : 540}
      striped
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Reference</Table.Th>
          <Table.Th scope="col">Type</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
          {showResident && <Table.Th scope="col">Resident</Table.Th>}
          <Table.Th scope="col">Summary</Table.Th>
          <Table.Th scope="col">Opened</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr
            key={c.id}
            className="redress-row"
            style={{ cursor: 'pointer' }}
            onClick={(e) => {
              // Clicking anywhere on the row opens the case; the link handles keyboard.
              if ((e.target as HTMLElement).closest('a')) return;
              navigate({ name: 'case', id: c.id });
            }}
          >
            <Table.Td>
              <RouteLink to={{ name: 'case', id: c.id }} fw={600} style={{ whiteSpace: 'nowrap' }}>
                {c.reference}
              </RouteLink>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <CaseTypeBadge type={c.type} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <CaseStatusBadge status={c.status} />
            </Table.Td>
            {showResident && (
              <Table.Td>
                {c.residentName ?? (
                  <Text span c="dimmed" size="sm">
                    No resident
                  </Text>
                )}
              </Table.Td>
            )}
            <Table.Td title={c.summary}>{truncate(c.summary, 80)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}

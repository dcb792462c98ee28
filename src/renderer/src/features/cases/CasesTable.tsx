// A table of cases. The Cases list shows the columns each officer chooses (with next deadline and
// handler); other screens (a resident's cases) show the usual ones.
import { Stack, Table, Text } from '@mantine/core';
import type { CaseListRow, CaseRow } from '../../../../shared/contract/types';
import type { ListColumn } from '../../../../shared/lists/columns';
import { navigate } from '../../nav/useRoute';
import { CaseStatusBadge, CaseTypeBadge } from '../../ui/Badges';
import { formatIsoDate } from '../../ui/dates';
import { formatDate, truncate } from '../../ui/format';
import { ListTable } from '../../ui/ListTable';
import { RouteLink } from '../../nav/RouteLink';
import { DeadlineBadge } from '../complaint';

type Row = CaseRow & Partial<Pick<CaseListRow, 'ownerName' | 'deadline'>>;

const USUAL: readonly ListColumn[] = ['type', 'status', 'resident', 'subject', 'created'];

export function CasesTable({
  items,
  loading,
  caption,
  showResident = true,
  columns,
  sortedByDeadline = false,
}: {
  items: Row[];
  loading: boolean;
  caption: string;
  showResident?: boolean;
  /** The columns to show besides the reference (default: type, status, resident, summary, opened). */
  columns?: readonly ListColumn[];
  sortedByDeadline?: boolean;
}) {
  const shown = (columns ?? USUAL).filter((c) => showResident || c !== 'resident');
  const has = (c: ListColumn) => shown.includes(c);
  const nowrap = { whiteSpace: 'nowrap' } as const;
  return (
    <ListTable
      loading={loading}
      hasRows={items.length > 0}
      caption={caption}
      minWidth={shown.length > 5 ? 900 : showResident ? 760 : 540}
      striped
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Reference</Table.Th>
          {has('type') && <Table.Th scope="col">Type</Table.Th>}
          {has('status') && <Table.Th scope="col">Status</Table.Th>}
          {has('resident') && <Table.Th scope="col">Resident</Table.Th>}
          {has('subject') && <Table.Th scope="col">Summary</Table.Th>}
          {has('nextDeadline') && (
            <Table.Th scope="col" aria-sort={sortedByDeadline ? 'ascending' : undefined}>
              Next deadline
            </Table.Th>
          )}
          {has('handler') && <Table.Th scope="col">Handler</Table.Th>}
          {has('created') && <Table.Th scope="col">Opened</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr
            key={c.id}
            className="redress-row"
            style={{ cursor: 'pointer' }}
            data-reference={c.reference}
            onClick={(e) => {
              // Clicking anywhere on the row opens the case; the link handles keyboard.
              if ((e.target as HTMLElement).closest('a')) return;
              navigate({ name: 'case', id: c.id });
            }}
          >
            <Table.Td>
              <RouteLink to={{ name: 'case', id: c.id }} fw={600} style={nowrap}>
                {c.reference}
              </RouteLink>
            </Table.Td>
            {has('type') && (
              <Table.Td style={nowrap}>
                <CaseTypeBadge type={c.type} />
              </Table.Td>
            )}
            {has('status') && (
              <Table.Td style={nowrap}>
                <CaseStatusBadge status={c.status} />
              </Table.Td>
            )}
            {has('resident') && (
              <Table.Td>
                {c.residentName ?? (
                  <Text span c="dimmed" size="sm">
                    No resident
                  </Text>
                )}
              </Table.Td>
            )}
            {has('subject') && <Table.Td title={c.summary}>{truncate(c.summary, 80)}</Table.Td>}
            {has('nextDeadline') && (
              <Table.Td style={nowrap}>
                {c.deadline ? (
                  <Stack gap={2} align="flex-start">
                    <DeadlineBadge deadline={c.deadline} size="sm" />
                    <Text span size="sm">
                      {formatIsoDate(c.deadline.due)}
                    </Text>
                  </Stack>
                ) : (
                  <Text span size="sm" c="dimmed">
                    No deadline
                  </Text>
                )}
              </Table.Td>
            )}
            {has('handler') && (
              <Table.Td>
                {c.ownerName ?? (
                  <Text span size="sm" c="dimmed">
                    Nobody yet
                  </Text>
                )}
              </Table.Td>
            )}
            {has('created') && <Table.Td style={nowrap}>{formatDate(c.createdAt)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}

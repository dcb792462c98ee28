// Open cases, most urgent first: "My work" and the managers' "Open cases" both use it. The
// reference always shows; the other columns are the list's (Open cases lets each officer choose).
import { Stack, Table, Text } from '@mantine/core';
import type { ListColumn } from '../../../../shared/lists/columns';
import { CaseTypeBadge } from '../../ui/Badges';
import type { WorkItem } from '../../../../shared/contract/complaintTypes';
import { CASE_STATUS_LABELS, SERVICE_AREA_LABELS } from '../../../../shared/domain/vocabulary';
import { navigate } from '../../nav/useRoute';
import { DeadlineBadge, deadlineWhat } from '../complaint';
import { formatIsoDate } from '../../ui/dates';
import { ListTable } from '../../ui/ListTable';
import { RouteLink } from '../../nav/RouteLink';
import { HealthAndSafetyMarker } from './HealthAndSafetyMarker';
import { OverdueWorkMarker } from './OverdueWorkMarker';
import classes from './WorkTable.module.css';

/** My work's columns: the officer's own cases need no handler column. */
export const MY_WORK_COLUMNS: readonly ListColumn[] = ['resident', 'subject', 'stage', 'nextDeadline'];

export function WorkTable({
  items,
  loading,
  caption,
  label,
  columns = MY_WORK_COLUMNS,
}: {
  items: WorkItem[];
  loading: boolean;
  caption: string;
  /** The table's accessible name. */
  label: string;
  columns?: readonly ListColumn[];
}) {
  const has = (c: ListColumn) => columns.includes(c);
  return (
    <ListTable
      loading={loading}
      hasRows={items.length > 0}
      caption={caption}
      minWidth={columns.length > 5 ? 900 : 700}
      aria-label={label}
    >
      <Table.Thead>
        <Table.Tr>
          {has('type') && <Table.Th scope="col">Type</Table.Th>}
          <Table.Th scope="col">Case</Table.Th>
          {has('resident') && <Table.Th scope="col">Resident</Table.Th>}
          {has('subject') && <Table.Th scope="col">Subject</Table.Th>}
          {has('stage') && <Table.Th scope="col">Stage</Table.Th>}
          {/* The list is always in deadline order, soonest first (nothing due last). */}
          {has('nextDeadline') && (
            <Table.Th scope="col" aria-sort="ascending">
              Next deadline
            </Table.Th>
          )}
          {has('handler') && <Table.Th scope="col">Handler</Table.Th>}
          {has('serviceArea') && <Table.Th scope="col">Service area</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={item.id}
            className={item.hsRisk ? `${classes.row} ${classes.risk}` : classes.row}
            data-rag={item.deadline?.rag ?? 'none'}
            data-overdue-work={item.overdueWork ? 'yes' : undefined}
            data-reference={item.reference}
            onClick={(e) => {
              // Clicking anywhere on the row opens the case; the link handles the keyboard.
              if ((e.target as HTMLElement).closest('a')) return;
              navigate({ name: 'case', id: item.id });
            }}
          >
            {has('type') && (
              <Table.Td className={classes.nowrap}>
                <CaseTypeBadge type={item.type} />
              </Table.Td>
            )}
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <RouteLink to={{ name: 'case', id: item.id }} fw={600} className={classes.nowrap}>
                  {item.reference}
                </RouteLink>
                {item.hsRisk && <HealthAndSafetyMarker />}
                {item.overdueWork && <OverdueWorkMarker work={item.overdueWork} />}
              </Stack>
            </Table.Td>
            {has('resident') && (
              <Table.Td>
                {item.residentName ?? (
                  <Text span c="dimmed" size="sm">
                    No resident
                  </Text>
                )}
              </Table.Td>
            )}
            {has('subject') && (
              <Table.Td>
                <Text size="sm" title={item.summary} maw={300} lineClamp={2}>
                  {item.summary}
                </Text>
              </Table.Td>
            )}
            {has('stage') && (
              <Table.Td className={classes.nowrap}>{CASE_STATUS_LABELS[item.status]}</Table.Td>
            )}
            {has('nextDeadline') && (
              <Table.Td className={classes.nowrap}>
                {item.deadline ? (
                  <Stack gap={2} align="flex-start">
                    <DeadlineBadge deadline={item.deadline} size="lg" />
                    <Text span fw={600} size="sm">
                      {formatIsoDate(item.deadline.due)}
                    </Text>
                    <Text span c="dimmed" size="sm">
                      {deadlineWhat(item.deadline)}
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
                {item.ownerName ?? (
                  <Text span size="sm" c="dimmed">
                    Nobody yet
                  </Text>
                )}
              </Table.Td>
            )}
            {has('serviceArea') && (
              <Table.Td>
                {item.serviceArea ? (
                  SERVICE_AREA_LABELS[item.serviceArea]
                ) : (
                  <Text span size="sm" c="dimmed">
                    Not set
                  </Text>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}

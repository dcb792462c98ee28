// Open cases, most urgent first: "My work" and the managers' "Open cases" both use it.
import { Stack, Table, Text } from '@mantine/core';
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

export function WorkTable({
  items,
  loading,
  caption,
  label,
  showOwner = false,
  showServiceArea = false,
}: {
  items: WorkItem[];
  loading: boolean;
  caption: string;
  /** The table's accessible name. */
  label: string;
  showOwner?: boolean;
  showServiceArea?: boolean;
}) {
  return (
    <ListTable
      loading={loading}
      hasRows={items.length > 0}
      caption={caption}
      minWidth={showOwner ? 900 : 700}
      aria-label={label}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Case</Table.Th>
          <Table.Th scope="col">Resident</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
          <Table.Th scope="col">Next deadline</Table.Th>
          {showOwner && <Table.Th scope="col">Officer</Table.Th>}
          {showServiceArea && <Table.Th scope="col">Service area</Table.Th>}
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
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <RouteLink to={{ name: 'case', id: item.id }} fw={600} className={classes.nowrap}>
                  {item.reference}
                </RouteLink>
                {item.summary && (
                  <Text size="sm" c="dimmed" title={item.summary} maw={280} lineClamp={2}>
                    {item.summary}
                  </Text>
                )}
                {item.hsRisk && <HealthAndSafetyMarker />}
                {item.overdueWork && <OverdueWorkMarker work={item.overdueWork} />}
              </Stack>
            </Table.Td>
            <Table.Td>
              {item.residentName ?? (
                <Text span c="dimmed" size="sm">
                  No resident
                </Text>
              )}
            </Table.Td>
            <Table.Td className={classes.nowrap}>{CASE_STATUS_LABELS[item.status]}</Table.Td>
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
            {showOwner && (
              <Table.Td>
                {item.ownerName ?? (
                  <Text span size="sm" c="dimmed">
                    Nobody yet
                  </Text>
                )}
              </Table.Td>
            )}
            {showServiceArea && (
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

// The chosen region's bank holidays over the next 12 months, compactly.
import { Box, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { REGION_LABELS, type IsoDate, type Region } from '../../../../shared/complaints/calendar';
import { addMonths, formatIsoDate } from '../../ui/dates';

export function upcomingHolidays(
  holidays: ReadonlyArray<{ date: IsoDate; title: string }>,
  today: IsoDate,
): Array<{ date: IsoDate; title: string }> {
  const end = addMonths(today, 12);
  return holidays.filter((h) => h.date >= today && h.date < end);
}

export function BankHolidayList({
  holidays,
  region,
  today,
  pendingRegion,
}: {
  holidays: ReadonlyArray<{ date: IsoDate; title: string }>;
  /** The region these holidays are for (the saved one). */
  region: Region;
  today: IsoDate;
  /** A different region chosen but not saved yet. */
  pendingRegion: Region | null;
}) {
  const headingId = useId();
  const upcoming = upcomingHolidays(holidays, today);
  return (
    <Box>
      <Text fw={600} size="sm" id={headingId}>
        Bank holidays in {REGION_LABELS[region]}, next 12 months
      </Text>
      {pendingRegion && (
        <Text size="sm" c="dimmed" mb={4}>
          These are {REGION_LABELS[region]}’s. Save the policy to count {REGION_LABELS[pendingRegion]}’s bank
          holidays instead and list them here.
        </Text>
      )}
      {upcoming.length === 0 ? (
        <Text size="sm">No bank holidays are known for the next 12 months.</Text>
      ) : (
        <Table
          aria-labelledby={headingId}
          verticalSpacing={2}
          horizontalSpacing="sm"
          fz="sm"
          maw={520}
          withRowBorders={false}
          striped
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={150}>
                Date
              </Table.Th>
              <Table.Th scope="col">Holiday</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {upcoming.map((h) => (
              <Table.Tr key={h.date}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(h.date)}</Table.Td>
                <Table.Td>{h.title}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Box>
  );
}

// Every extension granted, with its reasons and when the resident was told (kept for CH02's
// figures "with and without agreed extensions").
import { Table, Text } from '@mantine/core';
import type { ExtensionRecord } from '../../../../shared/contract/types';
import { Section } from '../../ui/Section';
import { formatIsoDate } from '../../ui/dates';

export function ExtensionsList({ extensions }: { extensions: ExtensionRecord[] }) {
  if (extensions.length === 0) return null;
  return (
    <Section title="Extensions" id="complaint-extensions" gap="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} aria-labelledby="complaint-extensions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Stage</Table.Th>
              <Table.Th scope="col">New date</Table.Th>
              <Table.Th scope="col">Reason</Table.Th>
              <Table.Th scope="col">Resident told</Table.Th>
              <Table.Th scope="col">By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {extensions.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.stage}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(e.newDue)}</Table.Td>
                <Table.Td>
                  {e.reason}
                  {e.exceptionalReason && (
                    <Text size="sm" mt={2}>
                      <Text span fw={600}>
                        Beyond the Code’s limit:
                      </Text>{' '}
                      {e.exceptionalReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(e.residentToldOn)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.createdByName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

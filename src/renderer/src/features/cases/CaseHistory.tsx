import { Button, Collapse, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import type { ChangeEntry } from '../../../../shared/contract/types';
import { formatDateTime } from '../../ui/format';
import { fieldLabel, showValue as show } from '../../ui/values';

function describe(e: ChangeEntry): string {
  const what = e.entity.replace(/_/g, ' ');
  if (e.op === 'create') return `Created the ${what}`;
  if (!e.field) return `Changed the ${what}`;
  // Changes to the case's own records (points, extensions…) say which record they were on.
  return e.entity === 'case'
    ? `Changed ${fieldLabel(e.field)}`
    : `Changed the ${what}’s ${fieldLabel(e.field)}`;
}

/** The audit trail: who changed what, when, from what to what. */
export function CaseHistory({ history }: { history: ChangeEntry[] }) {
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  const sorted = [...history].sort((a, b) => b.hlc.localeCompare(a.hlc));
  return (
    <Stack gap="xs">
      <div>
        <Button
          variant="subtle"
          leftSection={
            opened ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />
          }
          aria-expanded={opened}
          aria-controls={id}
          onClick={toggle}
        >
          History ({history.length} {history.length === 1 ? 'change' : 'changes'})
        </Button>
      </div>
      <Collapse expanded={opened} id={id}>
        {sorted.length === 0 ? (
          <Text c="dimmed" size="sm">
            No changes recorded.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" striped aria-label="Case history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Who</Table.Th>
                  <Table.Th scope="col">What</Table.Th>
                  <Table.Th scope="col">Before → after</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((e) => (
                  <Table.Tr key={`${e.hlc}-${e.entity}-${e.field ?? ''}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                    <Table.Td>{e.actorName}</Table.Td>
                    <Table.Td>{describe(e)}</Table.Td>
                    <Table.Td>
                      {e.op === 'set' ? (
                        <>
                          {show(e.field, e.oldValue)} → {show(e.field, e.newValue)}
                        </>
                      ) : (
                        <Text span size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Collapse>
    </Stack>
  );
}

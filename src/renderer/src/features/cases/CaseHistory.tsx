// The case's history as the main side describes it (cases.history): who did what and when, in the
// screens' own words, with a filter by kind of record. It reloads whenever the case page's data
// changes (a save, a sync), so an edit shows in it at once.
import { Button, Collapse, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';

const EVERYTHING = 'everything';

export function CaseHistory({ caseId, changed }: { caseId: string; changed: unknown }) {
  const [opened, { toggle }] = useDisclosure(false);
  const [group, setGroup] = useState<string>(EVERYTHING);
  const id = useId();
  const { data, error, loading, reload } = useQuery('cases.history', { caseId });
  // The page's data is a new object after every save or sync: read the history again then.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changed]);

  const entries = useMemo(() => data ?? [], [data]);
  const groups = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
    return [
      { value: EVERYTHING, label: `Everything (${entries.length})` },
      ...[...counts].map(([g, n]) => ({ value: g, label: `${g} (${n})` })),
    ];
  }, [entries]);
  const shown = group === EVERYTHING ? entries : entries.filter((e) => e.group === group);
  const count = `${entries.length} ${entries.length === 1 ? 'change' : 'changes'}`;

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
          History {data ? `(${count})` : ''}
        </Button>
      </div>
      <Collapse expanded={opened} id={id}>
        {error ? (
          <ErrorAlert title="The history could not be read" error={error} onRetry={reload} />
        ) : entries.length === 0 ? (
          <Text c="dimmed" size="sm">
            {data ? 'No changes recorded.' : 'Reading the history…'}
          </Text>
        ) : (
          <Stack gap="sm" aria-busy={loading}>
            <Group>
              <Select
                label="Show"
                data={groups}
                value={groups.some((g) => g.value === group) ? group : EVERYTHING}
                onChange={(v) => setGroup(v ?? EVERYTHING)}
                allowDeselect={false}
                w={300}
              />
            </Group>
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
                  {shown.map((e) => (
                    <Table.Tr key={`${e.hlc}-${e.what}`}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                      <Table.Td>{e.actorName}</Table.Td>
                      <Table.Td>{e.what}</Table.Td>
                      <Table.Td>
                        {e.before !== null && e.after !== null ? (
                          <>
                            {e.before} → {e.after}
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
          </Stack>
        )}
      </Collapse>
    </Stack>
  );
}

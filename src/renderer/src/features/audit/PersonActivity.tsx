// Settings → Audit → a person's activity: pick a colleague and see what they changed and viewed,
// newest first, a page at a time (audit.activity).
import { Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { ActivityEntry } from '../../../../shared/contract/audit';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';

const PAGE = 50;

export function PersonActivity() {
  const api = useApi();
  const people = useQuery('people.list', {});
  const [personId, setPersonId] = useState<string | null>(null);
  const [entries, setEntries] = useState<ActivityEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tableId = useId();

  async function load(person: string, before: string | null) {
    setLoading(true);
    setError(null);
    try {
      const page = await api.call('audit.activity', {
        personId: person,
        limit: PAGE,
        ...(before ? { before } : {}),
      });
      setEntries((shown) => (before ? [...shown, ...page.entries] : page.entries));
      setNext(page.next);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }

  function choose(id: string | null) {
    setPersonId(id);
    setEntries([]);
    setNext(null);
    if (id) void load(id, null);
  }

  const chosen = people.data?.find((p) => p.id === personId);
  return (
    <Stack gap="xs" maw={900}>
      <Title order={3} size="h5">
        A person’s activity
      </Title>
      <Text size="sm">
        What a colleague changed and looked at, on every computer that has synced with this one.
      </Text>
      <Select
        label="Colleague"
        placeholder="Choose a colleague"
        data={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={personId}
        onChange={choose}
        searchable
        maw={360}
        nothingFoundMessage="No colleague has that name"
      />
      {error !== null && <ErrorAlert title="Their activity could not be read" error={error} />}
      {chosen && entries.length === 0 && !loading && error === null && (
        <Text size="sm" c="dimmed">
          {chosen.name} has not changed or viewed anything yet.
        </Text>
      )}
      {chosen && entries.length > 0 && (
        <Table
          id={tableId}
          aria-label={`Activity of ${chosen.name}, newest first`}
          striped
          fz="sm"
          verticalSpacing={4}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={190}>
                When
              </Table.Th>
              <Table.Th scope="col">What</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={`${e.kind}:${e.hlc}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{e.what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {personId && next && (
        <div>
          <Button variant="default" onClick={() => void load(personId, next)} loading={loading}>
            Show older activity
          </Button>
        </div>
      )}
    </Stack>
  );
}

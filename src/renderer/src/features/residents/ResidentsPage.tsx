import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../nav/useRoute';
import { VulnerableBadge } from '../../ui/Badges';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import { RouteLink } from '../../nav/RouteLink';
import { SearchBox } from '../../ui/SearchBox';

let rememberedQuery = '';

export function ResidentsPage() {
  const [query, setQuery] = useState(rememberedQuery);
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const found = useQuery(
    'residents.find',
    { query: debounced, limit: 50 },
    { enabled: debounced.length > 0 },
  );
  const items = found.data ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle documentTitle="Residents">Residents</PageTitle>
      <SearchBox
        label="Search residents"
        placeholder="Name, address, postcode or phone"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          rememberedQuery = e.currentTarget.value;
        }}
        w={420}
      />
      {!debounced ? (
        <Text>Type a name, address, postcode or phone number to find a resident.</Text>
      ) : found.error ? (
        <ErrorAlert title="Residents could not be searched" error={found.error} onRetry={found.reload} />
      ) : !found.data ? (
        <PageLoader label="Searching…" />
      ) : items.length === 0 ? (
        <Text role="status">No residents match “{debounced}”.</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-busy={found.loading}>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {`${items.length} ${items.length === 1 ? 'match' : 'matches'}${items.length === 50 ? ' (the first 50: add more words to narrow it down)' : ''}`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Address</Table.Th>
                <Table.Th scope="col">Postcode</Table.Th>
                <Table.Th scope="col">Phone</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Flags</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr
                  key={r.id}
                  className="redress-row"
                  style={{ cursor: 'pointer' }}
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest('a')) navigate({ name: 'resident', id: r.id });
                  }}
                >
                  <Table.Td>
                    <RouteLink to={{ name: 'resident', id: r.id }} fw={600}>
                      {r.name}
                    </RouteLink>
                  </Table.Td>
                  <Table.Td>{r.address ?? ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.postcode ?? ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.phone ?? ''}</Table.Td>
                  <Table.Td>{r.vulnerable && <VulnerableBadge />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

// The action tracker: every open promised action, overdue first, by owner and service area, a page
// at a time with the total; each row opens its case, and an update or completion is recorded here.
import { Button, Checkbox, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ActionTrackerPage } from '../../../../shared/contract/remedyTypes';
import { SERVICE_AREA_LABELS, SERVICE_AREAS, type ServiceArea } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import { RouteLink } from '../../nav/RouteLink';
import { formatIsoDate } from '../../ui/dates';
import { ErrorAlert } from '../../ui/Feedback';
import { plural } from '../../ui/format';
import { ListTable } from '../../ui/ListTable';
import { PageTitle } from '../../ui/PageTitle';
import { useDialog } from '../complaint';
import { ActionDialogs, DueWords, type ActionDialog } from '../remedies';
import { useReloadOnSync } from '../sync';

const PAGE = 25;
const AREA_OPTIONS = SERVICE_AREAS.map((a) => ({ value: a, label: SERVICE_AREA_LABELS[a] }));

function caption(data: ActionTrackerPage | undefined, page: number): string {
  if (!data) return 'Loading the open actions…';
  const { total } = data;
  if (total === 0) return 'No open promised actions match.';
  const from = (page - 1) * PAGE + 1;
  const to = Math.min(total, page * PAGE);
  const count = data.totalIsAtLeast
    ? `More than ${total.toLocaleString('en-GB')} open actions`
    : plural(total, 'open action');
  return `${count}, overdue first${total > PAGE ? ` — showing ${from} to ${to}` : ''}.`;
}

export function ActionTrackerPage() {
  const [owner, setOwner] = useState<string | null>(null);
  const [serviceArea, setServiceArea] = useState<ServiceArea | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const input = {
    limit: PAGE,
    offset: (page - 1) * PAGE,
    ...(owner ? { owner } : {}),
    ...(serviceArea ? { serviceArea } : {}),
    ...(overdue ? { overdue: true } : {}),
  };
  const { data, error, loading, reload } = useQuery('actions.list', input);
  const owners = useQuery('actions.owners', {});
  const reloadOwners = owners.reload;
  useReloadOnSync(reload);
  useReloadOnSync(reloadOwners);
  const dialog = useDialog<ActionDialog>();
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;

  return (
    <Stack gap="lg" maw={1300} aria-busy={loading}>
      <PageTitle documentTitle="Action tracker">Action tracker</PageTitle>
      <Text maw={760}>
        Every promised action still open, overdue first — including those on closed cases. Record each update
        given to the resident, and the evidence when it is done.
      </Text>
      <Group align="flex-end" gap="md">
        <Select
          label="Owner"
          description="A colleague or team with open actions."
          data={owners.data ?? []}
          value={owner}
          onChange={(v) => {
            setOwner(v);
            setPage(1);
          }}
          searchable
          clearable
          placeholder="Anyone"
          nothingFoundMessage="No open actions are theirs"
          w={260}
        />
        <Select
          label="Service area"
          data={AREA_OPTIONS}
          value={serviceArea}
          onChange={(v) => {
            setServiceArea(v as ServiceArea | null);
            setPage(1);
          }}
          clearable
          placeholder="Any"
          w={240}
        />
        <Checkbox
          label="Overdue only"
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      {error ? (
        <ErrorAlert title="The action tracker could not be loaded" error={error} onRetry={reload} />
      ) : (
        <>
          <ListTable
            loading={loading}
            hasRows={(data?.items.length ?? 0) > 0}
            caption={caption(data, page)}
            minWidth={1000}
            aria-label="Open promised actions"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Due</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">Owner</Table.Th>
                <Table.Th scope="col">Case</Table.Th>
                <Table.Th scope="col">Service area</Table.Th>
                <Table.Th scope="col">Record</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((a) => (
                <Table.Tr key={a.id} data-overdue={a.overdue}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Stack gap={2} align="flex-start">
                      <DueWords action={a} today={data.today} />
                      <Text size="sm">{formatIsoDate(a.dueOn)}</Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{a.what}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.owner}</Text>
                    <Text size="xs" c="dimmed">
                      Resident told: {a.ownerContact}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RouteLink to={{ name: 'case', id: a.caseId }} fw={600}>
                      {a.caseReference}
                    </RouteLink>
                    <Text size="xs" c="dimmed">
                      {a.residentName ?? 'No resident'}
                      {a.caseStatus === 'closed' ? ' · case closed' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.serviceArea ? SERVICE_AREA_LABELS[a.serviceArea] : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => dialog.open({ kind: 'update', action: a })}
                        aria-label={`Record an update: ${a.what}`}
                      >
                        Update
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => dialog.open({ kind: 'complete', action: a })}
                        aria-label={`Complete: ${a.what}`}
                      >
                        Complete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ListTable>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              aria-label="Pages of open actions"
              getControlProps={(c) => ({
                'aria-label': c === 'previous' ? 'Previous page' : c === 'next' ? 'Next page' : c,
              })}
            />
          )}
        </>
      )}
      <ActionDialogs
        dialog={dialog.value}
        opened={dialog.opened}
        onClose={dialog.close}
        onExited={dialog.exited}
        onSaved={(message) => {
          dialog.close();
          reload();
          reloadOwners();
          notifications.show({ color: 'teal.9', message });
        }}
      />
    </Stack>
  );
}

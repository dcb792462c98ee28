// The service improvement tracker ("you said, we did"): every improvement made because of
// complaints, its owner and status, and the cases behind it.
import { Anchor, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Improvement } from '../../../../shared/contract/learning';
import { SERVICE_AREA_LABELS } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import { hrefFor } from '../../nav/routes';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { ListTable } from '../../ui/ListTable';
import { PageTitle } from '../../ui/PageTitle';
import { plural } from '../../ui/format';
import { useReloadOnSync } from '../sync';
import { ImprovementForm } from './ImprovementForm';
import { ImprovementStatusBadge } from './ImprovementStatusBadge';

function YouSaidWeDid({ i }: { i: Improvement }) {
  return (
    <Stack gap={4}>
      <Text size="sm">
        <Text span fw={600}>
          You said:
        </Text>{' '}
        {i.youSaid ?? '—'}
      </Text>
      <Text size="sm">
        <Text span fw={600}>
          We did:
        </Text>{' '}
        {i.weDid ?? 'Not yet'}
      </Text>
    </Stack>
  );
}

export function ImprovementsPage() {
  const { data, error, loading, reload } = useQuery('improvements.list', {});
  useReloadOnSync(reload);
  // undefined: closed; null: adding a new one.
  const [editing, setEditing] = useState<Improvement | null | undefined>(undefined);

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between">
        <PageTitle documentTitle="Service improvements">Service improvements</PageTitle>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
          Add an improvement
        </Button>
      </Group>
      <Text c="dimmed" maw={760}>
        What has changed because residents complained: each improvement with its owner, where it stands, the
        cases behind it, and the “you said, we did” words to share with residents.
      </Text>
      {error && !data ? (
        <ErrorAlert title="The service improvements could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading the service improvements…" />
      ) : (
        <ListTable
          loading={loading}
          hasRows={data.length > 0}
          caption={data.length ? plural(data.length, 'service improvement') : 'No service improvements yet.'}
          minWidth={900}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Improvement</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Linked cases</Table.Th>
              <Table.Th>You said, we did</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Text fw={600}>{i.title}</Text>
                  {i.serviceArea && (
                    <Text size="sm" c="dimmed">
                      {SERVICE_AREA_LABELS[i.serviceArea]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{i.owner}</Table.Td>
                <Table.Td>
                  <ImprovementStatusBadge status={i.status} />
                </Table.Td>
                <Table.Td>
                  {i.caseCount === 0 ? (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      <Text size="sm">{plural(i.caseCount, 'case')}</Text>
                      <Group gap={6}>
                        {i.cases.slice(0, 5).map((c) => (
                          <Anchor
                            key={c.caseId}
                            size="sm"
                            href={hrefFor({ name: 'case', id: c.reference })}
                            style={{ whiteSpace: 'nowrap' }}
                          >
                            {c.reference}
                          </Anchor>
                        ))}
                        {i.caseCount > 5 && (
                          <Text size="sm" c="dimmed">
                            and {i.caseCount - 5} more
                          </Text>
                        )}
                      </Group>
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td maw={380}>
                  <YouSaidWeDid i={i} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(i)}
                    aria-label={`Edit ${i.title}`}
                  >
                    Edit
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
      )}
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? 'Edit the service improvement' : 'Add a service improvement'}
        size="lg"
      >
        {editing !== undefined && (
          <ImprovementForm
            editing={editing}
            onCancel={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

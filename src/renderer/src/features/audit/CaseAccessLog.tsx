// On the case page, for managers: who viewed the case, its resident, its attachments and letters
// (audit.caseViews), beside its history of changes. Collapsed until asked for.
import { Button, Collapse, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { canReadAudit } from '../../../../shared/audit/auditors';
import { useSession } from '../../api/SessionContext';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';

export function CaseAccessLog({ caseId }: { caseId: string }) {
  const { me } = useSession();
  if (!canReadAudit(me.role)) return null;
  return <AccessLog caseId={caseId} />;
}

function AccessLog({ caseId }: { caseId: string }) {
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  const { data, error, reload } = useQuery(
    'audit.caseViews',
    { caseIdOrReference: caseId },
    { enabled: opened },
  );
  const entries = data ?? [];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Who viewed this case">
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
            Who viewed this case {data ? `(${entries.length})` : ''}
          </Button>
        </div>
        <Collapse expanded={opened} id={id}>
          {error ? (
            <ErrorAlert title="The access log could not be read" error={error} onRetry={reload} />
          ) : !data ? (
            <Text size="sm" c="dimmed">
              Reading the access log…
            </Text>
          ) : entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody has viewed this case yet.
            </Text>
          ) : (
            <Table aria-label="Who viewed this case, newest first" striped fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={190}>
                    When
                  </Table.Th>
                  <Table.Th scope="col">Who</Table.Th>
                  <Table.Th scope="col">What</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e, n) => (
                  <Table.Tr key={n}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                    <Table.Td>{e.person}</Table.Td>
                    <Table.Td>{e.what}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}

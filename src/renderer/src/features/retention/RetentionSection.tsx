// Settings → Retention (managers and administrators): residents whose every case closed more than
// the retention period ago, named by initials only, each with "Erase…" to erase their personal
// data and leave the anonymised statistical record.
import { Alert, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { ErasureResult, RetentionDueResident } from '../../../../shared/contract/retention';
import { useSession } from '../../api/SessionContext';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { formatDate, plural } from '../../ui/format';
import { Section } from '../../ui/Section';
import { EraseResidentDialog } from './EraseResidentDialog';

export function RetentionSection() {
  const { me } = useSession();
  if (me.role !== 'manager' && me.role !== 'admin') return null;
  return <RetentionReview />;
}

function RetentionReview() {
  const due = useQuery('retention.due', {});
  const [erasing, setErasing] = useState<RetentionDueResident | null>(null);
  const [done, setDone] = useState<{ initials: string; result: ErasureResult } | null>(null);

  return (
    <Section title="Retention" id="settings-retention" titleSize="h3" p="lg" stack gap="md">
      <Text maw={760}>
        Residents’ files are kept for {due.data ? plural(due.data.years, 'year') : 'the retention period'}{' '}
        after their last case closed (set under Complaint policy). Those kept longer are listed here by
        initials only. Erasing replaces their name, contact details, address, needs, notes, calls, letters and
        attachments with an anonymised record: case types, dates, decisions and remedies stay, so past reports
        still add up.
      </Text>
      {done && (
        <Alert color="teal" variant="light" role="status" title="Personal data erased" maw={760}>
          {done.initials}: {plural(done.result.records, 'record')} on {plural(done.result.cases, 'case')}{' '}
          erased on this computer{done.result.homeErased ? ', their home’s address too' : ''}. Other computers
          erase it as they sync.
        </Alert>
      )}
      {due.error && !due.data ? (
        <ErrorAlert
          title="Redress could not list the files due for review"
          error={due.error}
          onRetry={due.reload}
        />
      ) : !due.data ? (
        <PageLoader label="Looking for files kept past the retention period…" />
      ) : due.data.residents.length === 0 ? (
        <Text c="dimmed" maw={760}>
          No resident’s files have been kept more than {plural(due.data.years, 'year')} after their last case
          closed (before {formatDate(due.data.cutoff)}).
        </Text>
      ) : (
        <Table withTableBorder maw={900} aria-label="Files kept past the retention period">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Resident</Table.Th>
              <Table.Th scope="col">Cases</Table.Th>
              <Table.Th scope="col">Last closed</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Action</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {due.data.residents.map((r) => (
              <Table.Tr key={r.residentId}>
                <Table.Td>{r.initials}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {r.cases.map((c) => (
                      <Text key={c.caseId} size="sm">
                        {c.reference} (closed {formatDate(c.closedOn)})
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>{formatDate(r.lastClosedOn)}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Button
                      size="compact-sm"
                      color="red"
                      variant="light"
                      onClick={() => setErasing(r)}
                      aria-label={`Erase the personal data of ${r.initials} (${r.cases.map((c) => c.reference).join(', ')})`}
                    >
                      Erase…
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EraseResidentDialog
        resident={erasing}
        onClose={() => setErasing(null)}
        onErased={(result) => {
          setDone({ initials: erasing?.initials ?? '', result });
          setErasing(null);
          due.reload();
        }}
      />
    </Section>
  );
}

// Contact with the resident before the response (the seeds' policies make two attempts).
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPhoneOutgoing } from '@tabler/icons-react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { formatDateTime } from '../../ui/format';
import { ContactAttemptForm } from './ContactAttemptForm';
import { ATTEMPT_OUTCOME_LABELS } from './labels';
import { useDialog } from './useDialog';

export function ContactAttempts({
  detail,
  onSaved,
}: {
  detail: CaseDetail;
  onSaved: (detail: CaseDetail, done: string) => void;
}) {
  const attempts = detail.complaint.contactAttempts;
  const dialog = useDialog<true>();
  const editable = detail.case.status !== 'closed';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="contact-attempts">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="contact-attempts">
            Contact before the response
          </Title>
          {editable && (
            <Button
              size="compact-md"
              variant="light"
              leftSection={<IconPhoneOutgoing size={16} aria-hidden />}
              onClick={() => dialog.open(true)}
            >
              Record a contact attempt
            </Button>
          )}
        </Group>
        {attempts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No attempts recorded. Try to speak to the resident before issuing a response.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={6} aria-labelledby="contact-attempts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Outcome</Table.Th>
                  <Table.Th scope="col">Note</Table.Th>
                  <Table.Th scope="col">By</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attempts.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.at)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{ATTEMPT_OUTCOME_LABELS[a.outcome]}</Table.Td>
                    <Table.Td>{a.note}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.byName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal
        opened={dialog.opened}
        onClose={dialog.close}
        onExitTransitionEnd={dialog.exited}
        title="Record a contact attempt"
        size="lg"
      >
        {dialog.value && (
          <ContactAttemptForm
            caseId={detail.case.id}
            onCancel={dialog.close}
            onSaved={(d, done) => {
              dialog.close();
              onSaved(d, done);
            }}
          />
        )}
      </Modal>
    </Paper>
  );
}

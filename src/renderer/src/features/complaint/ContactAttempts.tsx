// Contact with the resident before the response (the seeds' policies make two attempts).
import { Button, Modal, Table, Text } from '@mantine/core';
import { IconPhoneOutgoing } from '@tabler/icons-react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { CONTACT_OUTCOME_LABELS } from '../../../../shared/domain/vocabulary';
import { formatDateTime } from '../../ui/format';
import { Section } from '../../ui/Section';
import { ContactAttemptForm } from './ContactAttemptForm';
import { useDialog } from './useDialog';
import type { OnCaseSaved } from './commandForms/types';

export function ContactAttempts({ detail, onSaved }: { detail: CaseDetail; onSaved: OnCaseSaved }) {
  const attempts = detail.complaint.contactAttempts;
  const dialog = useDialog<true>();
  const editable = detail.case.status !== 'closed';
  return (
    <Section
      title="Contact before the response"
      id="contact-attempts"
      stack
      gap="sm"
      actions={
        editable && (
          <Button
            size="compact-md"
            variant="light"
            leftSection={<IconPhoneOutgoing size={16} aria-hidden />}
            onClick={() => dialog.open(true)}
          >
            Record a contact attempt
          </Button>
        )
      }
    >
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
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{CONTACT_OUTCOME_LABELS[a.outcome]}</Table.Td>
                  <Table.Td>{a.note}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.byName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
    </Section>
  );
}

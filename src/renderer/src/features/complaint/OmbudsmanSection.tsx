// The Housing Ombudsman's involvement, compactly: its reference, requests and orders, and its
// determination.
import { Button, Group, Modal, SimpleGrid, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { Section } from '../../ui/Section';
import { formatIsoDate } from '../../ui/dates';
import { Fact } from './Fact';
import { OmbudsmanDetailsForm } from './OmbudsmanDetailsForm';
import { OmbudsmanRequestForm } from './OmbudsmanRequestForm';
import { OmbudsmanRequests } from './OmbudsmanRequests';
import { useDialog } from './useDialog';
import type { OnCaseSaved } from './commandForms/types';

type Dialog = 'details' | 'request';

export function OmbudsmanSection({ detail, onSaved }: { detail: CaseDetail; onSaved: OnCaseSaved }) {
  const c = detail.complaint;
  const dialog = useDialog<Dialog>();
  const involved = Boolean(c.ombudsmanReference || c.ombudsmanRequests.length || c.ombudsmanDetermination);
  const saved = (d: CaseDetail, done: string) => {
    dialog.close();
    onSaved(d, done);
  };
  return (
    <Section
      title="Housing Ombudsman"
      id="complaint-ombudsman"
      stack
      gap="sm"
      actions={
        <Group gap="xs">
          <Button
            size="compact-md"
            variant="subtle"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => dialog.open('details')}
          >
            {involved ? 'Edit details' : 'Record a referral'}
          </Button>
          <Button
            size="compact-md"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => dialog.open('request')}
          >
            Add a request
          </Button>
        </Group>
      }
    >
      {!involved ? (
        <Text size="sm" c="dimmed">
          Not referred to the Ombudsman.
        </Text>
      ) : (
        <>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
            <Fact label="Reference">{c.ombudsmanReference ?? '—'}</Fact>
            <Fact label="Determination">{c.ombudsmanDetermination ?? 'Awaited'}</Fact>
            <Fact label="Determined on">{formatIsoDate(c.ombudsmanDeterminedOn)}</Fact>
          </SimpleGrid>
          {c.ombudsmanRequests.length > 0 && (
            <OmbudsmanRequests requests={c.ombudsmanRequests} editable onSaved={onSaved} />
          )}
        </>
      )}
      <Modal
        opened={dialog.opened}
        onClose={dialog.close}
        onExitTransitionEnd={dialog.exited}
        size="lg"
        title={dialog.value === 'request' ? 'Add an Ombudsman request' : 'Ombudsman details'}
      >
        {dialog.value === 'details' && (
          <OmbudsmanDetailsForm
            caseId={detail.case.id}
            complaint={c}
            onSaved={saved}
            onCancel={dialog.close}
          />
        )}
        {dialog.value === 'request' && (
          <OmbudsmanRequestForm caseId={detail.case.id} onSaved={saved} onCancel={dialog.close} />
        )}
      </Modal>
    </Section>
  );
}

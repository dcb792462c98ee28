// Settings → People: the colleagues cases can be handed to, and the teams. Nobody is deleted: a
// colleague who leaves is deactivated, so they are not offered for new work but stay named on the
// cases they had.
import { Button, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Colleague } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { useSession } from '../../api/SessionContext';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { Section } from '../../ui/Section';
import { ColleagueForm } from './ColleagueForm';
import { PeopleTable } from './PeopleTable';
import { TeamsEditor } from './TeamsEditor';

type Dialog = { kind: 'add' } | { kind: 'edit'; colleague: Colleague } | null;

export function PeopleSection() {
  const api = useApi();
  const { me } = useSession();
  const people = useQuery('people.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  function saved(c: Colleague, done: string) {
    setDialog(null);
    people.reload();
    notifications.show({ color: 'teal.9', message: done.replace('{name}', c.name) });
  }

  async function setActive(c: Colleague, active: boolean) {
    setBusyId(c.id);
    try {
      await api.call('people.update', { id: c.id, active });
      people.reload();
      notifications.show({
        color: 'teal.9',
        message: active
          ? `${c.name} is active again and can be given new work.`
          : `${c.name} is deactivated: not offered for new work, still named on their cases.`,
      });
    } catch (error) {
      notifications.show({ color: 'red.9', title: 'Not changed', message: messageOf(error) });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <Section
      title="People"
      id="settings-people"
      titleSize="h3"
      p="lg"
      stack
      gap="md"
      actions={
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden />}
          onClick={() => setDialog({ kind: 'add' })}
        >
          Add colleague
        </Button>
      }
    >
      <Text maw={760}>
        The colleagues cases can be handed to, with the contact details letters and residents need. They are
        shared with every computer on the central share.
      </Text>
      {people.error && !people.data ? (
        <ErrorAlert
          title="The list of colleagues could not be loaded"
          error={people.error}
          onRetry={people.reload}
        />
      ) : !people.data ? (
        <PageLoader label="Loading colleagues…" />
      ) : (
        <PeopleTable
          people={people.data}
          meId={me.id}
          busyId={busyId}
          onEdit={(colleague) => setDialog({ kind: 'edit', colleague })}
          onSetActive={(c, active) => void setActive(c, active)}
        />
      )}
      <Stack gap="xs">
        <TeamsEditor />
      </Stack>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={dialog?.kind === 'edit' ? `Edit ${dialog.colleague.name}` : 'Add a colleague'}
      >
        {dialog && (
          <ColleagueForm
            colleague={dialog.kind === 'edit' ? dialog.colleague : undefined}
            onSaved={(c) => saved(c, dialog.kind === 'edit' ? '{name}’s details saved.' : '{name} added.')}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </Section>
  );
}

// The case's promised actions: what, who owns it and the contact given, due (overdue in words),
// each update given to the resident, and the evidence it was done. They stay open after the case
// closes; the case then says who manages them.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Remedy } from '../../../../shared/contract/remedyTypes';
import { CHANNEL_LABELS } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import { formatIsoDate } from '../../ui/dates';
import { ErrorAlert } from '../../ui/Feedback';
import { Section } from '../../ui/Section';
import { useDialog } from '../complaint';
import { useReloadOnSync } from '../sync';
import { ActionDialogs, type ActionDialog } from './ActionDialogs';
import { AddActionForm } from './ActionForms';
import { DueWords } from './DueWords';
import { SEPARATED } from './RemedyCard';

export function ActionsSection({ caseId, remedies }: { caseId: string; remedies: Remedy[] }) {
  const { data, error, reload } = useQuery('actions.forCase', { caseId });
  useReloadOnSync(reload);
  const add = useDialog<true>();
  const step = useDialog<ActionDialog>();
  const saved = (message: string) => {
    add.close();
    step.close();
    reload();
    notifications.show({ color: 'teal.9', message });
  };

  return (
    <Section
      title="Promised actions"
      id="case-promised-actions"
      actions={
        <Button size="compact-sm" variant="light" onClick={() => add.open(true)}>
          Add a promised action
        </Button>
      }
    >
      {data?.actionsManager && (
        <Alert color="blue" variant="light" mb="sm" title="Actions open at closure">
          Managed by {data.actionsManager}
        </Alert>
      )}
      {error ? (
        <ErrorAlert title="The promised actions could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <Text c="dimmed">Loading…</Text>
      ) : data.items.length === 0 ? (
        <Text c="dimmed">
          Nothing promised yet. Every remedy or decision that needs doing later is a promised action.
        </Text>
      ) : (
        <List listStyleType="none" spacing="md" aria-label="Promised actions">
          {data.items.map((a, i) => (
            <Stack
              key={a.id}
              gap={6}
              component="li"
              aria-label={a.what}
              style={i > 0 ? SEPARATED : undefined}
            >
              <Group gap="xs">
                <Text fw={600}>{a.what}</Text>
                <DueWords action={a} today={data.today} />
              </Group>
              <Text size="sm">
                {a.owner} · contact given: {a.ownerContact} · due {formatIsoDate(a.dueOn)}
              </Text>
              {a.status === 'done' && (
                <Text size="sm">
                  Done {a.completedOn ? formatIsoDate(a.completedOn) : ''}: {a.evidence}
                </Text>
              )}
              {a.updates.length > 0 && (
                <List size="sm" spacing={2} aria-label={`Updates to the resident: ${a.what}`}>
                  {a.updates.map((u) => (
                    <List.Item key={u.id}>
                      {formatIsoDate(u.updatedOn)}, {CHANNEL_LABELS[u.method].toLowerCase()}: {u.said}
                      {u.createdByName ? ` (${u.createdByName})` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => step.open({ kind: 'update', action: a })}
                  aria-label={`Record an update: ${a.what}`}
                >
                  Record an update
                </Button>
                {a.status === 'open' && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => step.open({ kind: 'complete', action: a })}
                    aria-label={`Complete: ${a.what}`}
                  >
                    Complete
                  </Button>
                )}
              </Group>
            </Stack>
          ))}
        </List>
      )}
      <Modal
        opened={add.opened}
        onClose={add.close}
        onExitTransitionEnd={add.exited}
        size="lg"
        title="Add a promised action"
      >
        {add.value && (
          <AddActionForm
            caseId={caseId}
            remedies={remedies}
            onCancel={add.close}
            onSaved={() => saved('Promised action added.')}
          />
        )}
      </Modal>
      <ActionDialogs
        dialog={step.value}
        opened={step.opened}
        onClose={step.close}
        onExited={step.exited}
        onSaved={saved}
      />
    </Section>
  );
}

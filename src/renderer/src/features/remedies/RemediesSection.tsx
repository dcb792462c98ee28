// The case's remedies ("putting things right"): add one, see the Ombudsman's band beside any
// compensation, the panel's sign-off, and take it through offered, accepted or declined, and paid.
import { Button, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ComplaintPoint } from '../../../../shared/contract/complaintTypes';
import type { Remedy, RemedyList } from '../../../../shared/contract/remedyTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import type { QueryState } from '../../api/useQuery';
import { useSession } from '../../api/SessionContext';
import { ErrorAlert } from '../../ui/Feedback';
import { Section } from '../../ui/Section';
import { formatPounds } from '../../../../shared/remedies/money';
import { useDialog } from '../complaint';
import { AddRemedyForm } from './AddRemedyForm';
import { RemedyCard } from './RemedyCard';
import { RemedyStepForm, STEP_WORDS, type RemedyStep } from './RemedyStepForm';

type Dialog = { kind: 'add' } | { kind: 'step'; step: RemedyStep; remedy: Remedy };

export function RemediesSection({
  caseId,
  points,
  query,
}: {
  caseId: string;
  points: ComplaintPoint[];
  query: QueryState<RemedyList>;
}) {
  const api = useApi();
  const { me } = useSession();
  const { data, error, reload } = query;
  const dialog = useDialog<Dialog>();
  const [busy, setBusy] = useState<string | null>(null);

  const saved = (message: string) => () => {
    dialog.close();
    reload();
    notifications.show({ color: 'teal.9', message });
  };

  async function approve(r: Remedy) {
    setBusy(r.id);
    try {
      await api.call('remedies.approve', { id: r.id });
      saved('The compensation panel’s approval is recorded.')();
    } catch (e) {
      notifications.show({ color: 'red.8', title: 'Not approved', message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  }

  const d = dialog.value;
  return (
    <Section
      title="Remedies"
      id="case-remedies"
      actions={
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => dialog.open({ kind: 'add' })}
          disabled={!data}
        >
          Add a remedy
        </Button>
      }
    >
      {error ? (
        <ErrorAlert title="The remedies could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <Text c="dimmed">Loading…</Text>
      ) : data.items.length === 0 ? (
        <Text c="dimmed">
          No remedies yet. Offers of compensation over {formatPounds(data.thresholdPence)} need the
          compensation panel’s sign-off before they are offered.
        </Text>
      ) : (
        <List listStyleType="none" spacing="md" aria-label="Remedies">
          {data.items.map((r, i) => (
            <RemedyCard
              key={r.id}
              separated={i > 0}
              remedy={r}
              source={data.bands.source}
              role={me.role}
              busy={busy === r.id}
              onApprove={() => void approve(r)}
              onStep={(step) => dialog.open({ kind: 'step', step, remedy: r })}
            />
          ))}
        </List>
      )}
      <Modal
        opened={dialog.opened}
        onClose={dialog.close}
        onExitTransitionEnd={dialog.exited}
        size="lg"
        title={d?.kind === 'add' ? 'Add a remedy' : d?.kind === 'step' ? STEP_WORDS[d.step].title : ''}
      >
        <Stack>
          {d?.kind === 'add' && data && (
            <AddRemedyForm
              caseId={caseId}
              points={points}
              policy={data}
              onSaved={saved('Remedy added.')}
              onCancel={dialog.close}
            />
          )}
          {d?.kind === 'step' && (
            <RemedyStepForm
              step={d.step}
              remedy={d.remedy}
              onSaved={saved(STEP_WORDS[d.step].done)}
              onCancel={dialog.close}
            />
          )}
        </Stack>
      </Modal>
    </Section>
  );
}

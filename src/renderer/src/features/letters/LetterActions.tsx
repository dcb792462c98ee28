// The draft's two ways out: Issue (only when the checklist is complete and the case still allows
// it; the reason is shown beside the button when not) and Discard, which asks first.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Letter } from '../../../../shared/contract/letters';
import { useApi } from '../../api/ApiContext';
import { navigate } from '../../nav/useRoute';
import { ModalForm, NO_FORM_ERRORS, placeErrors, useDialog, type FormErrors } from '../complaint';
import { IssueForm } from './IssueForm';

export function LetterActions({
  letter,
  saveAll,
  onIssued,
  onOutOfDate,
}: {
  letter: Letter;
  /** Saves every section still waiting; false when one could not be saved. */
  saveAll: () => Promise<boolean>;
  onIssued: (letter: Letter) => void;
  onOutOfDate: () => void;
}) {
  const issue = useDialog<true>();
  const discard = useDialog<true>();
  const [saving, setSaving] = useState(false);
  if (letter.status !== 'draft') return null;

  const notReady = letter.blocked
    ? letter.blocked
    : letter.ready
      ? null
      : `Not ready to issue: missing ${letter.missing.map((m) => m.label.charAt(0).toLowerCase() + m.label.slice(1)).join('; ')}.`;

  async function openIssue() {
    setSaving(true);
    try {
      if (await saveAll()) issue.open(true);
      else
        notifications.show({
          color: 'red.9',
          title: 'Not issued',
          message: 'A section is not saved yet. Your text is kept: try saving it again first.',
        });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap={4} align="flex-end" maw={420}>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => discard.open(true)}
        >
          Discard draft
        </Button>
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={() => void openIssue()}
          loading={saving}
          disabled={notReady !== null}
          aria-describedby={notReady ? 'issue-not-ready' : undefined}
        >
          Issue…
        </Button>
      </Group>
      {notReady && (
        <Text id="issue-not-ready" size="sm" c="red.9" ta="right">
          {notReady}
        </Text>
      )}
      <Modal
        opened={issue.opened}
        onClose={issue.close}
        onExitTransitionEnd={issue.exited}
        title="Issue the letter"
        size="lg"
      >
        {issue.value && (
          <IssueForm
            letter={letter}
            onCancel={issue.close}
            onRefused={onOutOfDate}
            onIssued={(issued) => {
              issue.close();
              notifications.show({
                color: 'teal.9',
                message: `${issued.label} issued and recorded on the case.`,
              });
              onIssued(issued);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={discard.opened}
        onClose={discard.close}
        onExitTransitionEnd={discard.exited}
        title="Discard this draft?"
      >
        {discard.value && <DiscardForm letter={letter} onCancel={discard.close} />}
      </Modal>
    </Stack>
  );
}

function DiscardForm({ letter, onCancel }: { letter: Letter; onCancel: () => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);

  async function submit() {
    setBusy(true);
    try {
      await api.call('letters.discard', { id: letter.id });
      notifications.show({
        color: 'teal.9',
        message: `The draft ${letter.label.toLowerCase()} was discarded.`,
      });
      navigate({ name: 'case', id: letter.caseId });
    } catch (error) {
      setErrors(placeErrors(error, []));
      setBusy(false);
    }
  }

  return (
    <ModalForm
      label="Discard this draft?"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Discard the draft"
      submitColor="red.9"
      focusCancel
    >
      <Text size="sm">
        The draft {letter.label.toLowerCase()} and what was written in it will be gone. Nothing was sent to
        the resident.
      </Text>
    </ModalForm>
  );
}

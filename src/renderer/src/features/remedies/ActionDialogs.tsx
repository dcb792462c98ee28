// The update and completion dialogs of one promised action, for the case page and the tracker.
import { Modal } from '@mantine/core';
import type { PromisedAction } from '../../../../shared/contract/remedyTypes';
import { ActionUpdateForm, CompleteActionForm } from './ActionForms';

export type ActionDialog = { kind: 'update' | 'complete'; action: PromisedAction };

export function ActionDialogs({
  dialog,
  opened,
  onClose,
  onExited,
  onSaved,
}: {
  dialog: ActionDialog | null;
  opened: boolean;
  onClose: () => void;
  onExited: () => void;
  onSaved: (message: string) => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onExited}
      size="lg"
      title={dialog?.kind === 'complete' ? 'Complete the action' : 'Record an update to the resident'}
    >
      {dialog?.kind === 'update' && (
        <ActionUpdateForm
          action={dialog.action}
          onCancel={onClose}
          onSaved={() => onSaved('Update recorded.')}
        />
      )}
      {dialog?.kind === 'complete' && (
        <CompleteActionForm
          action={dialog.action}
          onCancel={onClose}
          onSaved={() => onSaved(`Done: ${dialog.action.what}`)}
        />
      )}
    </Modal>
  );
}

// The next steps the Code allows for this case (exactly `complaint.allowed`), each a button that
// opens its dialog. Changing the case type (triage) lives in the Triage box beside the case.
import { Button, Group, Modal, Text } from '@mantine/core';
import type { ComplaintView } from '../../../../shared/contract/types';
import type { LifecycleCommandKind } from '../../../../shared/complaints/lifecycle';
import type { CaseStatus } from '../../../../shared/domain/vocabulary';
import { AcknowledgeForm } from './commandForms/AcknowledgeForm';
import { AssignForm } from './commandForms/AssignForm';
import { EscalateForm } from './commandForms/EscalateForm';
import { ExclusionForm } from './commandForms/ExclusionForm';
import { ExtendForm } from './commandForms/ExtendForm';
import { MergeForm } from './commandForms/MergeForm';
import { NoteCommandForm } from './commandForms/NoteCommandForm';
import { RespondForm } from './commandForms/RespondForm';
import type { CommandFormProps, OnCaseSaved } from './commandForms/types';
import { commandLabel } from './labels';
import { useDialog } from './useDialog';

type Offered = Exclude<LifecycleCommandKind, 'triage'>;

// The usual next step first (filled); the others follow as plain buttons.
const ORDER: Offered[] = [
  'acknowledge',
  'respond',
  'escalate',
  'close',
  'extend',
  'reopen',
  'refuse_escalation',
  'decline',
  'withdraw',
  'assign',
  'merge',
];

function CommandForm({ kind, ...props }: CommandFormProps & { kind: Offered }) {
  switch (kind) {
    case 'acknowledge':
      return <AcknowledgeForm {...props} />;
    case 'extend':
      return <ExtendForm {...props} />;
    case 'respond':
      return <RespondForm {...props} />;
    case 'escalate':
      return <EscalateForm {...props} />;
    case 'decline':
    case 'refuse_escalation':
      return <ExclusionForm kind={kind} {...props} />;
    case 'close':
    case 'withdraw':
    case 'reopen':
      return <NoteCommandForm kind={kind} {...props} />;
    case 'merge':
      return <MergeForm {...props} />;
    case 'assign':
      return <AssignForm {...props} />;
  }
}

export function LifecycleActions({
  caseId,
  reference,
  status,
  complaint,
  onSaved,
}: {
  caseId: string;
  reference: string;
  status: CaseStatus;
  complaint: ComplaintView;
  onSaved: OnCaseSaved;
}) {
  // The dialog works on the case as it was when opened, and keeps it while it fades out after a
  // save (when the case has already moved on).
  const dialog = useDialog<{ kind: Offered; status: CaseStatus; complaint: ComplaintView }>();
  const shown = dialog.value;
  const offered = ORDER.filter((k) => complaint.allowed.includes(k));
  return (
    <>
      {offered.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing more can be done on this case.
        </Text>
      ) : (
        <Group gap="sm" role="group" aria-label="Next steps">
          {offered.map((k, i) => (
            <Button
              key={k}
              variant={i === 0 ? 'filled' : 'default'}
              onClick={() => dialog.open({ kind: k, status, complaint })}
            >
              {commandLabel(k, status)}
            </Button>
          ))}
        </Group>
      )}
      <Modal
        opened={dialog.opened}
        onClose={dialog.close}
        title={shown ? commandLabel(shown.kind, shown.status) : ''}
        size="lg"
        onExitTransitionEnd={dialog.exited}
      >
        {shown && (
          <CommandForm
            kind={shown.kind}
            caseId={caseId}
            reference={reference}
            status={shown.status}
            complaint={shown.complaint}
            onCancel={dialog.close}
            onSaved={(detail, done) => {
              dialog.close();
              onSaved(detail, done);
            }}
          />
        )}
      </Modal>
    </>
  );
}

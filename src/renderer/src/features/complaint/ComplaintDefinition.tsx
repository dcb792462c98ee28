// The complaint definition the Code asks for at each stage: the points, in the resident's words,
// with the outcomes they seek and the decisions; what the landlord is responsible for; how the
// resident is kept informed; the adjustments agreed; and, for a group complaint, who is complaining.
// When the issue predates the complaint window, the Code's ground for declining is shown first.
import { Button, Modal, SimpleGrid, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import type { CaseDetail, ComplaintPoint } from '../../../../shared/contract/types';
import { SERVICE_AREA_LABELS } from '../../../../shared/domain/vocabulary';
import { Section, Subsection } from '../../ui/Section';
import { formatIsoDate } from '../../ui/dates';
import { AddPartyForm } from './AddPartyForm';
import { DefinitionForm } from './DefinitionForm';
import { Fact } from './Fact';
import { GroupComplaint } from './GroupComplaint';
import { PointCard } from './PointCard';
import { PointForm } from './PointForm';
import { useDialog } from './useDialog';
import { WindowNoteAlert } from './WindowNoteAlert';
import type { OnCaseSaved } from './commandForms/types';

type Dialog = { kind: 'point'; point?: ComplaintPoint } | { kind: 'definition' } | { kind: 'party' };

function dialogTitle(d: Dialog | null): string {
  switch (d?.kind) {
    case 'definition':
      return 'Edit the complaint definition';
    case 'party':
      return 'Add a resident to this complaint';
    case 'point':
      return d.point ? 'Edit the point of complaint' : 'Add a point of complaint';
    default:
      return '';
  }
}

export function ComplaintDefinition({ detail, onSaved }: { detail: CaseDetail; onSaved: OnCaseSaved }) {
  const complaint = detail.complaint;
  const editable = detail.case.status !== 'closed';
  const dialog = useDialog<Dialog>();
  const d = dialog.value;
  const saved = (next: CaseDetail, done: string) => {
    dialog.close();
    onSaved(next, done);
  };
  const notSet = (
    <Text span size="sm" c="dimmed">
      Not recorded
    </Text>
  );

  return (
    <Section title="Complaint definition" id="complaint-definition" stack gap="md">
      {complaint.windowNote && <WindowNoteAlert note={complaint.windowNote} />}

      <Subsection
        title="Points of complaint"
        id="complaint-points"
        actions={
          editable && (
            <Button
              size="compact-md"
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => dialog.open({ kind: 'point' })}
            >
              Add a point
            </Button>
          )
        }
      >
        {complaint.points.length === 0 ? (
          <Text size="sm" c="dimmed">
            No points recorded yet. Set out each thing the resident is unhappy about, in their words, with the
            outcome they want.
          </Text>
        ) : (
          complaint.points.map((p, i) => (
            <PointCard
              key={`${p.id}:${p.decision ?? ''}:${p.reasons ?? ''}`}
              point={p}
              number={i + 1}
              editable={editable}
              issuedOn={p.stage === 1 ? complaint.facts.stage1RespondedOn : complaint.facts.stage2RespondedOn}
              onEdit={() => dialog.open({ kind: 'point', point: p })}
              onSaved={onSaved}
            />
          ))
        )}
      </Subsection>

      <Subsection
        title="Responsibility and arrangements"
        id="complaint-details"
        actions={
          editable && (
            <Button
              size="compact-md"
              variant="subtle"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => dialog.open({ kind: 'definition' })}
            >
              Edit
            </Button>
          )
        }
      >
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
          <Fact label="Service area">
            {complaint.serviceArea ? SERVICE_AREA_LABELS[complaint.serviceArea] : notSet}
          </Fact>
          <Fact label="Issue first noticed">
            {complaint.issueNoticedOn ? formatIsoDate(complaint.issueNoticedOn) : notSet}
          </Fact>
          <Fact label="What we are and are not responsible for">
            {complaint.responsibilityNote ?? notSet}
          </Fact>
          <Fact label="Communication arrangements">{complaint.communicationArrangements ?? notSet}</Fact>
          <Fact label="Adjustments agreed">{complaint.adjustmentsAgreed ?? notSet}</Fact>
        </SimpleGrid>
      </Subsection>

      <GroupComplaint detail={detail} editable={editable} onAdd={() => dialog.open({ kind: 'party' })} />

      <Modal
        opened={dialog.opened}
        onClose={dialog.close}
        onExitTransitionEnd={dialog.exited}
        size="lg"
        title={dialogTitle(d)}
      >
        {d?.kind === 'point' && (
          <PointForm caseId={detail.case.id} point={d.point} onSaved={saved} onCancel={dialog.close} />
        )}
        {d?.kind === 'definition' && (
          <DefinitionForm
            caseId={detail.case.id}
            complaint={complaint}
            onSaved={saved}
            onCancel={dialog.close}
          />
        )}
        {d?.kind === 'party' && <AddPartyForm detail={detail} onSaved={saved} onCancel={dialog.close} />}
      </Modal>
    </Section>
  );
}

// The rest of the complaint definition: the service area, dates, what the landlord is and is not
// responsible for, how the resident is kept informed, and the adjustments agreed.
import { Group, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ComplaintView } from '../../../../shared/contract/types';
import { SERVICE_AREA_LABELS, SERVICE_AREAS, type ServiceArea } from '../../../../shared/domain/vocabulary';
import { UpdateComplaintInput } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { DateField } from '../../ui/DateField';
import { todayIso } from '../../ui/dates';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

const AREA_OPTIONS = SERVICE_AREAS.map((a) => ({ value: a, label: SERVICE_AREA_LABELS[a] }));

export function DefinitionForm({
  caseId,
  complaint,
  onSaved,
  onCancel,
}: {
  caseId: string;
  complaint: ComplaintView;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}) {
  const api = useApi();
  const [serviceArea, setServiceArea] = useState<ServiceArea | null>(complaint.serviceArea);
  const [receivedOn, setReceivedOn] = useState(complaint.facts.receivedOn ?? '');
  const [issueNoticedOn, setIssueNoticedOn] = useState(complaint.issueNoticedOn ?? '');
  const [responsibilityNote, setResponsibilityNote] = useState(complaint.responsibilityNote ?? '');
  const [communicationArrangements, setCommunication] = useState(complaint.communicationArrangements ?? '');
  const [adjustmentsAgreed, setAdjustments] = useState(complaint.adjustmentsAgreed ?? '');
  const { busy, check, run, shown } = useCaseAction(
    [
      'serviceArea',
      'receivedOn',
      'issueNoticedOn',
      'responsibilityNote',
      'communicationArrangements',
      'adjustmentsAgreed',
    ],
    { prefixes: ['changes'] },
  );

  // Only what changed, so a colleague's edit to another field is never overwritten.
  const changes: Record<string, string | null> = {};
  const put = (key: string, now: string | null, before: string | null) => {
    if ((now || null) !== (before || null)) changes[key] = now || null;
  };
  put('serviceArea', serviceArea, complaint.serviceArea);
  put('issueNoticedOn', issueNoticedOn, complaint.issueNoticedOn);
  put('responsibilityNote', responsibilityNote.trim(), complaint.responsibilityNote);
  put('communicationArrangements', communicationArrangements.trim(), complaint.communicationArrangements);
  put('adjustmentsAgreed', adjustmentsAgreed.trim(), complaint.adjustmentsAgreed);
  // The received date cannot be emptied: sent as typed, the schema refuses an empty one.
  if (receivedOn !== (complaint.facts.receivedOn ?? '')) changes.receivedOn = receivedOn;
  const local = check(
    UpdateComplaintInput,
    { id: caseId, changes },
    { receivedOn: 'Enter the date the complaint was received.' },
  );
  const shownErrors = shown(local);

  function submit() {
    if (Object.keys(changes).length === 0) return onCancel();
    void run(
      () => api.call('cases.updateComplaint', { id: caseId, changes }),
      (d) => onSaved(d, 'Complaint definition saved.'),
      local,
    );
  }

  return (
    <ModalForm
      label="Edit the complaint definition"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel="Save"
    >
      <Stack gap="md">
        <Select
          label="Service area"
          placeholder="Not set"
          data={AREA_OPTIONS}
          value={serviceArea}
          onChange={(v) => setServiceArea(v as ServiceArea | null)}
          error={shownErrors.fields.serviceArea}
          clearable
          w={320}
          maw="100%"
          data-autofocus
        />
        <Group gap="md" align="flex-start">
          <DateField
            label="Complaint received"
            value={receivedOn}
            onChange={setReceivedOn}
            max={todayIso()}
            error={shownErrors.fields.receivedOn}
            description="The Code’s clock starts here."
          />
          <DateField
            label="Issue first noticed"
            value={issueNoticedOn}
            onChange={setIssueNoticedOn}
            max={todayIso()}
            error={shownErrors.fields.issueNoticedOn}
            required={false}
            description="Or when the resident became aware."
          />
        </Group>
        <Textarea
          label="What we are and are not responsible for"
          value={responsibilityNote}
          onChange={(e) => setResponsibilityNote(e.currentTarget.value)}
          error={shownErrors.fields.responsibilityNote}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Textarea
          label="Communication arrangements"
          description="How and how often the resident will be kept informed."
          value={communicationArrangements}
          onChange={(e) => setCommunication(e.currentTarget.value)}
          error={shownErrors.fields.communicationArrangements}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Textarea
          label="Adjustments agreed"
          description="E.g. large print, an interpreter, contact through a named representative."
          value={adjustmentsAgreed}
          onChange={(e) => setAdjustments(e.currentTarget.value)}
          error={shownErrors.fields.adjustmentsAgreed}
          autosize
          minRows={2}
          maxRows={6}
        />
      </Stack>
    </ModalForm>
  );
}

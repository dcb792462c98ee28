// Adding or editing a service improvement: what, who owns it, where it stands, and the "you said,
// we did" words residents will read.
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Improvement } from '../../../../shared/contract/learning';
import type { ImprovementStatus, ServiceArea } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { FormAlert } from '../../ui/FormAlert';
import { IMPROVEMENT_STATUS_OPTIONS, SERVICE_AREA_OPTIONS } from './options';
import { useSave } from '../../ui/useSave';

export function ImprovementForm({
  editing,
  serviceArea,
  onSaved,
  onCancel,
}: {
  /** The improvement to edit; a new one when null. */
  editing: Improvement | null;
  /** A new improvement's service area to start from (the case's). */
  serviceArea?: ServiceArea | null;
  onSaved: (improvement: Improvement) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [title, setTitle] = useState(editing?.title ?? '');
  const [owner, setOwner] = useState(editing?.owner ?? '');
  const [status, setStatus] = useState<ImprovementStatus>(editing?.status ?? 'proposed');
  const [area, setArea] = useState<string | null>(editing?.serviceArea ?? serviceArea ?? null);
  const [youSaid, setYouSaid] = useState(editing?.youSaid ?? '');
  const [weDid, setWeDid] = useState(editing?.weDid ?? '');
  const { busy, errors, run } = useSave(['title', 'owner', 'status', 'serviceArea', 'youSaid', 'weDid']);
  const fields = errors.fields;
  const changeField = (key: string) => fields[key] ?? fields[`changes.${key}`];

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = { title, owner, serviceArea: (area as ServiceArea | null) ?? null, youSaid, weDid };
    void run(
      () =>
        editing
          ? api.call('improvements.update', { id: editing.id, changes: { ...values, status } })
          : api.call('improvements.add', values),
      editing ? 'Service improvement saved.' : 'Service improvement added.',
      onSaved,
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={editing ? 'Edit the service improvement' : 'Add a service improvement'}
    >
      <Stack gap="md">
        <FormAlert message={errors.form} />
        <TextInput
          label="Improvement"
          description="What is changing, in a few words"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={changeField('title')}
          required
          data-autofocus
        />
        <TextInput
          label="Owner"
          description="The person or team answerable for it"
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          error={changeField('owner')}
          required
        />
        {editing && (
          <Select
            label="Status"
            data={IMPROVEMENT_STATUS_OPTIONS}
            value={status}
            onChange={(v) => v && setStatus(v as ImprovementStatus)}
            allowDeselect={false}
            searchable
            error={changeField('status')}
          />
        )}
        <Select
          label="Service area"
          data={SERVICE_AREA_OPTIONS}
          value={area}
          onChange={setArea}
          clearable
          error={changeField('serviceArea')}
        />
        <Textarea
          label="You said"
          description="What residents told us, in their words"
          value={youSaid}
          onChange={(e) => setYouSaid(e.currentTarget.value)}
          error={changeField('youSaid')}
          autosize
          minRows={2}
        />
        <Textarea
          label="We did"
          description="What changed because of it"
          value={weDid}
          onChange={(e) => setWeDid(e.currentTarget.value)}
          error={changeField('weDid')}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {editing ? 'Save the improvement' : 'Add the improvement'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

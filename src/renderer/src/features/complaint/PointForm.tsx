// Add a point of complaint in the resident's words, with the outcome they seek and whether it is
// possible; or edit one.
import { Radio, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ComplaintPoint } from '../../../../shared/contract/types';
import { OUTCOME_POSSIBLE, type OutcomePossible } from '../../../../shared/domain/vocabulary';
import { AddPointInput, UpdatePointInput } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { OUTCOME_POSSIBLE_LABELS } from './labels';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

export function PointForm({
  caseId,
  point,
  onSaved,
  onCancel,
}: {
  caseId: string;
  /** The point to edit; a new one when absent. */
  point?: ComplaintPoint | undefined;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}) {
  const api = useApi();
  const [text, setText] = useState(point?.point ?? '');
  const [outcomeSought, setOutcomeSought] = useState(point?.outcomeSought ?? '');
  const [possible, setPossible] = useState<OutcomePossible | null>(point?.outcomePossible ?? null);
  const [possibilityNote, setPossibilityNote] = useState(point?.possibilityNote ?? '');
  const { busy, check, run, shown } = useCaseAction(
    ['point', 'outcomeSought', 'outcomePossible', 'possibilityNote'],
    {
      prefixes: ['changes'],
    },
  );

  const fields = {
    outcomeSought: outcomeSought || null,
    outcomePossible: possible,
    possibilityNote: possibilityNote || null,
  };
  const wording = { point: 'Write the point of complaint, in the resident’s words.' };
  const local = point
    ? check(UpdatePointInput, { id: point.id, changes: { point: text, ...fields } }, wording)
    : check(AddPointInput, { caseId, point: text, ...fields }, wording);
  const shownErrors = shown(local);

  function submit() {
    void run(
      () =>
        point
          ? api.call('points.update', { id: point.id, changes: { point: text, ...fields } })
          : api.call('points.add', { caseId, point: text, ...fields }),
      (d) => onSaved(d, point ? 'Point of complaint saved.' : 'Point of complaint added.'),
      local,
    );
  }

  return (
    <ModalForm
      label={point ? 'Edit the point of complaint' : 'Add a point of complaint'}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel={point ? 'Save the point' : 'Add the point'}
    >
      <Stack gap="md">
        <Textarea
          label="The point, in the resident’s words"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={shownErrors.fields.point}
          required
          autosize
          minRows={2}
          maxRows={8}
          data-autofocus
        />
        <Textarea
          label="Outcome the resident seeks"
          description="What they want to happen to put it right."
          value={outcomeSought}
          onChange={(e) => setOutcomeSought(e.currentTarget.value)}
          error={shownErrors.fields.outcomeSought}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Radio.Group
          label="Is that outcome possible?"
          value={possible}
          onChange={(v) => setPossible(v as OutcomePossible)}
          error={shownErrors.fields.outcomePossible}
          data-invalid-group={shownErrors.fields.outcomePossible ? true : undefined}
        >
          <Group gap="lg" mt={6}>
            {OUTCOME_POSSIBLE.map((o) => (
              <Radio key={o} value={o} label={OUTCOME_POSSIBLE_LABELS[o]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Note on what is possible"
          description="If it is only partly possible, or not at all, say why and what can be done instead."
          value={possibilityNote}
          onChange={(e) => setPossibilityNote(e.currentTarget.value)}
          error={shownErrors.fields.possibilityNote}
          autosize
          minRows={1}
          maxRows={6}
        />
      </Stack>
    </ModalForm>
  );
}

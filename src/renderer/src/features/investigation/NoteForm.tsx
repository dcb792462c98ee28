// A new case note, or a correction of one (a new note; the original stays as written).
import { Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { AddNoteInput, CorrectNoteInput } from '../../../../shared/contract/investigation';
import type { CaseNote } from '../../../../shared/contract/investigationTypes';
import { useApi } from '../../api/ApiContext';
import { ModalForm, useCaseAction } from '../complaint';

export interface PointChoice {
  value: string;
  label: string;
}

const WHOLE_CASE = 'case';

export function NoteForm({
  caseId,
  correcting,
  points,
  onSaved,
  onCancel,
}: {
  caseId: string;
  /** The note being corrected (its newest version), or null for a new note. */
  correcting: CaseNote | null;
  points: PointChoice[];
  onSaved: (done: string) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [text, setText] = useState(correcting?.text ?? '');
  const [about, setAbout] = useState<string>(WHOLE_CASE);
  const { busy, check, run, shown } = useCaseAction(['text', 'pointId']);
  const correction = correcting ? { noteId: correcting.id, text } : null;
  const note = { caseId, text, pointId: about === WHOLE_CASE ? null : about };
  const local = correction
    ? check(CorrectNoteInput, correction, { text: 'Write the corrected note.' })
    : check(AddNoteInput, note, { text: 'Write the note.' });
  const errors = shown(local);

  function submit() {
    const done = () =>
      onSaved(correction ? 'Correction added. The original note is still shown.' : 'Note added.');
    const call = () => (correction ? api.call('notes.correct', correction) : api.call('notes.add', note));
    void run(call, done, local, done);
  }

  return (
    <ModalForm
      label={correcting ? 'Correct a note' : 'Add a note'}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel={correcting ? 'Add the correction' : 'Add the note'}
    >
      <Stack gap="md">
        {correcting && (
          <Text size="sm">
            Notes are never changed: your correction is added as a new note, and the note it corrects stays
            readable.
          </Text>
        )}
        <Textarea
          label={correcting ? 'Corrected note' : 'Note'}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.fields.text}
          required
          autosize
          minRows={3}
          maxRows={12}
          data-autofocus
        />
        {!correcting && points.length > 0 && (
          <Select
            label="About"
            data={[{ value: WHOLE_CASE, label: 'The whole case' }, ...points]}
            value={about}
            onChange={(v) => setAbout(v ?? WHOLE_CASE)}
            error={errors.fields.pointId}
            allowDeselect={false}
          />
        )}
      </Stack>
    </ModalForm>
  );
}

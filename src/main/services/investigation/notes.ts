// Case notes: insert-only. A correction is a new note naming the note it corrects; the original is
// never changed, so what was written, by whom and when stays readable.
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import type { CaseNote } from '../../../shared/contract/investigationTypes';
import { uuidv7 } from '../../../shared/domain/ids';
import { latestVersion } from '../../../shared/investigation/notes';
import type { ServiceContext, Write } from '../../store/context';
import { write } from '../../store/context';
import { pointOnCase } from './points';
import { caseForInvestigation, noteById, notesOf } from './read';

async function insertNote(
  w: Write,
  note: { caseId: string; pointId: string | null; text: string; correctsId: string | null },
): Promise<string> {
  const record = {
    id: uuidv7(),
    case_id: note.caseId,
    point_id: note.pointId,
    text: note.text,
    corrects_id: note.correctsId,
    created_by: w.actor.id,
    created_at: w.at,
  };
  await w.tx.insertInto('case_notes').values(record).execute();
  await w.changes.created('case_note', record.id, record);
  return record.id;
}

export async function addNote(ctx: ServiceContext, input: ParsedInputOf<'notes.add'>): Promise<CaseNote> {
  return write(ctx, async (w) => {
    const c = await caseForInvestigation(w.tx, input.caseId);
    const pointId = input.pointId ? await pointOnCase(w, c.id, input.pointId) : null;
    const id = await insertNote(w, { caseId: c.id, pointId, text: input.text, correctsId: null });
    return noteById(w.tx, id);
  });
}

/** Corrects a note; correcting a note already corrected corrects its newest version. */
export async function correctNote(
  ctx: ServiceContext,
  input: ParsedInputOf<'notes.correct'>,
): Promise<CaseNote> {
  return write(ctx, async (w) => {
    const target = await w.tx
      .selectFrom('case_notes')
      .selectAll()
      .where('id', '=', input.noteId)
      .executeTakeFirst();
    if (!target) throw new AppError('NOT_FOUND', 'That note is not in this case store.');
    const c = await caseForInvestigation(w.tx, target.case_id);
    const latest = latestVersion(await notesOf(w.tx, c.id), target.id) ?? {
      id: target.id,
      text: target.text,
    };
    if (latest.text === input.text)
      throw new AppError(
        'VALIDATION',
        'The correction says the same as the note: change what needs correcting.',
        {
          issues: [{ path: 'text', message: 'Same as the note it corrects' }],
        },
      );
    const id = await insertNote(w, {
      caseId: c.id,
      pointId: target.point_id,
      text: input.text,
      correctsId: latest.id,
    });
    return noteById(w.tx, id);
  });
}

export async function listNotes(ctx: ServiceContext, caseId: string): Promise<CaseNote[]> {
  const c = await caseForInvestigation(ctx.db, caseId);
  return notesOf(ctx.db, c.id);
}

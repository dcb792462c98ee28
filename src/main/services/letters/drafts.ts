// Drafting: a new letter filled from the case (only a type the case allows now), the officer's
// sections written into it, and discarding a draft. An issued letter is never changed.
import type { Selectable } from 'kysely';
import { refusal } from '../../../shared/contract/errors';
import type { Letter, LetterSummary } from '../../../shared/contract/letters';
import type { ParsedInputOf } from '../../../shared/contract';
import { stageOf } from '../../../shared/complaints/lifecycle';
import { uuidv7 } from '../../../shared/domain/ids';
import { lettersAllowed, notAllowedReason } from '../../../shared/letters/allowed';
import { LETTER_SECTIONS, LETTER_STAGE } from '../../../shared/letters/letterTypes';
import { parseStored, sectionsSchema } from '../../../shared/letters/stored';
import type { LettersTable } from '../../db/schema';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { factsFromRow } from '../complaints/facts';
import { prefill } from './prefill';
import { activeTemplate } from './templates';
import { caseOf, letterCaseState, letterSummary, letterView, liveLetter } from './view';

async function editableDraft(w: Write, id: string): Promise<Selectable<LettersTable>> {
  const row = await liveLetter(w.tx, id);
  if (row.status === 'issued')
    throw refusal('id', 'This letter has been issued and cannot be changed: a correction is a new letter.');
  if (row.status !== 'draft') throw refusal('id', 'This draft was discarded.');
  return row;
}

export async function draftLetter(
  ctx: ServiceContext,
  input: ParsedInputOf<'letters.draft'>,
): Promise<Letter> {
  return write(ctx, async (w) => {
    const caseRow = await caseOf(w.tx, input.caseId);
    if (!lettersAllowed(await letterCaseState(w.tx, caseRow)).includes(input.type))
      throw refusal('type', `${notAllowedReason(input.type)}; ${caseRow.reference} is not at that point.`);
    const stage = LETTER_STAGE[input.type] ?? stageOf(factsFromRow(caseRow));
    const findings = await w.tx
      .selectFrom('complaint_points')
      .select('findings')
      .where('case_id', '=', caseRow.id)
      .where('deleted_at', 'is', null)
      .$if(stage !== null, (q) => q.where('stage', '=', stage ?? 1))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const extension = await w.tx
      .selectFrom('extensions')
      .select('reason')
      .where('case_id', '=', caseRow.id)
      .where('deleted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    const template = await activeTemplate(w.tx, input.type);
    const record = {
      id: uuidv7(),
      case_id: caseRow.id,
      type: input.type,
      stage,
      status: 'draft' as const,
      sections: JSON.stringify(
        prefill(input.type, {
          caseRow,
          extensionReason: extension?.reason ?? null,
          findings: findings.map((f) => f.findings ?? ''),
        }),
      ),
      template_id: template.id,
      issued_on: null,
      issued_by: null,
      method: null,
      sha256: null,
      file_name: null,
      paragraph_versions: null,
      addressee: null,
      copy_to: null,
      posted_on: null,
      posted_by: null,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
      deleted_at: null,
    };
    await w.tx.insertInto('letters').values(record).execute();
    await w.changes.created('letter', record.id, record);
    return letterView(ctx, within(ctx, w).db, record.id);
  });
}

export async function setSection(
  ctx: ServiceContext,
  input: ParsedInputOf<'letters.setSection'>,
): Promise<Letter> {
  return write(ctx, async (w) => {
    const row = await editableDraft(w, input.id);
    if (!LETTER_SECTIONS[row.type].includes(input.section))
      throw refusal('section', `This letter has no "${input.section}" section.`);
    const sections = { ...(parseStored(sectionsSchema, row.sections) ?? {}), [input.section]: input.text };
    const value = JSON.stringify(sections);
    if (value !== row.sections) {
      await w.changes.updated('letter', row.id, row, { sections: value });
      await w.tx
        .updateTable('letters')
        .set({ sections: value, updated_at: w.at })
        .where('id', '=', row.id)
        .execute();
    }
    return letterView(ctx, within(ctx, w).db, row.id);
  });
}

export async function discardLetter(ctx: ServiceContext, id: string): Promise<LetterSummary> {
  return write(ctx, async (w) => {
    const row = await editableDraft(w, id);
    await w.changes.updated('letter', row.id, row, { status: 'discarded' });
    await w.tx
      .updateTable('letters')
      .set({ status: 'discarded', updated_at: w.at })
      .where('id', '=', row.id)
      .execute();
    return letterSummary(within(ctx, w).db, await liveLetter(within(ctx, w).db, row.id));
  });
}

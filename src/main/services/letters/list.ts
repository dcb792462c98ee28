// A case's letters, newest first, and the types it allows now.
import type { LetterSummary, LetterTypeOption } from '../../../shared/contract/letters';
import { lettersAllowed } from '../../../shared/letters/allowed';
import { LETTER_TYPE_LABELS } from '../../../shared/letters/letterTypes';
import type { ServiceContext } from '../../store/context';
import { caseOf, letterCaseState, letterSummary } from './view';

export async function caseLetters(ctx: ServiceContext, caseId: string): Promise<LetterSummary[]> {
  await caseOf(ctx.db, caseId);
  const rows = await ctx.db
    .selectFrom('letters')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'discarded')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return Promise.all(rows.map((r) => letterSummary(ctx.db, r)));
}

export async function letterTypes(ctx: ServiceContext, caseId: string): Promise<LetterTypeOption[]> {
  const caseRow = await caseOf(ctx.db, caseId);
  return lettersAllowed(await letterCaseState(ctx.db, caseRow)).map((type) => ({
    type,
    label: LETTER_TYPE_LABELS[type],
  }));
}

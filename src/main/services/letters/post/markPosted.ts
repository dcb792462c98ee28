// Marking letters posted: the day they went in the post and who posted them, on each letter
// through the recorder, so it shows on the case's letters and in its history and syncs. A letter
// already marked keeps the day it was first marked; one that is not an issued post letter is
// refused by name and nothing is marked.
import { AppError, type ParsedInputOf } from '../../../../shared/contract';
import type { MarkedPosted } from '../../../../shared/contract/post';
import { todayIso } from '../../../../shared/complaints/calendar';
import { LETTER_TYPE_LABELS } from '../../../../shared/letters/letterTypes';
import type { ServiceContext } from '../../../store/context';
import { write } from '../../../store/context';

function refuse(message: string): AppError {
  return new AppError('VALIDATION', message, { issues: [{ path: 'ids', message }] });
}

export async function markPosted(
  ctx: ServiceContext,
  input: ParsedInputOf<'post.markPosted'>,
): Promise<MarkedPosted> {
  const ids = [...new Set(input.ids)];
  return write(ctx, async (w) => {
    const today = todayIso(new Date(w.at));
    const on = input.on ?? today;
    if (on > today) {
      const message = 'The day they were posted cannot be in the future';
      throw new AppError('VALIDATION', message, { issues: [{ path: 'on', message }] });
    }
    const rows = await w.tx
      .selectFrom('letters as l')
      .innerJoin('cases as c', 'c.id', 'l.case_id')
      .select([
        'l.id',
        'l.type',
        'l.status',
        'l.method',
        'l.issued_on',
        'l.posted_on',
        'l.posted_by',
        'l.updated_at',
        'l.deleted_at',
        'c.reference',
      ])
      .where('l.id', 'in', ids)
      .execute();
    const found = new Map(rows.map((r) => [r.id, r]));
    const unknown = ids.filter((id) => !found.has(id) || found.get(id)!.deleted_at);
    if (unknown.length)
      throw new AppError(
        'NOT_FOUND',
        `${unknown.length === 1 ? 'A letter is' : `${unknown.length} letters are`} not in this case store (they may have been removed): ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}.`,
      );
    for (const r of rows) {
      const name = `The ${LETTER_TYPE_LABELS[r.type] ?? r.type} letter on ${r.reference}`;
      if (r.status !== 'issued') throw refuse(`${name} has not been issued, so it cannot be posted.`);
      if (r.method !== 'post' && r.method !== 'both') throw refuse(`${name} goes by email, not by post.`);
      if (r.issued_on && on < r.issued_on)
        throw refuse(`${name} was issued on ${r.issued_on}, after the day given for posting (${on}).`);
    }
    let marked = 0;
    for (const id of ids) {
      const before = found.get(id)!;
      if (before.posted_on) continue;
      const after = { posted_on: on, posted_by: w.actor.id, updated_at: w.at };
      await w.changes.updated('letter', id, before, { posted_on: on, posted_by: w.actor.id });
      await w.tx.updateTable('letters').set(after).where('id', '=', id).execute();
      marked++;
    }
    return { marked, alreadyPosted: ids.length - marked, postedOn: on };
  });
}

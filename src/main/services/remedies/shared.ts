// What the remedies and actions services share: refusals in the contract's shape, the case a record
// belongs to, and the dates officers give (today unless said, never in the future).
import type { Selectable } from 'kysely';
import { AppError, refusal } from '../../../shared/contract/errors';

import { todayIso } from '../../../shared/complaints/calendar';
import { FUTURE_DATE } from '../../../shared/complaints/received';
import type { CasesTable } from '../../db/schema';
import type { Write } from '../../store/context';

export async function liveCase(w: Write, id: string): Promise<Selectable<CasesTable>> {
  const row = await w.tx.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  return row;
}

/** The date a step happened: today unless given; never in the future. */
export function stepDate(w: Write, on: string | undefined, path = 'on'): string {
  const today = todayIso(new Date(w.at));
  const date = on ?? today;
  if (date > today) throw refusal(path, FUTURE_DATE);
  return date;
}

/** A point of complaint given with a record must be one of the same case's. */
export async function checkPoint(
  w: Write,
  caseId: string,
  pointId: string | null | undefined,
): Promise<void> {
  if (!pointId) return;
  const point = await w.tx
    .selectFrom('complaint_points')
    .select(['case_id', 'deleted_at'])
    .where('id', '=', pointId)
    .executeTakeFirst();
  if (!point || point.deleted_at || point.case_id !== caseId)
    throw refusal('pointId', 'That point of complaint is not on this case.');
}

import type { Selectable } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { CasesTable } from '../../db/schema';
import type { ServiceContext } from '../../store/context';

/** A live case, or a plain refusal naming what is missing. */
export async function caseRow(db: ServiceContext['db'], id: string): Promise<Selectable<CasesTable>> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  return row;
}

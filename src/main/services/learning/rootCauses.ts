// The landlord's root causes: one settings row shared by every computer through sync. Null there
// means the list Redress ships with (resources/learning/root-causes.json).
import type { Kysely } from 'kysely';
import { z } from 'zod';
import shipped from '../../../../resources/learning/root-causes.json';
import { AppError } from '../../../shared/contract/errors';
import type { RootCauses } from '../../../shared/contract/learning';
import { rootCauseListProblem } from '../../../shared/learning/rootCauses';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { within, write } from '../../store/context';

const SETTING = 'learning.rootCauses';

const shippedList = z
  .object({ source: z.string(), rootCauses: z.array(z.string()) })
  .parse(shipped).rootCauses;

/** The list as stored; a damaged value falls back to the shipped list rather than blocking work. */
export async function currentRootCauses(db: Kysely<Database>): Promise<RootCauses> {
  const row = await db.selectFrom('settings').select('value').where('id', '=', SETTING).executeTakeFirst();
  const parsed = z
    .array(z.string())
    .nullable()
    .safeParse(row ? JSON.parse(row.value) : null);
  if (parsed.success && parsed.data && rootCauseListProblem(parsed.data) === null)
    return { causes: parsed.data, isDefault: false };
  return { causes: [...shippedList], isDefault: true };
}

export function rootCausesView(ctx: ServiceContext): Promise<RootCauses> {
  return currentRootCauses(ctx.db);
}

export function updateRootCauses(ctx: ServiceContext, causes: string[] | null): Promise<RootCauses> {
  if (causes !== null) {
    const problem = rootCauseListProblem(causes);
    if (problem)
      throw new AppError('VALIDATION', problem, { issues: [{ path: 'causes', message: problem }] });
  }
  return write(ctx, async (w) => {
    const before = await w.tx.selectFrom('settings').selectAll().where('id', '=', SETTING).executeTakeFirst();
    if (!before) throw new AppError('INTERNAL', `The setting ${SETTING} is missing from this case store.`);
    const value = JSON.stringify(causes);
    if (value !== before.value) {
      await w.changes.updated('setting', SETTING, before, { value });
      await w.tx.updateTable('settings').set({ value, updated_at: w.at }).where('id', '=', SETTING).execute();
    }
    return currentRootCauses(within(ctx, w).db);
  });
}

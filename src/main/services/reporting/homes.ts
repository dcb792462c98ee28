// Homes owned per reporting year, for TSM CH01 (complaints per 1,000 homes): one synced settings
// row per year, `reporting.homes.2026` holding the count.
import type { Kysely } from 'kysely';
import type { HomesByYear } from '../../../shared/contract/reporting';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { within, write } from '../../store/context';

const PREFIX = 'reporting.homes.';

const settingId = (year: number) => `${PREFIX}${year}`;

/** A stored count, or null when damaged (edited outside Redress): CH01 is then left blank. */
function countOf(value: string): number | null {
  try {
    const n: unknown = JSON.parse(value);
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

export async function homesFor(ctx: ServiceContext, year: number): Promise<number | null> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', settingId(year))
    .executeTakeFirst();
  return row ? countOf(row.value) : null;
}

async function readHomes(db: Kysely<Database>): Promise<HomesByYear> {
  const rows = await db
    .selectFrom('settings')
    .select(['id', 'value'])
    .where('id', 'like', `${PREFIX}%`)
    .execute();
  const years = rows
    .map((r) => ({ year: Number(r.id.slice(PREFIX.length)), count: countOf(r.value) }))
    .filter((y): y is { year: number; count: number } => Number.isInteger(y.year) && y.count !== null)
    .sort((a, b) => a.year - b.year);
  return { years };
}

export function homesByYear(ctx: ServiceContext): Promise<HomesByYear> {
  return readHomes(ctx.db);
}

export function setHomes(ctx: ServiceContext, input: { year: number; count: number }): Promise<HomesByYear> {
  const id = settingId(input.year);
  return write(ctx, async (w) => {
    let before = await w.tx.selectFrom('settings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) {
      // Created empty, then set: two computers creating the same year at once create the same
      // row, and their counts are then ordinary edits of it (the later one wins everywhere).
      before = { id, value: 'null', updated_at: w.at };
      await w.changes.created('setting', id, { value: before.value, updated_at: w.at });
      await w.tx.insertInto('settings').values(before).execute();
    }
    const value = JSON.stringify(input.count);
    if (value !== before.value) {
      await w.changes.updated('setting', id, before, { value });
      await w.tx.updateTable('settings').set({ value, updated_at: w.at }).where('id', '=', id).execute();
    }
    return readHomes(within(ctx, w).db);
  });
}

// The teams work can be handed to ("Repairs", "Neighbourhood team"): one synced setting holding a
// JSON list of names, offered beside the colleagues when a task or promised action is given out.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { write } from '../../store/context';

const TEAMS_SETTING = 'people.teams';
const storedTeams = z.array(z.string());

/** The stored list; a damaged value reads as no teams rather than blocking work. */
export async function readTeams(db: Kysely<Database>): Promise<string[]> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', TEAMS_SETTING)
    .executeTakeFirst();
  if (!row) return [];
  try {
    const parsed = storedTeams.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function listTeams(ctx: ServiceContext): Promise<string[]> {
  return readTeams(ctx.db);
}

export async function updateTeams(ctx: ServiceContext, teams: string[]): Promise<string[]> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('settings')
      .selectAll()
      .where('id', '=', TEAMS_SETTING)
      .executeTakeFirst();
    if (!before)
      throw new AppError('INTERNAL', `The setting ${TEAMS_SETTING} is missing from this case store.`);
    const value = JSON.stringify(teams);
    const changed = await w.changes.updated('setting', before.id, before, { value });
    if (changed.length)
      await w.tx
        .updateTable('settings')
        .set({ value, updated_at: w.at })
        .where('id', '=', before.id)
        .execute();
    return readTeams(w.tx);
  });
}

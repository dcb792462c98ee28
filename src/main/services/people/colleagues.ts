// Colleagues: added, corrected, deactivated and reactivated — never deleted, so a case keeps the
// name of whoever handled it. Each change is a `person` record in the change log, so it syncs.
import type { Kysely, Selectable } from 'kysely';
import { AppError, refusal } from '../../../shared/contract/errors';
import type { Colleague, ParsedInputOf } from '../../../shared/contract';
import { uuidv7 } from '../../../shared/domain/ids';
import type { Database, PeopleTable } from '../../db/schema';
import type { ServiceContext, Write } from '../../store/context';
import { newCredentials } from '../../store/credentials';
import { write } from '../../store/context';

export function toColleague(row: Selectable<PeopleTable>): Colleague {
  return {
    id: row.id,
    name: row.name,
    initials: row.initials,
    role: row.role,
    email: row.email ?? null,
    phone: row.phone ?? null,
    team: row.team ?? null,
    active: row.active !== 0,
  };
}

export async function listColleagues(ctx: ServiceContext): Promise<Colleague[]> {
  const rows = await ctx.db.selectFrom('people').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toColleague);
}

/** Two colleagues of the same name could not be told apart in a list of handlers. */
async function refuseDuplicateName(db: Kysely<Database>, name: string, exceptId: string | null) {
  const same = await db
    .selectFrom('people')
    .select(['id', 'name', 'active'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .execute();
  const other = same.find((p) => p.id !== exceptId);
  if (!other) return;
  throw refusal(
    'name',
    other.active === 0
      ? `${other.name} is already here, deactivated: reactivate them rather than adding them again.`
      : `${other.name} is already here. Give the new colleague a name that tells them apart (a middle initial, say).`,
  );
}

async function colleagueRow(w: Write, id: string): Promise<Selectable<PeopleTable>> {
  const row = await w.tx.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That colleague is not in this case store.');
  return row;
}

/**
 * An officer who set Redress up on their own computer keeps their details there: the share only
 * believes changes to them from that computer (sync/trust.ts), so an edit made here would never
 * reach anyone else. Colleagues added under Settings → People are everyone's to keep up to date.
 */
async function refuseOfficerOfAnotherComputer(
  ctx: ServiceContext,
  w: Write,
  person: Selectable<PeopleTable>,
): Promise<void> {
  if (person.id === w.actor.id) return;
  const setUp = await w.tx
    .selectFrom('changes')
    .select(['replica_id', 'actor_id'])
    .where('entity', '=', 'person')
    .where('entity_id', '=', person.id)
    .where('op', '=', 'create')
    .executeTakeFirst();
  const selfMade = !setUp || setUp.actor_id === null || setUp.actor_id === person.id;
  if (selfMade && setUp?.replica_id !== ctx.installation.id)
    throw new AppError(
      'VALIDATION',
      `${person.name} set up Redress on their own computer, so their details are changed there, by them.`,
    );
}

export async function addColleague(
  ctx: ServiceContext,
  input: ParsedInputOf<'people.add'>,
): Promise<Colleague> {
  const added = await write(ctx, async (w) => {
    await refuseDuplicateName(w.tx, input.name, null);
    const row = {
      id: uuidv7(),
      name: input.name,
      initials: input.initials,
      role: input.role,
      email: input.email,
      phone: input.phone,
      team: input.team,
      active: 1,
      created_at: w.at,
      updated_at: w.at,
    };
    await w.tx.insertInto('people').values(row).execute();
    await w.changes.created('person', row.id, row);
    if (input.password) {
      // Theirs to replace: they choose their own at first sign-in.
      const credentials = await newCredentials(row.id, input.password, w.at, 'administrator');
      await w.tx.insertInto('person_credentials').values(credentials).execute();
      await w.changes.created('person_credential', row.id, { ...credentials });
    }
    return toColleague(row);
  });
  // With a password they can sign in here now (and, once synced, on the share's other computers).
  if (input.password) ctx.session?.refreshKeysAfterWrite();
  return added;
}

export async function updateColleague(
  ctx: ServiceContext,
  input: ParsedInputOf<'people.update'>,
): Promise<Colleague> {
  const updated = await write(ctx, async (w) => {
    const before = await colleagueRow(w, input.id);
    if (input.active === false && before.id === w.actor.id)
      throw refusal(
        'active',
        'You cannot deactivate yourself: you are the officer using Redress on this computer. Ask a colleague to do it from theirs.',
      );
    await refuseOfficerOfAnotherComputer(ctx, w, before);
    if (input.name !== undefined) await refuseDuplicateName(w.tx, input.name, before.id);
    const after: Partial<Selectable<PeopleTable>> = {
      name: input.name,
      initials: input.initials,
      role: input.role,
      email: input.email,
      phone: input.phone,
      team: input.team,
      active: input.active === undefined ? undefined : input.active ? 1 : 0,
    };
    const changed = await w.changes.updated('person', before.id, before, after);
    if (changed.length) {
      const values = after as Record<string, unknown>;
      const set = Object.fromEntries(changed.map((f) => [f, values[f]]));
      await w.tx
        .updateTable('people')
        .set({ ...(set as Partial<PeopleTable>), updated_at: w.at })
        .where('id', '=', before.id)
        .execute();
    }
    return toColleague(await colleagueRow(w, before.id));
  });
  // The sign-in list follows a new name, and a deactivated person can no longer sign in here.
  ctx.session?.refreshKeysAfterWrite();
  return updated;
}

// Who this installation is (created on first run) and who is using it.
import type { Kysely } from 'kysely';
import { INSTALLATION_CODE_ALPHABET } from '../../shared/domain/caseReference';
import { uuidv7 } from '../../shared/domain/ids';
import { AppError } from '../../shared/contract/errors';
import type { Person } from '../../shared/contract/types';
import type { Role } from '../../shared/domain/vocabulary';
import type { Database } from '../db/schema';
import type { Installation, ServiceContext } from '../store/context';
import { write } from '../store/context';
import { newCredentials } from '../store/credentials';

export async function readMeta(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

async function writeMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Reads the installation identity, creating it on the very first run. */
export async function ensureInstallation(db: Kysely<Database>): Promise<Installation> {
  return db.transaction().execute(async (tx) => {
    let id = await readMeta(tx, 'installation_id');
    let code = await readMeta(tx, 'installation_code');
    if (!id || !code) {
      id = uuidv7();
      const random = new Uint8Array(2);
      globalThis.crypto.getRandomValues(random);
      code = Array.from(random, (b) => INSTALLATION_CODE_ALPHABET[b % 32]).join('');
      await writeMeta(tx, 'installation_id', id);
      await writeMeta(tx, 'installation_code', code);
    }
    return { id, code, node: id.replace(/-/g, '').slice(-16) };
  });
}

export async function loadMe(db: Kysely<Database>): Promise<Person | null> {
  const id = await readMeta(db, 'me');
  if (!id) return null;
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, name: row.name, role: row.role, initials: row.initials } : null;
}

/**
 * First run: records the first person using this store, with their password, so every later
 * change says who made it and the store opens only for them (and people added later). Once only:
 * a second call would let anyone rename who is at the keyboard. A store from before sign-in
 * (its officer recorded, nobody with a password) gets the password for that officer instead.
 * The answer carries the recovery key, shown this once.
 */
export async function setUpOfficer(
  ctx: ServiceContext,
  input: { name: string; role: Role; initials: string; password: string },
): Promise<Person & { recoveryKey: string }> {
  let person: Person = { id: uuidv7(), name: input.name, role: input.role, initials: input.initials };
  const at = ctx.now().toISOString();
  await write(
    ctx,
    async (w) => {
      // Read inside the transaction, so two first-run calls at once cannot both set up.
      const already = await readMeta(w.tx, 'me');
      const anyPassword = await w.tx
        .selectFrom('person_credentials')
        .select('id')
        .limit(1)
        .executeTakeFirst();
      if (anyPassword || ctx.me) {
        throw new AppError(
          'CONFLICT',
          'Redress is already set up on this computer. People are added in Settings → People; each signs in with their own password.',
        );
      }
      const upgraded = already
        ? await w.tx.selectFrom('people').selectAll().where('id', '=', already).executeTakeFirst()
        : undefined;
      if (upgraded) {
        person = { id: upgraded.id, name: upgraded.name, role: upgraded.role, initials: upgraded.initials };
      } else {
        const row = { ...person, created_at: w.at };
        await w.tx.insertInto('people').values(row).execute();
        await w.changes.created('person', person.id, row);
        await writeMeta(w.tx, 'me', person.id);
      }
      const credentials = await newCredentials(person.id, input.password, at);
      await w.tx.insertInto('person_credentials').values(credentials).execute();
      await w.changes.created('person_credential', person.id, { ...credentials });
    },
    person,
  );
  ctx.me = person;
  const recoveryKey = ctx.session ? await ctx.session.afterSetUp() : '';
  return { ...person, recoveryKey };
}

export { writeMeta };

// A person's credentials and this computer's wraps of its data key for them. The person key (KP)
// is random; the password only ever wraps it, so changing a password replaces one small wrap and
// nothing is re-encrypted. Any computer holding its data key (someone is signed in) can wrap that
// key for every person whose credentials have arrived, so people set up elsewhere can sign in here.
import type BetterSqlite3 from 'better-sqlite3';
import { kdfForNewWraps, newSalt, passwordKey, type KdfParams } from '../db/keys/kdf';
import type { KeyEntry } from '../db/keys/keyFile';
import { newKey, open, seal } from '../db/keys/wrap';
import type { StoreKey } from '../db/cipher';
import { mustChangeAfter, type PasswordSetWith } from '../../shared/contract/session';

/** A person_credentials row, as stored and synced. */
export interface CredentialRow {
  id: string;
  salt: string;
  kdf: string;
  wrapped_kp: string;
  kp: string;
  changed_at: string;
  /** 1: a password someone else set (temporary); its holder chooses their own at first sign-in. */
  must_change: number;
  set_with: PasswordSetWith;
}

const KP_LABEL = 'redress person key';
const DK_LABEL = 'redress data key';
export const RECOVERY_LABEL = 'redress recovery';

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

/**
 * New credentials for `personId` with a new random person key: set-up (their own password), or a
 * first password an administrator gives a colleague (temporary until they choose their own).
 */
export async function newCredentials(
  personId: string,
  password: string,
  at: string,
  setWith: PasswordSetWith = 'own password',
): Promise<CredentialRow> {
  return passwordWrap(personId, newKey(), password, at, setWith);
}

/** The same person key under a new password: a new salt and wrap (a password change or a reset). */
export async function passwordWrap(
  personId: string,
  kp: Buffer,
  password: string,
  at: string,
  setWith: PasswordSetWith = 'own password',
): Promise<CredentialRow> {
  const salt = newSalt();
  const kdf = kdfForNewWraps();
  const wrapped = seal(await passwordKey(password, salt, kdf), kp, KP_LABEL);
  return {
    id: personId,
    salt: b64(salt),
    kdf: JSON.stringify(kdf),
    wrapped_kp: b64(wrapped),
    kp: b64(kp),
    changed_at: at,
    must_change: mustChangeAfter(setWith) ? 1 : 0,
    set_with: setWith,
  };
}

/** The person key, or null when the password is wrong (the wrap is authenticated). */
export async function unwrapPersonKey(
  wrap: { salt: string; kdf: KdfParams; wrappedKp: string },
  password: string,
): Promise<Buffer | null> {
  const key = await passwordKey(password, unb64(wrap.salt), wrap.kdf);
  return open(key, unb64(wrap.wrappedKp), KP_LABEL);
}

export function unwrapDataKey(entry: KeyEntry, kp: Buffer): StoreKey | null {
  return open(kp, unb64(entry.wrappedDk), DK_LABEL);
}

export function keyEntry(
  person: { id: string; name: string; initials: string },
  cred: CredentialRow,
  dk: StoreKey,
): KeyEntry {
  return {
    personId: person.id,
    name: person.name,
    initials: person.initials,
    salt: cred.salt,
    kdf: JSON.parse(cred.kdf) as KdfParams,
    wrappedKp: cred.wrapped_kp,
    wrappedDk: b64(seal(unb64(cred.kp), dk, DK_LABEL)),
  };
}

export function sealRecovery(recoveryKey: Buffer, dk: StoreKey): string {
  return b64(seal(recoveryKey, dk, RECOVERY_LABEL));
}

export function openRecovery(recoveryKey: Buffer, sealed: string): StoreKey | null {
  return open(recoveryKey, unb64(sealed), RECOVERY_LABEL);
}

/**
 * The key file's entries from the store: one for every active person with credentials. An entry
 * whose wrap is unchanged keeps its data key wrap (no need to re-seal); a deactivated person's
 * entry goes, so they can no longer sign in here.
 */
export function entriesFromStore(
  sqlite: BetterSqlite3.Database,
  dk: StoreKey,
  current: KeyEntry[],
): KeyEntry[] {
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.name, p.initials, c.salt, c.kdf, c.wrapped_kp, c.kp, c.changed_at, c.must_change, c.set_with
         FROM person_credentials c JOIN people p ON p.id = c.id
        WHERE coalesce(p.active, 1) = 1
        ORDER BY p.name, p.id`,
    )
    .all() as Array<CredentialRow & { name: string; initials: string }>;
  const byId = new Map(current.map((e) => [e.personId, e]));
  return rows.map((row) => {
    const had = byId.get(row.id);
    if (had && had.wrappedKp === row.wrapped_kp && had.salt === row.salt)
      return { ...had, name: row.name, initials: row.initials };
    return keyEntry(row, row, dk);
  });
}

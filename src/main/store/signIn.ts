// Who is at the keyboard, and the keys that follow from it. Locked at start: the store stays
// encrypted on disk and is opened only when a password unwraps its data key. Locking later keeps
// the store open in this process (the key is in memory while Redress runs) but forgets who is
// signed in, so every procedure but sign-in refuses until someone signs in again.
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import type { PasswordSetWith, SessionStatus, SignInPerson } from '../../shared/contract/session';
import type { Person } from '../../shared/contract/types';
import { secondsStillToWait } from '../../shared/domain/signInBackOff';
import { rekeyPragmas, type StoreKey } from '../db/cipher';
import { emptyKeyFile, readKeyFile, writeKeyFile, type KeyEntry, type KeyFile } from '../db/keys/keyFile';
import { newRecoveryKey, recoveryWrapKey } from '../db/keys/recoveryKey';
import { newKey } from '../db/keys/wrap';
import { plainStoreError } from '../db/storeErrors';
import { rekeyBlobs } from './blobStore';
import type { ServiceContext, SessionControl } from './context';
import { write } from './context';
import {
  entriesFromStore,
  openRecovery,
  passwordWrap,
  sealRecovery,
  unwrapDataKey,
  unwrapPersonKey,
} from './credentials';

/** What the composition root gives the keeper: the open store's context, or a way to open it. */
export interface StoreHost {
  context(): ServiceContext | null;
  /** Opens the store with its data key and builds the context (from a locked start). */
  open(key: StoreKey): Promise<ServiceContext>;
  /** Set-up re-keyed the open store: everything holding its key follows. */
  rekeyed(key: StoreKey): void;
}

export interface Unlocked {
  key: StoreKey;
  entry: KeyEntry;
  /** The person key the password opened. */
  kp: Buffer;
}

/** What a wrong try was: both count towards the one back-off (an attacker gets no second counter). */
type Tried = 'password' | 'recovery key';

export class SignInKeeper implements SessionControl {
  /**
   * Someone signed in with a temporary password: known, but not yet `me` (so every procedure but
   * sign-in refuses) until they choose their own.
   */
  private choosing: { person: Person; kp: Buffer } | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly host: StoreHost,
  ) {}

  keys(): KeyFile {
    return readKeyFile(this.dataDir) ?? emptyKeyFile();
  }

  /** A folder that cannot be written (read-only, full) is said in one plain sentence, as the store's. */
  private save(change: (file: KeyFile) => KeyFile): KeyFile {
    const next = change(this.keys());
    try {
      writeKeyFile(this.dataDir, next);
    } catch (error) {
      throw plainStoreError(error, this.dataDir) ?? error;
    }
    return next;
  }

  /**
   * The interim key of a store nobody has set up yet: kept in keys.json (`keep`, once the store
   * has opened with it, so a folder the store refuses gets no key file either).
   */
  interimKey(): { key: StoreKey; keep(): void } {
    const file = this.keys();
    if (file.people.length > 0) throw new Error('This store is set up: it opens with a password.');
    if (file.pending) return { key: Buffer.from(file.pending, 'hex'), keep: () => {} };
    const key = newKey();
    return { key, keep: () => void this.save((f) => ({ ...f, pending: key.toString('hex') })) };
  }

  async status(): Promise<SessionStatus> {
    const file = this.keys();
    const ctx = this.host.context();
    return {
      state:
        file.people.length === 0 ? 'new' : ctx?.me ? 'signedIn' : this.choosing ? 'choosePassword' : 'locked',
      me: ctx?.me ?? this.choosing?.person ?? null,
      people: file.people.map((p) => ({ id: p.personId, name: p.name, initials: p.initials })),
      lockAfterMinutes: file.lockAfterMinutes,
      waitSeconds: secondsStillToWait(file.signIn.failures, file.signIn.lastFailureAt, this.now()),
    };
  }

  /**
   * The data key from a password: for one person, or (`personId` null: the CLI without
   * REDRESS_USER) whoever's password it is. A wrong password counts towards the back-off.
   */
  async unlock(personId: string | null, password: string): Promise<Unlocked> {
    const file = this.keys();
    const candidates = personId === null ? file.people : file.people.filter((p) => p.personId === personId);
    if (candidates.length === 0 && personId !== null)
      throw new AppError('NOT_FOUND', 'That person cannot sign in on this computer.');
    return this.tryOnce('password', async () => {
      for (const entry of candidates) {
        const kp = await unwrapPersonKey(entry, password);
        const key = kp && unwrapDataKey(entry, kp);
        if (key) return { key, entry, kp: kp! };
      }
      return null;
    });
  }

  /**
   * One attempt at a secret, under the back-off: refused while a wait is running, counted when
   * wrong (persisted, so restarting does not reset it), forgotten when right.
   */
  private async tryOnce<T>(tried: Tried, attempt: () => Promise<T | null>): Promise<T> {
    const file = this.keys();
    const wait = secondsStillToWait(file.signIn.failures, file.signIn.lastFailureAt, this.now());
    if (wait > 0) throw signInFailed(`Too many wrong ${tried}s: try again in ${wait} seconds.`, wait);
    const got = await attempt();
    if (got !== null) {
      this.save((f) => ({ ...f, signIn: { failures: 0, lastFailureAt: null } }));
      return got;
    }
    const after = this.save((f) => ({
      ...f,
      signIn: { failures: f.signIn.failures + 1, lastFailureAt: this.now().toISOString() },
    }));
    const next = secondsStillToWait(after.signIn.failures, after.signIn.lastFailureAt, this.now());
    const wrong = `That ${tried} is not right.`;
    throw signInFailed(next > 0 ? `${wrong} Try again in ${next} seconds.` : wrong, next);
  }

  async signIn(personId: string, password: string): Promise<SessionStatus> {
    const { key, entry, kp } = await this.unlock(personId, password);
    const ctx = this.host.context() ?? (await this.host.open(key));
    const person = await personById(ctx, entry.personId);
    this.choosing = null;
    ctx.me = null;
    // A password an administrator gave them opens nothing but the choice of their own.
    if (await hasTemporaryPassword(ctx, person.id)) this.choosing = { person, kp };
    else ctx.me = person;
    this.refreshKeys();
    return this.status();
  }

  async lock(): Promise<SessionStatus> {
    const ctx = this.host.context();
    if (ctx) ctx.me = null;
    this.choosing = null;
    return this.status();
  }

  async changePassword(current: string, next: string): Promise<SessionStatus> {
    const ctx = this.signedIn();
    const entry = this.keys().people.find((p) => p.personId === ctx.me!.id);
    const kp = entry && (await unwrapPersonKey(entry, current));
    if (!kp) throw signInFailed('Your current password is not right, so it has not been changed.', 0);
    await this.setPassword(ctx, ctx.me!, kp, next, 'own password');
    return this.status();
  }

  async choosePassword(next: string): Promise<SessionStatus> {
    const ctx = this.host.context();
    const choosing = this.choosing;
    if (!ctx || !choosing)
      throw new AppError('CONFLICT', 'Nobody is waiting to choose a password here: sign in first.');
    const entry = this.keys().people.find((p) => p.personId === choosing.person.id);
    if (entry && (await unwrapPersonKey(entry, next)))
      throw new AppError('VALIDATION', 'Choose a password of your own, not the one you were given.', {
        issues: [{ path: 'next', message: 'Choose a password of your own, not the one you were given' }],
      });
    await this.setPassword(ctx, choosing.person, choosing.kp, next, 'own password');
    this.choosing = null;
    // Read before the write (at sign-in): nothing after a committed write may fail its answer.
    ctx.me = choosing.person;
    return this.status();
  }

  /** The active people a recovery key may reset the password of (a wrong key counts as a wrong try). */
  async recoveryPeople(recoveryKey: string): Promise<SignInPerson[]> {
    const ctx = await this.openWithRecoveryKey(recoveryKey);
    const rows = await ctx.db
      .selectFrom('people')
      .select(['id', 'name', 'initials'])
      .where('active', '=', 1)
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, initials: r.initials }));
  }

  /**
   * Every password forgotten: the recovery key opens the store, `personId` gets a new password
   * (their person key kept, so only their wraps change) and is signed in. The change is recorded
   * as theirs, set with the recovery key, and syncs like a password change.
   */
  async recover(recoveryKey: string, personId: string, next: string): Promise<SessionStatus> {
    const ctx = await this.openWithRecoveryKey(recoveryKey);
    const person = await personById(ctx, personId);
    const held = await ctx.db
      .selectFrom('person_credentials')
      .select('kp')
      .where('id', '=', personId)
      .executeTakeFirst();
    const kp = held ? Buffer.from(held.kp, 'base64') : newKey();
    await this.setPassword(ctx, person, kp, next, 'recovery key');
    this.choosing = null;
    ctx.me = person;
    return this.status();
  }

  /** A new recovery key for this computer: its wrap replaces the old one, which stops working. */
  async newRecoveryKey(): Promise<{ recoveryKey: string }> {
    this.signedIn();
    const recoveryKey = newRecoveryKey();
    this.save((f) => ({ ...f, recovery: sealRecovery(recoveryWrapKey(recoveryKey), this.storeKey!) }));
    return { recoveryKey };
  }

  private async openWithRecoveryKey(recoveryKey: string): Promise<ServiceContext> {
    const sealed = this.keys().recovery;
    if (!sealed)
      throw new AppError(
        'NOT_FOUND',
        'This computer has no recovery key. Ask a colleague who can sign in here to reset your password.',
      );
    const key = await this.tryOnce('recovery key', async () =>
      openRecovery(recoveryWrapKey(recoveryKey), sealed),
    );
    const open = this.host.context();
    if (!open) return this.host.open(key);
    if (this.storeKey && !this.storeKey.equals(key))
      throw new AppError(
        'CONFLICT',
        'That recovery key belongs to an older key of this store: it no longer opens it.',
      );
    return open;
  }

  /** One person's password, wrapping `kp`: written, recorded as `actor`'s change, and synced. */
  private async setPassword(
    ctx: ServiceContext,
    actor: Person,
    kp: Buffer,
    next: string,
    setWith: PasswordSetWith,
  ): Promise<void> {
    const row = await passwordWrap(actor.id, kp, next, ctx.now().toISOString(), setWith);
    await write(
      ctx,
      async (w) => {
        const before = await w.tx
          .selectFrom('person_credentials')
          .selectAll()
          .where('id', '=', row.id)
          .executeTakeFirst();
        if (before) {
          await w.tx.updateTable('person_credentials').set(row).where('id', '=', row.id).execute();
          await w.changes.updated('person_credential', row.id, { ...before }, { ...row });
        } else {
          await w.tx.insertInto('person_credentials').values(row).execute();
          await w.changes.created('person_credential', row.id, { ...row });
        }
      },
      actor,
    );
    this.refreshKeysAfterWrite();
  }

  async setLockAfter(minutes: number): Promise<SessionStatus> {
    this.save((f) => ({ ...f, lockAfterMinutes: minutes }));
    return this.status();
  }

  async afterSetUp(): Promise<string> {
    const ctx = this.signedIn();
    const recovery = newRecoveryKey();
    const interim = this.keys().pending;
    const key = interim ? newKey() : this.storeKey!;
    // Wraps of the new key first (the interim one kept), then the re-key, then the interim key
    // goes: a crash in between leaves a store that opens with one key or the other (app.ts).
    this.storeKey = key;
    this.save((f) => ({ ...f, recovery: sealRecovery(recoveryWrapKey(recovery), key) }));
    this.refreshKeys();
    if (interim) {
      rekey(ctx.sqlite, key);
      rekeyBlobs(this.dataDir, Buffer.from(interim, 'hex'), key);
      ctx.storeKey = key;
      this.host.rekeyed(key);
    }
    this.finishSetUp();
    return recovery;
  }

  /**
   * After a restore: the key file holds the restored people (the set-up officer, if any, is gone
   * with the rest of what the store held). A new computer's store, still under its interim key,
   * gets a fresh data key and a recovery key as set-up would give it — wraps first, then the
   * re-key, then the interim key goes — and the recovery key is returned to be shown once (the
   * backup's own belonged to the old computer's data key, which this store does not use). A backup
   * from before sign-in (nobody has a password) leaves the store to be set up; a store already set
   * up keeps its key and its recovery key (null).
   */
  async afterRestore(): Promise<string | null> {
    const ctx = this.host.context();
    if (!ctx || !this.storeKey) return null;
    const interim = this.keys().pending;
    if (!interim) {
      this.refreshKeys();
      return null;
    }
    const key = newKey();
    const people = entriesFromStore(ctx.sqlite, key, []);
    if (people.length === 0) return null;
    const recovery = newRecoveryKey();
    this.storeKey = key;
    this.save((f) => ({ ...f, recovery: sealRecovery(recoveryWrapKey(recovery), key) }));
    this.refreshKeys();
    rekey(ctx.sqlite, key);
    rekeyBlobs(this.dataDir, Buffer.from(interim, 'hex'), key);
    ctx.storeKey = key;
    this.host.rekeyed(key);
    this.finishSetUp();
    return recovery;
  }

  /** The interim key is no longer needed once the store is re-keyed. */
  finishSetUp(): void {
    this.save((f) => ({ ...f, pending: null }));
  }

  /** The data key of the open store (set when it is opened). */
  storeKey: StoreKey | null = null;

  refreshKeys(): void {
    const ctx = this.host.context();
    if (!ctx || !this.storeKey) return;
    const key = this.storeKey;
    this.save((f) => ({
      ...f,
      installation: { id: ctx.installation.id, code: ctx.installation.code },
      people: entriesFromStore(ctx.sqlite, key, f.people),
    }));
  }

  /**
   * After a write that committed (a password or a person changed): the key file follows the store,
   * but a failure here must not turn the saved change into an error — the change is in the store,
   * and the key file is brought up to date again at the next sign-in, merge or write.
   */
  refreshKeysAfterWrite(): void {
    try {
      this.refreshKeys();
    } catch (error) {
      // The kind of failure only: its message could quote a value.
      console.error(`Redress: the key file will be updated later (${(error as Error)?.name ?? 'error'}).`);
    }
  }

  /** After a merge: new people and passwords can sign in here; a deactivated `me` is signed out. */
  async afterMerge(): Promise<void> {
    const ctx = this.host.context();
    if (!ctx || this.keys().people.length === 0) return;
    this.refreshKeys();
    if (ctx.me && !this.keys().people.some((p) => p.personId === ctx.me!.id)) ctx.me = null;
  }

  private signedIn(): ServiceContext {
    const ctx = this.host.context();
    if (!ctx?.me) throw new AppError('SIGNED_OUT', 'Sign in first.');
    return ctx;
  }
}

/** Re-encrypts every page under `key` (SQLite3 Multiple Ciphers re-keys only outside WAL mode). */
export function rekey(sqlite: BetterSqlite3.Database, key: StoreKey): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  // The cipher settings were set when the store opened; only the key changes.
  sqlite.pragma(rekeyPragmas(key).at(-1)!);
  sqlite.pragma('journal_mode = WAL');
}

function signInFailed(message: string, waitSeconds: number): AppError {
  return new AppError('SIGN_IN_FAILED', message, { waitSeconds });
}

async function hasTemporaryPassword(ctx: ServiceContext, id: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('person_credentials')
    .select('must_change')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.must_change === 1;
}

async function personById(ctx: ServiceContext, id: string): Promise<Person> {
  const row = await ctx.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.active === 0)
    throw new AppError('SIGN_IN_FAILED', 'That person can no longer sign in.', { waitSeconds: 0 });
  return { id: row.id, name: row.name, role: row.role, initials: row.initials };
}

// What every service gets: the store, who this installation is, who is acting, and the clock.
import { AsyncLocalStorage } from 'node:async_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../shared/contract/errors';
import type { SessionStatus, SignInPerson } from '../../shared/contract/session';
import type { Person, ShareGc, ShareMigration, ShareStatus, SyncReport } from '../../shared/contract/types';
import type { StoreKey } from '../db/cipher';
import type { Database } from '../db/schema';
import { ChangeRecorder, type ChangedRecord } from './changes';
import type { ChangeClock } from './clock';

export interface Installation {
  id: string;
  /** Two characters inside every case reference this installation issues. */
  code: string;
  /** 16 hex digits: this installation's node in the clock. */
  node: string;
}

export interface ServiceContext {
  db: Kysely<Database>;
  /** The raw handle, for bulk paths only (demo data), where per-row query building would dominate. */
  sqlite: BetterSqlite3.Database;
  /** The store's data key (restoring a copy of the store file, which is encrypted under it). */
  storeKey?: StoreKey;
  installation: Installation;
  clock: ChangeClock;
  dataDir: string;
  /** The officer using this installation, or null before first-run set-up. */
  me: Person | null;
  /** Started with `--demo`: an empty store gets the demo data once the officer has set up. */
  demoRequested?: boolean;
  now(): Date;
  /** The central share, as procedures may drive it (implemented by sync's runtime). */
  sync?: ShareControl;
  /** Told after every successful write, so sync can follow soon after. */
  afterWrite?: () => void;
  /**
   * The domain's rules that span records, run inside every write's transaction on what it
   * changed (the same check sync runs after a merge): wired by the composition root.
   */
  checks?: RecordChecks;
  /** Sign-in, lock and keys (implemented in store/signIn.ts, wired by the composition root). */
  session?: SessionControl;
}

/** What procedures may ask of the sign-in keeper: declared here so services need not know it. */
export interface SessionControl {
  status(): Promise<SessionStatus>;
  signIn(personId: string, password: string): Promise<SessionStatus>;
  lock(): Promise<SessionStatus>;
  changePassword(current: string, next: string): Promise<SessionStatus>;
  /** A temporary password's holder, signed in with it, chooses their own. */
  choosePassword(next: string): Promise<SessionStatus>;
  recoveryPeople(recoveryKey: string): Promise<SignInPerson[]>;
  recover(recoveryKey: string, personId: string, next: string): Promise<SessionStatus>;
  newRecoveryKey(): Promise<{ recoveryKey: string }>;
  setLockAfter(minutes: number): Promise<SessionStatus>;
  /**
   * After set-up's write has committed: re-keys the store away from its interim key, writes the
   * key file's first entry and the recovery wrap, and returns the recovery key (shown once).
   */
  afterSetUp(): Promise<string>;
  /**
   * Rewrites the key file's entries from the credentials in the store, after a committed write (a
   * new person or password); never fails the write's answer.
   */
  refreshKeysAfterWrite(): void;
  /**
   * After a restore has committed: the key file's entries become the restored people's (so they
   * sign in here with their own passwords), and a store still under its interim key is re-keyed.
   */
  afterRestore(): Promise<string | null>;
}

/** Checks of rules across records, on the records a write or a merge changed (may write attention items). */
export type RecordChecks = (
  db: BetterSqlite3.Database,
  changed: readonly ChangedRecord[],
  at: string,
) => void;

/** What the app's procedures may ask of sync: declared here so services never import sync. */
export interface ShareJoinInput {
  path: string;
  create: boolean;
  deviceLabel: string | null;
  /** The join code, when joining a share set up elsewhere. */
  code?: string | null;
}

export interface ShareControl {
  status(): ShareStatus;
  connect(input: ShareJoinInput): Promise<ShareStatus>;
  reidentify(input: { deviceLabel: string | null }): Promise<ShareStatus>;
  disconnect(): ShareStatus;
  syncNow(): Promise<SyncReport>;
  // Scripts (the CLI) take one step at a time against the folder they name, and see what each did.
  /** Sets up (`create`) or joins the share in `path`, without syncing. */
  join(input: ShareJoinInput): Promise<ShareStatus>;
  /** A join code for a new computer (valid once, for 24 hours). */
  joinCode(): Promise<{ code: string; expiresAt: string }>;
  /** Vouches for a computer on the share that joined without a code. */
  approve(replicaId: string): Promise<ShareStatus>;
  /** `reidentify` against the share in `path`, without syncing: the new reference code. */
  newIdentity(input: { path: string; deviceLabel: string | null }): Promise<{ code: string }>;
  /** Writes a snapshot to the share in `path`: its file name. */
  snapshot(path: string): Promise<string>;
  /** Removes this computer's old segments every computer has read (`share gc`): what went and what stayed. */
  gc(path: string): Promise<ShareGc>;
  /** Copies the share at `from` to `to`, each file checked (`share migrate`). */
  migrate(input: { from: string; to: string }): Promise<ShareMigration>;
  /** One sync with the share in `path`, reported in full. */
  syncFolder(path: string): Promise<SyncReport>;
  /** An attachment's file, verified, from the share (null if no intact copy is there or no share is set up). */
  fetchBlob(hash: string): Promise<Uint8Array | null>;
}

/** A write in progress: the transaction, who is making it, and the recorder for its audit trail. */
export interface Write {
  tx: Transaction<Database>;
  actor: Person;
  at: string;
  changes: ChangeRecorder;
}

export function requireOfficer(ctx: ServiceContext): Person {
  if (!ctx.me) {
    throw new AppError(
      'NOT_SET_UP',
      'Set up who is using Redress on this computer first (your name and initials).',
    );
  }
  return ctx.me;
}

/** Runs `work` in one transaction that also records every change it makes and the clock. */
export async function write<T>(
  ctx: ServiceContext,
  work: (w: Write) => Promise<T>,
  actor?: Person,
): Promise<T> {
  const who = actor ?? requireOfficer(ctx);
  const result = await ctx.db.transaction().execute(async (tx) => {
    const w: Write = {
      tx,
      actor: who,
      at: ctx.now().toISOString(),
      changes: new ChangeRecorder(tx, ctx.sqlite, ctx.clock, ctx.installation.id, who.id),
    };
    const result = await work(w);
    ctx.checks?.(ctx.sqlite, w.changes.changed, w.at);
    await ctx.clock.persist(tx);
    return result;
  });
  markCommitted();
  return result;
}

/** Notes that the current call has committed a write (bulk paths that use SQLite's own transactions). */
export function markCommitted(): void {
  const call = calls.getStore();
  if (call) call.committed = true;
}

/**
 * The same services, reading through the write's transaction: a write builds its answer with these
 * before it commits, so the answer is what was saved and nothing after the commit can fail.
 */
export function within(ctx: ServiceContext, w: Write): ServiceContext {
  return { ...ctx, db: w.tx };
}

/** What one procedure call has done so far, followed across its awaits. */
interface CallRecord {
  committed: boolean;
}
const calls = new AsyncLocalStorage<CallRecord>();

/**
 * Runs one procedure call, noting whether any write of it committed: a failure after a commit
 * must say the change was saved (a retry would enter it twice), never that nothing was.
 */
export async function trackCall<T>(
  run: () => Promise<T>,
): Promise<{ value?: T; error?: unknown; committed: boolean }> {
  const record: CallRecord = { committed: false };
  try {
    const value = await calls.run(record, run);
    return { value, committed: record.committed };
  } catch (error) {
    return { error, committed: record.committed };
  }
}

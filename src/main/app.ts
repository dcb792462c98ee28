// The composition root: opens a Redress store in a data directory and wires the domain together
// (the store's context, the domain's port for sync, the sync runtime, the router). Every front
// door (the Electron domain process, the local host, the CLI) and every test and benchmark opens
// Redress here and nowhere else; front doors then reach the domain through `dispatch` only.
import { AppError } from '../shared/contract/errors';
import type { StoreKey } from './db/cipher';
import { readKeyFile } from './db/keys/keyFile';
import { SCHEMA_VERSION } from './db/migrations';
import { checkDataFolder, openStore, type Store } from './db/open';
import { createLockedDispatch } from './router/lockedDispatch';
import { createDispatch } from './router/dispatch';
import type { Dispatch } from './router/types';
import { checkChangedCases } from './services/complaints/integrity';
import { settleDeadlines, settleDeadlinesOnOpen } from './services/complaints/nextDeadlines';
import { settleReportStages, settleReportStagesOnOpen } from './services/reporting/stageFacts';
import { stopPostExports } from './services/letters/post/jobs';
import { ensureInstallation, readMeta } from './services/installation';
import { ChangeClock } from './store/clock';
import type { RecordChecks } from './store/context';
import { encryptPlainBlobs, forgetBlobKey, useBlobKey } from './store/blobStore';
import { catchUpSearch } from './store/searchCatchUp';
import { rekey, SignInKeeper } from './store/signIn';
import { compactAfterErasure, compactionDue } from './store/erasureCompaction';
import type { SyncContext } from './sync/port';
import { SyncRuntime, type SyncRuntimeOptions } from './sync/runtime';

export interface RedressApp {
  /** The one way in for front doors: a procedure name and its input, a Result back. */
  dispatch: Dispatch;
  dataDir: string;
  /**
   * The store's context, for tests and benchmarks only (to inspect the store, seed it in bulk,
   * drive sync step by step). Front doors never use it: the CLI, the local host and Electron go
   * through `dispatch` (tests/integration/frontDoors.test.ts holds them to it). Locked (the store
   * not yet opened): reading it throws SIGNED_OUT.
   */
  context: SyncContext;
  store: Store;
  /** Sign-in and keys (tests read the key file's state through it). */
  session: SignInKeeper;
  close(): Promise<void>;
}

/**
 * What every write and merge runs before it commits, on what it changed: the lifecycle's rules
 * across records, and the next deadlines of the cases it touched (noted by the store's triggers).
 */
const recordChecks: RecordChecks = (db, changed, at) => {
  checkChangedCases(db, changed, at);
  settleDeadlines(db);
  settleReportStages(db);
};

/** A password given up front (tests, the CLI): `person` is an id or initials; omitted, whoever's it is. */
export interface UnlockWith {
  password: string;
  person?: string;
}

export async function openRedress(options: {
  dataDir: string;
  now?: () => Date;
  /** Sync with the central share in the background (the app and the local host; not the CLI or tests). */
  autoSync?: boolean;
  /** The sync runtime's settings (tests shorten the share's timeout). */
  sync?: SyncRuntimeOptions;
  /** `--demo`: an empty store gets the demo data for the officer who sets up (see router/firstRunDemo.ts). */
  demo?: boolean;
  /**
   * Sign in as the store opens (tests, the CLI). Without it a set-up store starts locked: only
   * `app.status` and `session.*` answer until someone signs in.
   */
  unlock?: UnlockWith;
}): Promise<RedressApp> {
  const now = options.now ?? (() => new Date());
  // Before the key file is read or written (a sign-in records its outcome there): a folder the
  // store would refuse is refused now, untouched, even when the store starts locked.
  checkDataFolder(options.dataDir);
  let opened: { store: Store; ctx: SyncContext; sync: SyncRuntime; dispatch: Dispatch } | null = null;
  const keeper: SignInKeeper = new SignInKeeper(options.dataDir, now, {
    context: () => opened?.ctx ?? null,
    open: async (key) => {
      opened = await openUnlocked(options, now, key, keeper);
      return opened.ctx;
    },
    rekeyed: (key) => {
      if (opened) opened.store.key = key;
    },
  });
  const keys = keeper.keys();
  if (keys.people.length === 0) {
    // Nobody set up yet (a new store, or one from before encryption): open under the interim key.
    const interim = keeper.interimKey();
    opened = await openUnlocked(options, now, interim.key, keeper);
    interim.keep();
  } else if (options.unlock) {
    const who = options.unlock.person;
    const entry = who && keys.people.find((p) => p.personId === who || p.initials === who.toUpperCase());
    if (who && !entry)
      throw new AppError('NOT_FOUND', `Nobody called "${who}" can sign in on this computer.`);
    const unlocked = await keeper.unlock(entry ? entry.personId : null, options.unlock.password);
    opened = await openUnlocked(options, now, unlocked.key, keeper);
    try {
      await keeper.signIn(unlocked.entry.personId, options.unlock.password);
    } catch (error) {
      await closeOpened(opened);
      throw error;
    }
  }
  const locked = createLockedDispatch(keeper, () => ({
    installation: keeper.keys().installation ?? { id: '', code: '' },
    me: null,
    schemaVersion: SCHEMA_VERSION,
    dataDir: options.dataDir,
    isEmpty: false,
    demoRequested: false,
  }));
  const whenOpen = <T>(pick: (o: NonNullable<typeof opened>) => T): T => {
    if (!opened) throw new AppError('SIGNED_OUT', 'Redress is locked: sign in first.');
    return pick(opened);
  };
  return {
    dispatch: (procedure, input, callOptions) => (opened?.dispatch ?? locked)(procedure, input, callOptions),
    dataDir: options.dataDir,
    get context() {
      return whenOpen((o) => o.ctx);
    },
    get store() {
      return whenOpen((o) => o.store);
    },
    session: keeper,
    close: async () => {
      if (opened) await closeOpened(opened);
      opened = null;
    },
  };
}

/** Whether a data folder's store is set up, so opening it needs a password (the CLI asks first). */
export function needsSignIn(dataDir: string): boolean {
  return (readKeyFile(dataDir)?.people.length ?? 0) > 0;
}

async function closeOpened(o: { store: Store; sync: SyncRuntime; ctx: SyncContext }): Promise<void> {
  await stopPostExports(o.ctx);
  await o.sync.stop();
  await o.store.close();
  forgetBlobKey(o.ctx.dataDir);
}

async function openUnlocked(
  options: Parameters<typeof openRedress>[0],
  now: () => Date,
  key: StoreKey,
  keeper: SignInKeeper,
) {
  const store = openWithKey(options.dataDir, key, keeper);
  keeper.storeKey = key;
  useBlobKey(options.dataDir, key);
  try {
    if (store.encryptedNow) encryptPlainBlobs(options.dataDir);
    const installation = await ensureInstallation(store.db);
    const ctx: SyncContext = {
      db: store.db,
      sqlite: store.sqlite,
      storeKey: key,
      installation,
      clock: new ChangeClock(installation.node, await readMeta(store.db, 'hlc'), () => now().getTime()),
      dataDir: options.dataDir,
      // Nobody until a password says who (set-up, sign-in).
      me: null,
      demoRequested: options.demo === true,
      now,
      // The Code's rules across records, checked on what each write changes (inside its
      // transaction) and, through sync's port, on what each merge changes.
      checks: recordChecks,
      domain: {
        afterMerge: (db, changed, at) => {
          recordChecks(db, changed, at);
          // People and passwords that arrived: the key file follows once the merge has committed.
          if (changed.some((c) => c.entity === 'person' || c.entity === 'person_credential'))
            setImmediate(() => void keeper.afterMerge());
        },
      },
      session: keeper,
    };
    // Search entries a restore or a merge left pending when it was interrupted.
    catchUpSearch(store.sqlite);
    // What an erasure left on disk, when its clean-up was interrupted.
    if (compactionDue(store.sqlite)) compactAfterErasure(store.sqlite, ctx.dataDir);
    // Next deadlines of a new or upgraded store, or a calendar that changed with this version.
    settleDeadlinesOnOpen(store.sqlite);
    settleReportStagesOnOpen(store.sqlite);
    const sync = new SyncRuntime(ctx, options.sync);
    ctx.sync = sync;
    ctx.afterWrite = () => sync.afterWrite();
    if (options.autoSync) sync.start();
    return { store, ctx, sync, dispatch: createDispatch(ctx) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * Opens the store with its key; if set-up was interrupted between writing the new key's wraps and
 * re-keying the store, it still opens with the interim key and the re-key is finished now.
 */
function openWithKey(dataDir: string, key: StoreKey, keeper: SignInKeeper): Store {
  const interim = keeper.keys().pending;
  if (!interim || interim === key.toString('hex')) return openStore(dataDir, { key });
  try {
    return openStore(dataDir, { key });
  } catch {
    const store = openStore(dataDir, { key: Buffer.from(interim, 'hex') });
    rekey(store.sqlite, key);
    keeper.finishSetUp();
    store.key = key;
    return store;
  }
}

// The composition root: opens a Redress store in a data directory and wires the domain together
// (the store's context, the domain's port for sync, the sync runtime, the router). Every front
// door (the Electron domain process, the local host, the CLI) and every test and benchmark opens
// Redress here and nowhere else; front doors then reach the domain through `dispatch` only.
import { openStore, type Store } from './db/open';
import { createDispatch } from './router/dispatch';
import type { Dispatch } from './router/types';
import { checkChangedCases } from './services/complaints/integrity';
import { settleDeadlines, settleDeadlinesOnOpen } from './services/complaints/nextDeadlines';
import { ensureInstallation, loadMe, readMeta } from './services/installation';
import { ChangeClock } from './store/clock';
import type { RecordChecks } from './store/context';
import { catchUpSearch } from './store/searchCatchUp';
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
   * through `dispatch` (tests/integration/frontDoors.test.ts holds them to it).
   */
  context: SyncContext;
  store: Store;
  close(): Promise<void>;
}

/**
 * What every write and merge runs before it commits, on what it changed: the lifecycle's rules
 * across records, and the next deadlines of the cases it touched (noted by the store's triggers).
 */
const recordChecks: RecordChecks = (db, changed, at) => {
  checkChangedCases(db, changed, at);
  settleDeadlines(db);
};

export async function openRedress(options: {
  dataDir: string;
  now?: () => Date;
  /** Sync with the central share in the background (the app and the local host; not the CLI or tests). */
  autoSync?: boolean;
  /** The sync runtime's settings (tests shorten the share's timeout). */
  sync?: SyncRuntimeOptions;
  /** `--demo`: an empty store gets the demo data for the officer who sets up (see router/firstRunDemo.ts). */
  demo?: boolean;
}): Promise<RedressApp> {
  const store = openStore(options.dataDir);
  try {
    const installation = await ensureInstallation(store.db);
    const now = options.now ?? (() => new Date());
    const ctx: SyncContext = {
      db: store.db,
      sqlite: store.sqlite,
      installation,
      clock: new ChangeClock(installation.node, await readMeta(store.db, 'hlc'), () => now().getTime()),
      dataDir: options.dataDir,
      me: await loadMe(store.db),
      demoRequested: options.demo === true,
      now,
      // The Code's rules across records, checked on what each write changes (inside its
      // transaction) and, through sync's port, on what each merge changes.
      checks: recordChecks,
      domain: { afterMerge: recordChecks },
    };
    // Search entries a restore or a merge left pending when it was interrupted.
    catchUpSearch(store.sqlite);
    // What an erasure left on disk, when its clean-up was interrupted.
    if (compactionDue(store.sqlite)) compactAfterErasure(store.sqlite, ctx.dataDir);
    // Next deadlines of a new or upgraded store, or a calendar that changed with this version.
    settleDeadlinesOnOpen(store.sqlite);
    const sync = new SyncRuntime(ctx, options.sync);
    ctx.sync = sync;
    ctx.afterWrite = () => sync.afterWrite();
    if (options.autoSync) sync.start();
    return {
      dispatch: createDispatch(ctx),
      dataDir: options.dataDir,
      context: ctx,
      store,
      close: async () => {
        await sync.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

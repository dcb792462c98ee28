import { openStore } from './db/open';
import type { RedressApp } from './app';
import { createDispatch } from './router/dispatch';
import { ChangeClock } from './store/clock';
import { checkMergedCases } from './services/complaints/integrity';
import { ensureInstallation, loadMe, readMeta } from './services/installation';
import type { SyncContext } from './sync/port';
import { SyncRuntime } from './sync/runtime';

export async function openRedress(options: {
  dataDir: string;
  now?: () => Date;
  /** Sync with the central share in the background (the app and the local host; not the CLI or tests). */
  autoSync?: boolean;
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
      now,
      domain: { afterMerge: checkMergedCases },
    };
    const sync = new SyncRuntime(ctx);
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

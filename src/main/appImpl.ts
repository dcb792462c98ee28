import { openStore } from './db/open';
import type { RedressApp } from './app';
import { createDispatch } from './router/dispatch';
import { ChangeClock } from './services/clock';
import type { ServiceContext } from './services/context';
import { ensureInstallation, loadMe, readMeta } from './services/installation';

export async function openRedress(options: { dataDir: string; now?: () => Date }): Promise<RedressApp> {
  const store = openStore(options.dataDir);
  try {
    const installation = await ensureInstallation(store.db);
    const now = options.now ?? (() => new Date());
    const ctx: ServiceContext = {
      db: store.db,
      sqlite: store.sqlite,
      installation,
      clock: new ChangeClock(installation.node, await readMeta(store.db, 'hlc'), () => now().getTime()),
      dataDir: options.dataDir,
      me: await loadMe(store.db),
      now,
    };
    return { dispatch: createDispatch(ctx), dataDir: options.dataDir, context: ctx, store, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}

// Opens a Redress store in a data directory and exposes the router. Every front door (the
// Electron domain process, the local host, the CLI, tests) goes through this and nothing else.
import type { Store } from './db/open';
import type { Dispatch } from './router/types';
import type { SyncContext } from './sync/port';

export interface RedressApp {
  dispatch: Dispatch;
  dataDir: string;
  /** For in-process front doors (CLI bulk commands, benchmarks) that need the store itself. */
  context: SyncContext;
  store: Store;
  close(): Promise<void>;
}

export { openRedress } from './appImpl';

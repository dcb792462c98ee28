// Where the store lives, for every front door: `--data-dir DIR` beats `REDRESS_DATA_DIR`, which
// beats the default — on Windows %LOCALAPPDATA%\Redress (this computer's own disk; roaming
// AppData is often redirected to a file server, where SQLite's log is unsafe), on macOS
// ~/Library/Application Support/Redress, elsewhere ~/.local/share/Redress.
import { homedir } from 'node:os';
import path from 'node:path';
import { moveStoreOnce } from './db/moveStore';
import { plainStoreError } from './db/storeErrors';

export { dataFolderProblem, type Mount } from './db/dataFolderCheck';
export { moveStoreOnce } from './db/moveStore';

/** A data folder named wrongly on the command line (a usage mistake, said in one sentence). */
export class DataDirError extends Error {}

export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback?: string): string {
  const explicit = explicitDataDir(argv, env);
  return explicit ?? fallback ?? defaultDataDir(env);
}

/** The folder named by --data-dir or REDRESS_DATA_DIR, or undefined when the default applies. */
export function explicitDataDir(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i >= 0) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (!value || value.startsWith('--'))
      throw new DataDirError('--data-dir needs a folder, e.g. --data-dir ./my-store');
    return value;
  }
  return env.REDRESS_DATA_DIR || undefined;
}

export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    const local =
      env.LOCALAPPDATA ??
      (env.USERPROFILE ? path.win32.join(env.USERPROFILE, 'AppData', 'Local') : undefined);
    if (local) return path.win32.join(local, 'Redress');
  }
  if (platform === 'darwin') return path.posix.join(homedir(), 'Library', 'Application Support', 'Redress');
  return path.join(env.XDG_DATA_HOME ?? path.join(homedir(), '.local', 'share'), 'Redress');
}

/** Where earlier versions kept the store on Windows (roaming AppData), or null elsewhere. */
export function roamingDataDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string | null {
  return platform === 'win32' && env.APPDATA ? path.win32.join(env.APPDATA, 'Redress') : null;
}

/** Which store to move from roaming to local AppData (Windows, default folder only), or null. */
export function roamingMovePlan(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): { from: string; to: string } | null {
  if (explicitDataDir(argv, env) !== undefined) return null;
  const from = roamingDataDir(env, platform);
  const to = defaultDataDir(env, platform);
  if (!from || path.win32.resolve(from).toLowerCase() === path.win32.resolve(to).toLowerCase()) return null;
  return { from, to };
}

/**
 * Before the default store is first opened on Windows: moves a store left in roaming AppData to
 * the local folder, once (db/moveStore.ts). Does nothing when a folder was named explicitly.
 */
export async function moveRoamingStore(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  const plan = roamingMovePlan(argv, env, platform);
  return plan ? moveStoreOnce(plan.from, plan.to) : false;
}

/**
 * Why Redress could not start on its store, as one sentence for a terminal or a dialog: the
 * store's own refusals, a mistaken --data-dir, or what the disk said; null for anything else
 * (a bug, which deserves its stack trace).
 */
export function startupProblem(error: unknown, dataDir?: string): string | null {
  if (error instanceof DataDirError) return error.message;
  const plain = plainStoreError(error, dataDir);
  if (plain) return plain.message;
  const code = (error as { code?: unknown })?.code;
  if (code === 'STORE_TOO_NEW' || code === 'STORE_UNAVAILABLE') return (error as Error).message;
  return null;
}

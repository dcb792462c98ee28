import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the store lives: `--data-dir DIR` beats `REDRESS_DATA_DIR`, which beats the default
 * (Electron's user-data folder in the app, `~/.local/share/Redress` elsewhere).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback?: string): string {
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i >= 0) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (!value) throw new Error('--data-dir needs a folder, e.g. --data-dir ./my-store');
    return value;
  }
  if (env.REDRESS_DATA_DIR) return env.REDRESS_DATA_DIR;
  return fallback ?? defaultDataDir(env);
}

export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'Redress');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Redress');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'Redress');
}

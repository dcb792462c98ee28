// Running the real CLI in a child process, as a user or a scheduled task would, with
// process.execPath (Node 22 under npm): the unit suite's bundle of it (tests/cliBundle.ts), or
// `node node_modules/tsx/dist/cli.mjs src/main/cli/index.ts <args>` where there is none.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { TEST_PASSWORD } from '../helpers';

export const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const CLI = join(ROOT, 'src/main/cli/index.ts');
const BUNDLED = inject('redressCli');
const COMMAND = BUNDLED ? [BUNDLED] : [TSX, CLI];

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; with `killAfterMs`, SIGKILLs its whole process group after that long. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  killAfterMs?: number,
): Promise<Exit> {
  return new Promise((done, fail) => {
    // Its own process group: the tsx CLI runs the script in a grandchild, and a kill from outside
    // must reach the process doing the work (we kill the group we started, by its id).
    const child = spawn(process.execPath, [...COMMAND, ...args], {
      cwd: ROOT,
      // Scripted runs sign in through the environment, as landlords' scripts do.
      env: { ...process.env, REDRESS_DATA_DIR: '', REDRESS_PASSPHRASE: TEST_PASSWORD, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer =
      killAfterMs === undefined
        ? null
        : setTimeout(() => {
            try {
              process.kill(-child.pid!, 'SIGKILL');
            } catch {
              // already gone
            }
          }, killAfterMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
  });
}

/** Killed by SIGKILL: directly, or (through the tsx CLI, which relays its child's death) exit code 128 + 9. */
export const wasKilled = (exit: Exit) => exit.signal === 'SIGKILL' || exit.code === 137;

/** Runs the CLI with --json and returns the parsed output, or throws with stderr. */
export async function cliJson<T = Record<string, unknown>>(
  args: string[],
  env: Record<string, string> = {},
): Promise<T> {
  const exit = await runCli([...args, '--json'], env);
  if (exit.code !== 0)
    throw new Error(
      `redress ${args.join(' ')} exited ${exit.code} ${exit.signal ?? ''}: ${exit.stderr.slice(-1500)}`,
    );
  return JSON.parse(exit.stdout) as T;
}

// Real child processes for the store tests: the CLI as a user or a scheduled task runs it, and a
// session killed mid-run. Node 22 (this process's), with tsx.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TEST_PASSWORD } from '../../helpers';

const ROOT = resolve(__dirname, '../../..');
// By file, so a child started in another folder (a script's own) still finds it.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string>, cwd = ROOT): Promise<Exit> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', TSX, ...args], {
      cwd,
      // Scripted runs sign in through the environment.
      env: { ...process.env, REDRESS_DATA_DIR: '', REDRESS_PASSPHRASE: TEST_PASSWORD, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** `npm run cli -- <args>` in a child process (started in `cwd`, as a script in that folder would). */
export const cliChild = (args: string[], env: Record<string, string> = {}, cwd = ROOT) =>
  run([join(ROOT, 'src/main/cli/index.ts'), ...args], env, cwd);

/** The local host's start-up (`npm start`'s fallback), which exits at once when it cannot start. */
export const serveChild = (args: string[], env: Record<string, string> = {}) =>
  run([join(ROOT, 'src/main/host/serve.ts'), ...args], env);

/** A session that saves `cases` cases and is killed before closing the store. */
export const crashChild = (dataDir: string, cases: number) =>
  run([join(ROOT, 'tests/integration/storeTools/crash.ts'), dataDir, String(cases)], {});

/** One plain sentence: a single line, no stack frames. */
export function isOneSentence(text: string): boolean {
  const lines = text.trim().split('\n');
  return lines.length === 1 && !/\n\s+at |SqliteError|Error:/.test(text);
}

// Small helpers shared by scripts/start.mjs, scripts/test.mjs and the Electron smoke test.
// Plain Node ESM, no dependencies: these run before anything is built.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron executable, found by looking at files only. Never `require('electron')` to find
 * out: with electron >= 42 that tries to download the binary (impossible here) and throws.
 * Honours ELECTRON_EXEC_PATH (electron-vite's override) and ELECTRON_OVERRIDE_DIST_PATH.
 */
export function findElectronBinary(root = ROOT, env = process.env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), relative);
  return existsSync(binary) ? binary : null;
}

/** The JS file behind node_modules/.bin/<name>, to run with this same Node (never the system one). */
export function binScript(name, root = ROOT) {
  return realpathSync(join(root, 'node_modules', '.bin', name));
}

/** Runs `node <bin> ...args` with this process's Node; resolves with the exit code. */
export function runBin(name, args, options = {}) {
  return run(process.execPath, [binScript(name), ...args], options);
}

export function run(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', (err) => {
      console.error(`Could not run ${command}: ${err.message}`);
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

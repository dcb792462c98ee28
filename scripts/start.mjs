// `npm start [-- --data-dir DIR] [--demo] [--browser] [--port N]`
//
// 1. Builds the app (electron-vite build) when out/ is missing or older than src/ or resources/.
// 2. Runs it in Electron when Electron's runtime is installed (electron-vite preview).
//    Otherwise — or with --browser — serves the same app to a browser on 127.0.0.1 (the local host,
//    src/main/host/serve.ts) and prints its address.
//
// --data-dir DIR (or REDRESS_DATA_DIR): which store to open; relative paths are taken from the
// folder `npm start` was run in. --demo: an empty store gets the demo data (500 cases) for the
// officer who sets up — the same as the welcome screen's "Add demo data".
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { binScript, findElectronBinary, ROOT, runBin } from './tools.mjs';

const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/main/domain-process.js',
  'out/preload/index.js',
  'out/renderer/index.html',
];
const BUILD_INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'package.json'];

function parseArgs(argv) {
  const options = { dataDir: undefined, demo: false, browser: false, port: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (!v || v.startsWith('--'))
        fail(`${name} needs a value, e.g. ${name === '--port' ? '--port 8080' : '--data-dir ./my-store'}`);
      return v;
    };
    if (name === '--data-dir') options.dataDir = value();
    else if (name === '--port') options.port = value();
    else if (name === '--demo') options.demo = true;
    else if (name === '--browser') options.browser = true;
    else fail(`Unknown option ${arg}. Use: npm start -- [--data-dir DIR] [--demo] [--browser] [--port N]`);
  }
  return options;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsStale() {
  const outputs = BUILD_OUTPUTS.map((p) => join(ROOT, p));
  if (!outputs.every((p) => existsSync(p))) return true;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const newestInput = Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(ROOT, p))));
  return newestInput > oldestOutput;
}

/** Runs a long-lived child, passes Ctrl-C / SIGTERM on to it, and exits with its code. */
function supervise(child) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const options = parseArgs(process.argv.slice(2));
// npm runs scripts in the package folder; relative paths are meant from where the user typed.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const dataDirValue = options.dataDir ?? process.env.REDRESS_DATA_DIR;
const dataDirArgs = dataDirValue ? ['--data-dir', resolve(userCwd, dataDirValue)] : [];
const demoArgs = options.demo ? ['--demo'] : [];

if (buildIsStale()) {
  console.log('Building Redress (electron-vite build)…');
  const code = await runBin('electron-vite', ['build']);
  if (code !== 0) fail('The build failed (see above), so Redress cannot start.');
}

const electron = options.browser ? null : findElectronBinary();
if (electron) {
  supervise(
    spawn(
      process.execPath,
      [binScript('electron-vite'), 'preview', '--skipBuild', '--', ...dataDirArgs, ...demoArgs],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, ELECTRON_EXEC_PATH: electron },
      },
    ),
  );
} else {
  const portArgs = options.port ? ['--port', options.port] : [];
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/host/serve.ts', ...dataDirArgs, ...portArgs, ...demoArgs],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  createInterface({ input: child.stdout }).on('line', (line) => {
    const served = /^Redress is serving (\S+)$/.exec(line);
    if (!served) return console.log(line);
    const why = options.browser
      ? 'Redress is serving the app to your browser:'
      : "Electron's runtime is not installed on this machine, so Redress is serving the same app to your browser instead:";
    console.log(`${why} ${served[1]}`);
    console.log('(Press Ctrl+C to stop.)');
  });
  supervise(child);
}

// `npm test`: every check this project has, in order, with one closing line `N passed, N failed`.
//
//   typecheck (tsc), lint (eslint), cycles (dependency-cruiser),
//   build (electron-vite build)                                   → one check each, two at a time
//   unit + integration tests (vitest.config.ts)                   → counted per test
//   browser end-to-end tests (tests/e2e/vitest.e2e.config.ts)     → counted per test, if present
//   Electron smoke test (tests/electron/)                         → skips itself without Electron's runtime
//
// Every step runs even when an earlier one failed, so one run shows everything that is wrong;
// the exit code is non-zero if anything failed. A vitest run that exits non-zero without a
// failed test (a file that does not load, an unhandled error) counts as one failure.
// Options: --only <step name> (repeatable), e.g. `npm test -- --only unit`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { binScript, findElectronBinary, ROOT, run } from './tools.mjs';

const RESULTS = join(ROOT, 'test-results');

const steps = [
  { name: 'typecheck', check: ['tsc', ['--noEmit', '-p', '.']] },
  { name: 'lint', check: ['eslint', ['.', '--max-warnings', '0']] },
  // No import cycles anywhere in src/ (.dependency-cruiser.cjs).
  { name: 'cycles', check: ['depcruise', ['src', '--config', '.dependency-cruiser.cjs']] },
  { name: 'build', check: ['electron-vite', ['build']] },
  { name: 'unit', vitest: ['run'] },
  {
    name: 'e2e',
    vitest: ['run', '-c', 'tests/e2e/vitest.e2e.config.ts'],
    when: () => existsSync(join(ROOT, 'tests/e2e/vitest.e2e.config.ts')),
  },
  // The sync suite on a real SMB share (Samba + a FUSE SMB client on loopback), as small landlords' NAS shares behave.
  {
    name: 'smb',
    vitest: [],
    wrapper: ['bash', ['tests/sync/with-smb-share.sh']],
    when: () => process.getuid?.() === 0 && existsSync(join(ROOT, '../shared/tools/smb-share')),
    whyNot: 'skipped: needs root and ../shared/tools/smb-share',
  },
  {
    name: 'electron',
    vitest: ['run', '-c', 'tests/electron/vitest.electron.config.mts'],
    needsDisplay: true,
  },
];

const only = [];
for (let i = 2; i < process.argv.length; i++) if (process.argv[i] === '--only') only.push(process.argv[++i]);

mkdirSync(RESULTS, { recursive: true });
const rows = [];
let passed = 0;
let failed = 0;
let skipped = 0;

const chosen = steps.filter((step) => only.length === 0 || only.includes(step.name));

// The checks (each one single-threaded) two at a time, one per CPU; each one's output is shown
// whole when it ends, so the log reads as if they had run in turn.
const checks = chosen.filter((step) => step.check);
const checked = new Map();
let next = 0;
await Promise.all(
  [0, 1].map(async () => {
    while (next < checks.length) {
      const step = checks[next++];
      const started = Date.now();
      const [bin, args] = step.check;
      const { code, output } = await runBinCaptured(bin, args);
      console.log(`\n── ${step.name} ${'─'.repeat(Math.max(0, 60 - step.name.length))}\n${output}`);
      checked.set(step, { code, ms: Date.now() - started });
    }
  }),
);

for (const step of chosen) {
  if (step.check) {
    const { code, ms } = checked.get(step);
    if (code === 0) passed++;
    else failed++;
    rows.push([step.name, code === 0 ? 'passed' : `FAILED (exit ${code})`, ms]);
    continue;
  }
  if (step.when && !step.when()) {
    rows.push([step.name, step.whyNot ?? 'not present']);
    continue;
  }
  console.log(`\n── ${step.name} ${'─'.repeat(Math.max(0, 60 - step.name.length))}`);
  const started = Date.now();

  const jsonFile = join(RESULTS, `vitest-${step.name}.json`);
  rmSync(jsonFile, { force: true });
  const args = [...step.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`];
  const code = step.wrapper
    ? await run(step.wrapper[0], [...step.wrapper[1], ...args.slice(step.vitest.length)])
    : await runVitest(args, step.needsDisplay);
  const counts = readVitestJson(jsonFile);
  let stepFailed = counts.failed;
  if (code !== 0 && stepFailed === 0) stepFailed = 1;
  passed += counts.passed;
  failed += stepFailed;
  skipped += counts.skipped;
  rows.push([
    step.name,
    `${counts.passed} passed, ${stepFailed} failed, ${counts.skipped} skipped${code !== 0 && counts.failed === 0 ? ` (vitest exit ${code})` : ''}`,
    Date.now() - started,
  ]);
}

console.log('\nSummary');
for (const [name, outcome, ms] of rows)
  console.log(`  ${name.padEnd(10)} ${outcome}${ms === undefined ? '' : `  (${(ms / 1000).toFixed(1)} s)`}`);
if (skipped > 0) console.log(`  ${skipped} skipped (see the reasons above)`);
const closing = `${passed} passed, ${failed} failed`;
writeFileSync(join(RESULTS, 'summary.txt'), `${closing}\n`);
console.log(closing);
process.exit(failed > 0 ? 1 : 0);

/** Runs `node <bin> ...args` with this Node, keeping what it prints (both streams, in order). */
function runBinCaptured(name, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [binScript(name), ...args], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => done({ code: 127, output: `Could not run ${name}: ${err.message}` }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** vitest with this Node; under xvfb-run when the suite needs a display and there is none. */
function runVitest(args, needsDisplay) {
  const vitest = binScript('vitest');
  if (needsDisplay && !process.env.DISPLAY && findElectronBinary() && existsSync('/usr/bin/xvfb-run')) {
    return run('/usr/bin/xvfb-run', ['-a', process.execPath, vitest, ...args]);
  }
  return run(process.execPath, [vitest, ...args]);
}

function readVitestJson(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    let failedFiles = 0;
    for (const result of report.testResults ?? []) {
      const failedInFile = (result.assertionResults ?? []).filter((a) => a.status === 'failed').length;
      if (result.status === 'failed' && failedInFile === 0) failedFiles++;
    }
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + failedFiles,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

// Browser end-to-end tests: the built renderer (out/renderer) served by the local host, driven in
// Chromium with playwright-core. Build first (`npx electron-vite build`); `npm test` does.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.e2e.ts'],
    // New key wraps use the cheap Argon2 cost, as in the unit suite: the hosts these tests start run
    // in this process, and ~100 set-ups and sign-ins at 128 MiB × 3 passes cost minutes of CI.
    setupFiles: ['tests/setup.ts'],
    pool: 'forks',
    // Two files at a time: each has its own host (port 0), store, share folder and browser, and
    // most of a browser test is waiting on the page, so two overlap well on a 2-CPU machine.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});

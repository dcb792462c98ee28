// Browser end-to-end tests: the built renderer (out/renderer) served by the local host, driven in
// Chromium with playwright-core. Build first (`npx electron-vite build`); `npm test` does.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});

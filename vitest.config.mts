import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    pool: 'forks',
    // Two files at a time on CI's 2-CPU machine (vitest's default there is one): much of the suite
    // waits on child processes, emulators and the disk, and the rest shares the CPUs well.
    fileParallelism: true,
    maxWorkers: 2,
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/cliBundle.ts'],
    testTimeout: 30_000,
  },
});

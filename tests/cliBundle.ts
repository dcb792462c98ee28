// Vitest global set-up for the unit suite: the command line bundled once (esbuild, the same
// bundler electron-vite uses) for the tests that run it in a child process, as landlords' scripts
// do. Under tsx every such process spent ~3 s compiling the source before doing anything; the
// bundle starts in about one. It sits inside node_modules, so its packages resolve as the
// source's do, and resources/ is found above it as from the source tree.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled CLI (…/cli/index.cjs), or '' when it could not be built. */
    redressCli: string;
  }
}

const ROOT = resolve(__dirname, '..');

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = join(ROOT, 'node_modules/.cache', `redress-cli-${process.pid}`);
  // The CLI runs itself only when started as …/cli/index.*: keep that name.
  const outfile = join(dir, 'cli', 'index.cjs');
  await build({
    entryPoints: [join(ROOT, 'src/main/cli/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  project.provide('redressCli', outfile);
  return () => rmSync(dir, { recursive: true, force: true });
}

// The front doors (the CLI, the local host, the Electron shell) reach the domain through the
// router's dispatch only: none of their files imports a service, the store, sync or the database.
// The lint floors (eslint/main-floors.mjs) say the same for static imports; this also catches
// import() and require(), and src/main/index.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const DOORS = ['src/main/cli', 'src/main/host', 'src/main/electron', 'src/main/index.ts'];
const FORBIDDEN = ['services', 'store', 'sync', 'db'];

/** Every module a file names: static imports and re-exports (one or many lines), import(), require(). */
function importsOf(code: string): string[] {
  const pattern =
    /\b(?:import|export)\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...code.matchAll(pattern)].map((m) => (m[1] ?? m[2])!);
}

/** `file → target` for each import of `file` (a path from the repository root) that a front door may not make. */
function reachesPast(file: string, code: string): string[] {
  return importsOf(code)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      relative(ROOT, resolve(ROOT, dirname(file), specifier))
        .split(sep)
        .join('/'),
    )
    .filter((target) =>
      FORBIDDEN.some((layer) => target === `src/main/${layer}` || target.startsWith(`src/main/${layer}/`)),
    )
    .map((target) => `${file} → ${target}`);
}

function sourceFiles(path: string): string[] {
  if (statSync(join(ROOT, path)).isDirectory())
    return readdirSync(join(ROOT, path)).flatMap((name) => sourceFiles(`${path}/${name}`));
  return /\.[cm]?[jt]sx?$/.test(path) ? [path] : [];
}

describe('front doors go through dispatch', () => {
  const found = DOORS.flatMap(sourceFiles).flatMap((file) =>
    reachesPast(file, readFileSync(join(ROOT, file), 'utf8')),
  );

  it('the CLI, the local host and the Electron shell import no service, store, sync or db module', () => {
    expect(found).toEqual([]);
  });

  it('catches a deliberate bad import, however it is written', () => {
    const bad = [
      "import { seedStore } from '../services/demo';",
      "import type { ServiceContext } from '../store/context';",
      "import {\n  syncOnce,\n  writeSnapshot,\n} from '../sync/engine';",
      "export * from '../db/open';",
      "const engine = await import('../sync/engine');",
      "import '../services/cases';",
      "import { stateHash } from '../../main/store/stateHash';",
    ];
    for (const line of bad) {
      expect(reachesPast('src/main/cli/example.ts', line), line).toHaveLength(1);
      expect(reachesPast('src/main/host/example.ts', line), line).toHaveLength(1);
    }
    expect(
      reachesPast('src/main/host/nested/example.ts', "import { x } from '../../services/cases';"),
    ).toEqual(['src/main/host/nested/example.ts → src/main/services/cases']);
  });

  it('lets a front door import the composition root, the router, shared code and its own files', () => {
    const good = [
      "import { openRedress, type RedressApp } from '../app';",
      "import { callProcedure } from '../router/rpc';",
      "import type { InputOf } from '../../shared/contract';",
      "import { Flags } from './args';",
      "import { createServer } from 'node:http';",
      "const text = 'services/store/sync';",
      "import { servicesList } from './services-list';",
    ];
    for (const line of good) expect(reachesPast('src/main/cli/example.ts', line), line).toEqual([]);
  });
});

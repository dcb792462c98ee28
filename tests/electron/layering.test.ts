// The layering rules in eslint.config.mjs, checked on small snippets placed in each layer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
}

describe('layering (eslint.config.mjs)', () => {
  it('keeps src/shared pure', async () => {
    for (const code of [
      "import x from 'node:fs';",
      "import x from 'fs';",
      "import x from 'fs/promises';",
      "import x from 'electron';",
      "import x from 'react';",
      "import x from 'better-sqlite3';",
      "import { x } from 'kysely';",
      "import { x } from '../../main/app';",
      "import { x } from '../../renderer/src/App';",
      "import { x } from '../../preload/index';",
    ]) {
      expect(await restricted('src/shared/domain/example.ts', code), code).toBe(true);
    }
    expect(await restricted('src/shared/domain/example.ts', "import { x } from 'zod';")).toBe(false);
    expect(await restricted('src/shared/domain/example.ts', "import { x } from '../contract/errors';")).toBe(
      false,
    );
  });

  it('keeps the renderer away from Node, Electron, the store and src/main', async () => {
    for (const code of [
      "import x from 'node:path';",
      "import x from 'path';",
      "import x from 'electron';",
      "import x from 'better-sqlite3';",
      "import { x } from '../../../main/app';",
      "import { x } from '../../preload/index';",
    ]) {
      expect(await restricted('src/renderer/src/api/example.ts', code), code).toBe(true);
    }
    expect(
      await restricted('src/renderer/src/api/example.ts', "import type { x } from '../../preload/index.d';"),
    ).toBe(false);
    expect(
      await restricted('src/renderer/src/api/example.ts', "import { x } from '../../../shared/contract';"),
    ).toBe(false);
  });

  it('lets only the Electron shell import electron in src/main', async () => {
    expect(await restricted('src/main/services/example.ts', "import { x } from 'electron';")).toBe(true);
    expect(await restricted('src/main/host/example.ts', "import { x } from 'electron';")).toBe(true);
    expect(await restricted('src/main/services/example.ts', "import { x } from 'node:fs';")).toBe(false);
    expect(await restricted('src/main/index.ts', "import { x } from 'electron';")).toBe(false);
    expect(await restricted('src/main/electron/example.ts', "import { x } from 'electron';")).toBe(false);
  });

  it('lets the preload import only electron at runtime', async () => {
    expect(await restricted('src/preload/example.ts', "import { x } from 'electron';")).toBe(false);
    expect(await restricted('src/preload/example.ts', "import type { x } from '../shared/contract';")).toBe(
      false,
    );
    expect(await restricted('src/preload/example.ts', "import { x } from '../shared/contract';")).toBe(true);
    expect(await restricted('src/preload/example.ts', "import { x } from 'zod';")).toBe(true);
    expect(await restricted('src/preload/example.ts', "import x from 'node:fs';")).toBe(true);
  });
});

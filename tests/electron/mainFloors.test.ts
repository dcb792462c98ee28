// The floors inside src/main (eslint/main-floors.mjs), checked on snippets placed in each folder:
// every floor refuses what is not on its allow-list, accepts what is, and keeps the outer walls.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
}

const refused = async (file: string, from: string) =>
  expect(await restricted(file, `import { x } from '${from}';`), `${file} ← ${from}`).toBe(true);
const allowed = async (file: string, from: string) =>
  expect(await restricted(file, `import { x } from '${from}';`), `${file} ← ${from}`).toBe(false);

describe('floors inside src/main (eslint/main-floors.mjs)', () => {
  it('keeps db at the bottom', async () => {
    for (const up of ['../store/registry', '../services/cases', '../sync/engine', '../app'])
      await refused('src/main/db/example.ts', up);
    await refused('src/main/db/migrations/example.ts', '../../store/registry');
    await allowed('src/main/db/example.ts', './schema');
    await allowed('src/main/db/migrations/example.ts', '../schema');
    await allowed('src/main/db/example.ts', '../../shared/contract/errors');
  });

  it('lets the store use only db', async () => {
    for (const up of ['../services/cases', '../sync/engine', '../router/dispatch', '../cli/io', '../app'])
      await refused('src/main/store/example.ts', up);
    await allowed('src/main/store/example.ts', '../db/schema');
    await allowed('src/main/store/example.ts', './registry');
  });

  it('keeps services and sync apart: sync reaches the domain only through its port', async () => {
    for (const up of ['../sync/engine', '../router/dispatch', '../host/localHost', '../app'])
      await refused('src/main/services/example.ts', up);
    await refused('src/main/services/complaints/example.ts', '../../sync/runtime');
    await allowed('src/main/services/complaints/example.ts', '../cases');
    await allowed('src/main/services/complaints/example.ts', '../../store/context');
    await allowed('src/main/services/example.ts', '../store/context');
    for (const up of ['../services/complaints/integrity', '../router/dispatch', '../app'])
      await refused('src/main/sync/example.ts', up);
    await allowed('src/main/sync/example.ts', '../store/registry');
    await allowed('src/main/sync/example.ts', './port');
  });

  it('keeps the router off sync and the front doors', async () => {
    for (const up of ['../sync/runtime', '../cli/io', '../host/localHost', '../app'])
      await refused('src/main/router/example.ts', up);
    await allowed('src/main/router/example.ts', '../services/cases');
  });

  it('lets the front doors reach the domain only through app.ts and the router', async () => {
    for (const door of ['cli', 'host', 'electron']) {
      for (const up of ['../services/cases', '../store/stateHash', '../sync/engine', '../db/open'])
        await refused(`src/main/${door}/example.ts`, up);
      await allowed(`src/main/${door}/example.ts`, '../app');
      await allowed(`src/main/${door}/example.ts`, '../router/types');
    }
  });

  it('keeps the outer walls inside every floor', async () => {
    for (const floor of ['store', 'services', 'sync', 'router', 'cli', 'host']) {
      expect(await restricted(`src/main/${floor}/example.ts`, "import { x } from 'electron';"), floor).toBe(
        true,
      );
      await refused(`src/main/${floor}/example.ts`, '../../renderer/src/App');
    }
    expect(await restricted('src/main/electron/example.ts', "import { x } from 'electron';")).toBe(false);
  });
});

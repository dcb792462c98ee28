// The floors inside the renderer (eslint/renderer-floors.mjs), checked on small snippets placed in
// each floor: the direction of imports, and the renderer's outer walls still standing inside each.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const R = 'src/renderer/src';

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
}

async function expectRestricted(filePath: string, codes: string[], expected: boolean): Promise<void> {
  for (const code of codes) expect(await restricted(filePath, code), `${filePath}: ${code}`).toBe(expected);
}

describe('renderer floors (eslint/renderer-floors.mjs)', () => {
  it('keeps the ground floor (ui, nav, api) from importing features or the shell', async () => {
    await expectRestricted(
      `${R}/ui/Example.tsx`,
      [
        "import { x } from '../features/cases';",
        "import { x } from '../features/cases/CasesTable';",
        "import { x } from '../app/theme';",
      ],
      true,
    );
    await expectRestricted(
      `${R}/nav/Example.tsx`,
      ["import { x } from '../features/sync';", "import { x } from '../app/Shell';"],
      true,
    );
    await expectRestricted(
      `${R}/api/example.ts`,
      [
        "import { x } from '../app/App';",
        "import { x } from '../features/log-call';",
        "import { x } from '../ui/format';",
        "import { x } from '../nav/routes';",
      ],
      true,
    );
    await expectRestricted(
      `${R}/ui/Example.tsx`,
      [
        "import { x } from '../api/errors';",
        "import { x } from '../nav/searchTarget';",
        "import { x } from './format';",
        "import { x } from '../../../shared/contract';",
        "import { x } from '@mantine/core';",
      ],
      false,
    );
    await expectRestricted(
      `${R}/api/example.ts`,
      ["import { x } from './transport';", "import { x } from '../../../shared/contract/errors';"],
      false,
    );
  });

  it('keeps features from the shell and from the inside of other features', async () => {
    await expectRestricted(
      `${R}/features/cases/Example.tsx`,
      [
        "import { x } from '../../app/SessionContext';",
        "import { x } from '../complaint/DeadlineBadge';",
        "import { x } from '../complaint/commandForms/types';",
        "import { x } from '../../features/sync/ShareStatusProvider';",
      ],
      true,
    );
    await expectRestricted(
      `${R}/features/complaint/commandForms/Example.tsx`,
      ["import { x } from '../../../app/theme';", "import { x } from '../../residents/ResidentPage';"],
      true,
    );
    await expectRestricted(
      `${R}/features/cases/Example.tsx`,
      [
        "import { x } from '../complaint';",
        "import { x } from '../sync/index';",
        "import { x } from './CasesTable';",
        "import { x } from './sub/Part';",
        "import { x } from '../../ui/Section';",
        "import { x } from '../../api/useQuery';",
        "import { x } from '../../nav/RouteLink';",
        "import { x } from '../../../../shared/contract/types';",
      ],
      false,
    );
    await expectRestricted(
      `${R}/features/complaint/commandForms/Example.tsx`,
      [
        "import { x } from '../ModalForm';",
        "import { x } from './types';",
        "import { x } from '../../../ui/dates';",
        "import { x } from '../../sync';",
      ],
      false,
    );
  });

  it('lets the shell use features only through their index', async () => {
    await expectRestricted(
      `${R}/app/Example.tsx`,
      ["import { x } from '../features/sync/ShareIndicator';"],
      true,
    );
    await expectRestricted(
      `${R}/app/Example.tsx`,
      [
        "import { x } from '../features/sync';",
        "import { x } from '../nav/routes';",
        "import { x } from '../ui/Feedback';",
        "import { x } from './theme';",
      ],
      false,
    );
  });

  it('still keeps every floor away from Node, Electron, the store and src/main', async () => {
    const floors = [
      `${R}/api/example.ts`,
      `${R}/nav/example.ts`,
      `${R}/ui/Example.tsx`,
      `${R}/features/cases/Example.tsx`,
      `${R}/features/complaint/commandForms/Example.tsx`,
      `${R}/app/Example.tsx`,
    ];
    for (const file of floors) {
      await expectRestricted(
        file,
        [
          "import x from 'node:fs';",
          "import x from 'path';",
          "import x from 'electron';",
          "import x from 'better-sqlite3';",
          "import { x } from 'kysely';",
          "import { x } from '../../../../main/app';",
          "import { x } from '../../../preload/index';",
        ],
        true,
      );
      await expectRestricted(file, ["import type { x } from '../../../preload/index.d';"], false);
    }
  });
});

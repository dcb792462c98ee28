import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedress, type RedressApp } from '../src/main/app';
import { runCli } from '../src/main/cli/index';
import type { InputOf, OutputOf, Person, ProcedureName } from '../src/shared/contract';

export function tempDir(prefix = 'redress-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real store in a temp folder, with a typed call that throws on error results. */
export async function openTestApp(dataDir: string, options: { officer?: boolean } = {}) {
  const app = await openRedress({ dataDir });
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  if (options.officer !== false && !app.context.me) {
    // An administrator, so a test may call every procedure; a test of roles acts as others (actAs).
    await call('people.setUpOfficer', { name: 'Priya Shah', initials: 'PS', role: 'admin' });
  }
  return { app, call };
}

export type TestApp = RedressApp;

/**
 * From now on `person` is at the keyboard of `app` (null: nobody is signed in). The one place tests
 * switch who is acting, so when signing in becomes a procedure only this function changes.
 */
export function actAs(app: RedressApp, person: Person | null): void {
  app.context.me =
    person === null
      ? null
      : { id: person.id, name: person.name, initials: person.initials, role: person.role };
}

/** The real CLI, in this process, on the store in `dataDir`: its exit code and what it printed. */
export async function cliIn(dataDir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { REDRESS_DATA_DIR: dataDir },
    { out: (t) => out.push(t), progress: (t) => err.push(t) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

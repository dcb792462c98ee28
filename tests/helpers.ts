import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedress, type RedressApp } from '../src/main/app';
import { runCli } from '../src/main/cli/index';
import { openSqlite } from '../src/main/db/cipher';
import { STORE_FILE } from '../src/main/db/open';
import { SignInKeeper } from '../src/main/store/signIn';
import type { InputOf, OutputOf, Person, ProcedureName } from '../src/shared/contract';
import type { SyncRuntimeOptions } from '../src/main/sync/runtime';

export function tempDir(prefix = 'redress-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Retries: closing never waits on share I/O it abandoned (runtime.ts stop()), so a file can still
  // land in a share folder inside `dir` while it is being removed (ENOTEMPTY).
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }) };
}

/** The password of every officer the tests set up (stores are encrypted; tests sign in with it). */
export const TEST_PASSWORD = 'test password 1';

/** Signs in as the store opens (a set-up store), so tests that reopen a store find it unlocked. */
export const TEST_UNLOCK = { password: TEST_PASSWORD };

/** A real store in a temp folder, with a typed call that throws on error results. */
export async function openTestApp(
  dataDir: string,
  options: { officer?: boolean; sync?: SyncRuntimeOptions } = {},
) {
  const app = await openRedress({
    dataDir,
    unlock: TEST_UNLOCK,
    ...(options.sync ? { sync: options.sync } : {}),
  });
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  if (options.officer !== false && !app.context.me) {
    // An administrator, so a test may call every procedure; a test of roles acts as others (actAs).
    await call('people.setUpOfficer', {
      name: 'Priya Shah',
      initials: 'PS',
      role: 'admin',
      password: TEST_PASSWORD,
    });
  }
  return { app, call };
}

export type TestApp = RedressApp;

/**
 * A raw SQLite handle on a closed test store (to age it, damage it, inspect it), or on a copy of it
 * (`file`, under the same key): the data key is unwrapped with the test password.
 */
export async function openRawStore(dataDir: string, file = join(dataDir, STORE_FILE)) {
  return openSqlite(file, await storeKey(dataDir));
}

/** The data key of the store in `dataDir`, unwrapped with the test password as signing in would. */
export async function storeKey(dataDir: string): Promise<Buffer> {
  const keeper = new SignInKeeper(dataDir, () => new Date(), {
    context: () => null,
    open: async () => null as never,
    rekeyed: () => {},
  });
  return (await keeper.unlock(null, TEST_PASSWORD)).key;
}

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
    { REDRESS_DATA_DIR: dataDir, REDRESS_PASSPHRASE: TEST_PASSWORD },
    { out: (t) => out.push(t), progress: (t) => err.push(t) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

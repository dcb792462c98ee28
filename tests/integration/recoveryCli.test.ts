// Sign-in from the command line, mended: a temporary first password makes `signin` ask for the
// person's own, `people reset-password` opens the store with the recovery key, and `recovery-key
// new` prints a new one. Through the real CLI on a real encrypted store.
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/index';
import { tempDir, TEST_PASSWORD } from '../helpers';

const tmp = tempDir('redress-recovery-cli-');
afterAll(() => tmp.remove());

/** The CLI with exactly these variables (the store's folder added): no terminal, so no prompts. */
async function cli(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { REDRESS_DATA_DIR: tmp.dir, ...env },
    { out: (t) => out.push(t), progress: (t) => err.push(t) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const asPriya = { REDRESS_PASSPHRASE: TEST_PASSWORD, REDRESS_USER: 'PS' };

describe('signing in and recovering from the command line', () => {
  let recoveryKey = '';
  let tom = { id: '', firstPassword: '' };

  it('init prints the recovery key; people add a temporary first password', async () => {
    const init = await cli(
      asPriya,
      'init',
      '--name',
      'Priya Shah',
      '--initials',
      'PS',
      '--role',
      'admin',
      '--json',
    );
    expect(init.code).toBe(0);
    recoveryKey = JSON.parse(init.out).recoveryKey;
    const added = await cli(asPriya, 'people', 'add', '--name', 'Tom Reid', '--initials', 'TR', '--json');
    tom = JSON.parse(added.out);
    expect(tom.firstPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  });

  it('a temporary password opens nothing until signin has asked for their own', async () => {
    const asTom = { REDRESS_PASSPHRASE: tom.firstPassword, REDRESS_USER: 'TR' };
    const refused = await cli(asTom, 'case', 'list');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/temporary one an administrator gave you: run signin/);
    const noNew = await cli(asTom, 'signin');
    expect(noNew.code).toBe(2);
    expect(noNew.err).toMatch(/needs a new password: .*REDRESS_NEW_PASSPHRASE/);
    const chosen = await cli({ ...asTom, REDRESS_NEW_PASSPHRASE: 'tom chose his own' }, 'signin');
    expect(chosen).toMatchObject({ code: 0, out: 'Signed in as Tom Reid (TR), officer.' });
    expect(
      (await cli({ REDRESS_PASSPHRASE: 'tom chose his own', REDRESS_USER: 'TR' }, 'case', 'list')).code,
    ).toBe(0);
  });

  it('people reset-password: the recovery key (typed any way) sets a new password; a wrong key is refused', async () => {
    const wrong = await cli(
      {
        REDRESS_RECOVERY_KEY: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
        REDRESS_NEW_PASSPHRASE: 'forgotten again',
      },
      'people',
      'reset-password',
      tom.id,
    );
    expect(wrong).toMatchObject({ code: 1, err: 'That recovery key is not right.' });
    const noKey = await cli({}, 'people', 'reset-password', tom.id);
    expect(noKey.code).toBe(2);
    expect(noKey.err).toMatch(/needs the recovery key: .*REDRESS_RECOVERY_KEY/);
    const reset = await cli(
      {
        REDRESS_RECOVERY_KEY: recoveryKey.toLowerCase().replace(/-/g, ' '),
        REDRESS_NEW_PASSPHRASE: 'tom reset by key',
      },
      'people',
      'reset-password',
      tom.id,
    );
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/^Tom Reid's password is reset with the recovery key/);
    expect((await cli({ REDRESS_PASSPHRASE: 'tom chose his own', REDRESS_USER: 'TR' }, 'signin')).code).toBe(
      1,
    );
    expect((await cli({ REDRESS_PASSPHRASE: 'tom reset by key', REDRESS_USER: 'TR' }, 'signin')).code).toBe(
      0,
    );
  });

  it('recovery-key new: administrators only; prints a new key and the old one stops working', async () => {
    const officer = await cli(
      { REDRESS_PASSPHRASE: 'tom reset by key', REDRESS_USER: 'TR' },
      'recovery-key',
      'new',
    );
    expect(officer.code).toBe(1);
    expect(officer.err).toMatch(/administrator/i);
    const made = await cli(asPriya, 'recovery-key', 'new', '--json');
    const next = JSON.parse(made.out).recoveryKey as string;
    expect(next).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    const old = await cli(
      { REDRESS_RECOVERY_KEY: recoveryKey, REDRESS_NEW_PASSPHRASE: 'priya via old key' },
      'people',
      'reset-password',
      tom.id,
    );
    expect(old.code).toBe(1);
    const fresh = await cli(
      { REDRESS_RECOVERY_KEY: next, REDRESS_NEW_PASSPHRASE: 'tom via new key' },
      'people',
      'reset-password',
      tom.id,
    );
    expect(fresh.code).toBe(0);
  });
});

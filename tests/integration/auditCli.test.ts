// `audit verify [--json]` and `audit views REF --json` through the real CLI on a real store.
import { afterEach, describe, expect, it } from 'vitest';
import { cliIn as cli, openTestApp, tempDir } from '../helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function store() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  return tmp.dir;
}

/** A manager's store with a case they looked at: its reference. */
async function managerWithCase(dir: string): Promise<string> {
  expect(
    (await cli(dir, 'init', '--name', 'Mary Manager', '--initials', 'MM', '--role', 'manager')).code,
  ).toBe(0);
  const opened = await cli(
    dir,
    'case',
    'open',
    '--type',
    'complaint',
    '--summary',
    'Damp in the hall',
    '--json',
  );
  const reference = (JSON.parse(opened.out) as { reference: string }).reference;
  expect((await cli(dir, 'case', 'show', reference)).code).toBe(0);
  return reference;
}

describe('audit from the command line', () => {
  it('audit views REF --json lists who viewed the case', async () => {
    const dir = store();
    const reference = await managerWithCase(dir);
    const views = await cli(dir, 'audit', 'views', reference, '--json');
    expect(views.code).toBe(0);
    expect(JSON.parse(views.out)).toEqual([
      {
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        person: 'Mary Manager',
        installation: expect.any(String),
        action: 'viewed',
        record: 'case',
      },
    ]);
    const missing = await cli(dir, 'audit', 'views', 'RD-99-ZZ-9999', '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/There is no case RD-99-ZZ-9999/);
  });

  it('audit verify exits 0 on an intact trail and 1 naming the installation and position of a tampered entry', async () => {
    const dir = store();
    await managerWithCase(dir);
    const intact = await cli(dir, 'audit', 'verify', '--json');
    expect(intact.code).toBe(0);
    const report = JSON.parse(intact.out) as {
      ok: boolean;
      installations: Array<{ installation: string; entries: number; problems: unknown[] }>;
    };
    expect(report.ok).toBe(true);
    expect(report.installations).toHaveLength(1);
    const rid = report.installations[0]!.installation;
    expect((await cli(dir, 'audit', 'verify')).out).toMatch(/^The audit trail is intact/);

    // An attacker with an SQLite tool: the triggers dropped, one entry edited.
    // (Opened through the test helper, so it opens however the store is protected.)
    const { app } = await openTestApp(dir);
    app.context.sqlite.exec('DROP TRIGGER changes_append_only_update');
    app.context.sqlite.exec(`UPDATE changes SET actor_id = NULL WHERE chain_pos = 2`);
    await app.close();

    const tampered = await cli(dir, 'audit', 'verify', '--json');
    expect(tampered.code).toBe(1);
    expect(JSON.parse(tampered.out)).toMatchObject({
      ok: false,
      installations: [
        { installation: rid, problems: [{ position: 2, kind: 'altered', detail: expect.any(String) }] },
      ],
    });
    const words = await cli(dir, 'audit', 'verify');
    expect(words.code).toBe(1);
    expect(words.out).toMatch(/altered at position 2/);
  });

  it('an officer is refused', async () => {
    const dir = store();
    expect((await cli(dir, 'init', '--name', 'Olu Officer', '--initials', 'OO')).code).toBe(0);
    const refused = await cli(dir, 'audit', 'verify');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Only managers and administrators/);
  });
});

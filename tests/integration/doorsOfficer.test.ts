// The officer at this computer is set up once: every later change is recorded as them, so a
// second set-up (from a window, a script or a page) is refused and changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { callProcedure } from '../../src/main/router/rpc';
import { cliIn, openTestApp, tempDir, TEST_PASSWORD } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('people.setUpOfficer', () => {
  it('works once; a second call is refused with a plain reason and nothing changes', async () => {
    const root = tempDir('redress-officer-');
    cleanups.push(root.remove);
    const { app, call } = await openTestApp(root.dir);
    cleanups.push(() => app.close());
    const before = await call('app.status', {});
    expect(before.me?.name).toBe('Priya Shah');

    const again = await callProcedure(app.dispatch, {
      procedure: 'people.setUpOfficer',
      input: { password: TEST_PASSWORD, name: 'Mallory Boss', initials: 'MB', role: 'manager' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Since sign-in, a store has many people, each with a password: the refusal no longer names one
    // person "using" it, it says where people are added instead.
    if (!again.ok)
      expect(again.error.message).toBe(
        'Redress is already set up on this computer. People are added in Settings → People; each signs in with their own password.',
      );

    const after = await call('app.status', {});
    expect(after.me).toEqual(before.me);
    expect((await call('people.list', {})).map((p) => p.name)).toEqual(['Priya Shah']);
    // Later changes are still recorded as the first officer.
    const opened = await call('cases.open', { type: 'enquiry', summary: 'Rent statement' });
    const detail = await call('cases.get', { idOrReference: opened.id });
    expect(detail.case.createdByName).toBe('Priya Shah');
  });

  it('two set-ups at once: one wins, the other is refused', async () => {
    const root = tempDir('redress-officer-race-');
    cleanups.push(root.remove);
    const { app } = await openTestApp(root.dir, { officer: false });
    cleanups.push(() => app.close());
    const results = await Promise.all(
      ['Ann Lee', 'Bob Roe'].map((name) =>
        app.dispatch('people.setUpOfficer', {
          password: TEST_PASSWORD,
          name,
          initials: name.slice(0, 1),
          role: 'officer',
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(1);
    const people = await app.dispatch('people.list', {});
    expect(people.ok && people.value).toHaveLength(1);
  });

  it('the CLI `init` still sets up once and then says it is already set up', async () => {
    const root = tempDir('redress-officer-cli-');
    cleanups.push(root.remove);
    const first = await cliIn(root.dir, 'init', '--name', 'Priya Shah');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Set up Priya Shah');
    const second = await cliIn(root.dir, 'init', '--name', 'Mallory Boss', '--role', 'manager');
    expect(second.code).toBe(0);
    expect(second.out).toContain('Already set up: Priya Shah');
  });
});

// Colleagues to hand work to, through the real dispatch on a real store, and through a real folder
// share to a second computer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../src/shared/contract';
import { createShare, syncOnce } from '../../src/main/sync/engine';
import { joinShareFrom } from '../sync/harness';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import { openTestApp, tempDir } from '../helpers';

type Laptop = Awaited<ReturnType<typeof openTestApp>>;
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function laptop(dir: string): Promise<Laptop> {
  const t = await openTestApp(dir);
  cleanups.push(() => t.app.close());
  return t;
}

async function oneStore() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const t = await laptop(tmp.dir);
  const changes = () =>
    (t.app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
  /** The refusal of an invalid call, and proof that it wrote nothing. */
  const fails = async (procedure: ProcedureName, input: unknown) => {
    const before = changes();
    const people = t.app.context.sqlite.prepare('SELECT * FROM people ORDER BY id').all();
    const result = await t.app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted: ${JSON.stringify(input)}`);
    expect(changes()).toBe(before);
    expect(t.app.context.sqlite.prepare('SELECT * FROM people ORDER BY id').all()).toEqual(people);
    return result.error;
  };
  return { ...t, fails };
}

describe('colleagues on one computer', () => {
  it('adds a colleague with their details, lists everyone by name, and keeps the change in the log', async () => {
    const { call, app } = await oneStore();
    const tom = await call('people.add', {
      name: '  Tom Reid ',
      initials: 'tr',
      role: 'manager',
      email: 'tom.reid@example.org',
      phone: '020 7946 0000',
      team: 'Repairs',
    });
    expect(tom).toMatchObject({
      name: 'Tom Reid',
      initials: 'TR',
      role: 'manager',
      email: 'tom.reid@example.org',
      phone: '020 7946 0000',
      team: 'Repairs',
      active: true,
    });
    await call('people.add', { name: 'Amara Njoku', initials: 'AN' });
    const list = await call('people.list', {});
    expect(list.map((p) => [p.name, p.role, p.active])).toEqual([
      ['Amara Njoku', 'officer', true],
      ['Priya Shah', 'admin', true],
      ['Tom Reid', 'manager', true],
    ]);
    const logged = app.context.sqlite
      .prepare(`SELECT op FROM changes WHERE entity = 'person' AND entity_id = ?`)
      .all(tom.id);
    expect(logged).toEqual([{ op: 'create' }]);
  });

  it('refuses a blank name, bad initials, a malformed email and a second colleague of the same name, writing nothing', async () => {
    const { call, fails } = await oneStore();
    await call('people.add', { name: 'Tom Reid', initials: 'TR' });
    for (const [input, path, message] of [
      [{ name: '  ', initials: 'AB' }, 'name', 'Their name is required'],
      [{ name: 'Ann Lee', initials: 'A1' }, 'initials', 'Initials are one to four letters'],
      [{ name: 'Ann Lee', initials: 'ABCDE' }, 'initials', 'Must be at most 4 characters'],
      [{ name: 'Ann Lee', initials: 'AL', email: 'ann at example' }, 'email', 'Must be an email address'],
    ] as const) {
      const error = await fails('people.add', input);
      expect(error.code).toBe('VALIDATION');
      expect(error.details?.issues?.find((i) => i.path === path)?.message).toContain(message);
    }
    const dup = await fails('people.add', { name: 'TOM REID', initials: 'TR' });
    expect(dup.message).toBe(
      'Tom Reid is already here. Give the new colleague a name that tells them apart (a middle initial, say).',
    );
  });

  it('deactivates and reactivates a colleague, refuses to deactivate yourself, and keeps deactivated people off new work', async () => {
    const { call, fails, app } = await oneStore();
    const me = app.context.me!;
    const tom = await call('people.add', { name: 'Tom Reid', initials: 'TR' });
    const c = await call('cases.open', { type: 'complaint', summary: 'Mould is back' });
    await call('cases.command', {
      id: c.id,
      command: {
        kind: 'acknowledge',
        on: app.context.now().toISOString().slice(0, 10),
        how: 'phone',
        handlerId: tom.id,
      },
    });

    const self = await fails('people.update', { id: me.id, active: false });
    expect(self.message).toMatch(/^You cannot deactivate yourself/);

    const off = await call('people.update', { id: tom.id, active: false });
    expect(off.active).toBe(false);
    // Still named on the case he had.
    expect((await call('cases.get', { idOrReference: c.id })).complaint.ownerName).toBe('Tom Reid');
    // Not given new work.
    const refused = await fails('cases.command', {
      id: c.id,
      command: { kind: 'assign', handlerId: tom.id },
    });
    expect(refused.message).toBe(
      'Tom Reid has been deactivated, so cannot take new work. Choose an active colleague, or reactivate them under Settings → People.',
    );
    // Adding him again is pointed at reactivation.
    expect((await fails('people.add', { name: 'Tom Reid', initials: 'TR' })).message).toBe(
      'Tom Reid is already here, deactivated: reactivate them rather than adding them again.',
    );

    expect((await call('people.update', { id: tom.id, active: true })).active).toBe(true);
    const renamed = await call('people.update', { id: tom.id, name: 'Thomas Reid', team: 'Repairs' });
    expect(renamed).toMatchObject({ name: 'Thomas Reid', team: 'Repairs', active: true });
    expect(
      app.context.sqlite
        .prepare(
          `SELECT field, new_value FROM changes WHERE entity = 'person' AND entity_id = ? AND op = 'set' ORDER BY seq`,
        )
        .all(tom.id),
    ).toEqual([
      { field: 'active', new_value: '0' },
      { field: 'active', new_value: '1' },
      { field: 'name', new_value: '"Thomas Reid"' },
      { field: 'team', new_value: '"Repairs"' },
    ]);
    expect((await fails('people.update', { id: tom.id, name: 'Priya Shah' })).message).toMatch(
      /^Priya Shah is already here/,
    );
    expect((await fails('people.update', { id: tom.id })).code).toBe('VALIDATION');
  });

  it('keeps a list of teams, refusing blanks and the same team twice', async () => {
    const { call, fails } = await oneStore();
    expect(await call('teams.list', {})).toEqual([]);
    expect(await call('teams.update', { teams: [' Repairs ', 'Neighbourhood team'] })).toEqual([
      'Repairs',
      'Neighbourhood team',
    ]);
    expect(await call('teams.list', {})).toEqual(['Repairs', 'Neighbourhood team']);
    expect((await fails('teams.update', { teams: ['Repairs', 'repairs'] })).details?.issues?.[0]).toEqual({
      path: 'teams.1',
      message: '“repairs” is in the list twice',
    });
    expect((await fails('teams.update', { teams: [''] })).code).toBe('VALIDATION');
  });
});

describe('colleagues through a real folder share', () => {
  it('a colleague added on one computer appears on the other, and so does their deactivation and the teams', async () => {
    const root = tempDir('redress-people-sync-');
    cleanups.push(root.remove);
    const share = join(root.dir, 'share');
    mkdirSync(share);
    const fs = new NodeShareFs(share);
    const a = await laptop(join(root.dir, 'a'));
    const b = await laptop(join(root.dir, 'b'));
    await createShare(a.app.context, fs, { deviceLabel: 'Office PC' });
    await joinShareFrom({ context: a.app.context, fs }, b.app.context, fs, { deviceLabel: 'Laptop' });
    const syncBoth = async () => {
      for (let round = 0; round < 2; round++) for (const l of [a, b]) await syncOnce(l.app.context, fs);
    };

    const tom = await a.call('people.add', { name: 'Tom Reid', initials: 'TR', email: 'tom@example.org' });
    await a.call('teams.update', { teams: ['Repairs'] });
    await syncBoth();
    expect((await b.call('people.list', {})).find((p) => p.id === tom.id)).toEqual(tom);
    expect(await b.call('teams.list', {})).toEqual(['Repairs']);

    await a.call('people.update', { id: tom.id, active: false });
    await syncBoth();
    expect((await b.call('people.list', {})).find((p) => p.id === tom.id)?.active).toBe(false);

    // An officer's own details are changed on their own computer, where the share believes them.
    const priyaOnA = a.app.context.me!;
    const before = b.app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get();
    const refused = await b.app.dispatch('people.update', { id: priyaOnA.id, active: false });
    expect(refused.ok ? 'accepted' : refused.error.message).toBe(
      'Priya Shah set up Redress on their own computer, so their details are changed there, by them.',
    );
    expect(b.app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get()).toEqual(before);

    // A colleague added on one computer is the team's: reactivated on the other, and back again.
    await b.call('people.update', { id: tom.id, active: true, phone: '020 7946 0000' });
    await syncBoth();
    expect((await a.call('people.list', {})).find((p) => p.id === tom.id)).toMatchObject({
      active: true,
      phone: '020 7946 0000',
    });
    expect(await a.call('attention.list', {})).toEqual([]);
  });
});

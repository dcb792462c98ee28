// `people …`, `point amend` and `remedy amend` through the real CLI on a real store.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/domain/ids';
import { openTestApp, cliIn as cli, tempDir } from '../helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function store() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  return tmp.dir;
}

describe('people from the command line', () => {
  it('adds a colleague (printing the id), lists everyone as JSON, deactivates and reactivates them', async () => {
    const dir = store();
    expect(
      (await cli(dir, 'init', '--name', 'Priya Shah', '--initials', 'PS', '--role', 'administrator')).code,
    ).toBe(0);
    const added = await cli(
      dir,
      'people',
      'add',
      '--name',
      'Tom Reid',
      '--initials',
      'tr',
      '--role',
      'manager',
      '--email',
      'tom@example.org',
      '--phone',
      '020 7946 0000',
      '--team',
      'Repairs',
    );
    expect(added.code).toBe(0);
    const id = added.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const list = JSON.parse((await cli(dir, 'people', 'list', '--json')).out);
    expect(list).toEqual([
      expect.objectContaining({ name: 'Priya Shah', initials: 'PS', active: true }),
      {
        id,
        name: 'Tom Reid',
        initials: 'TR',
        role: 'manager',
        email: 'tom@example.org',
        phone: '020 7946 0000',
        team: 'Repairs',
        active: true,
      },
    ]);
    expect((await cli(dir, 'people', 'list')).out).toContain(`${id}  Tom Reid (TR)  manager  Repairs`);

    const off = await cli(dir, 'people', 'deactivate', id);
    expect(off.code).toBe(0);
    expect(off.out).toBe('Tom Reid is deactivated: not offered for new work, still named on their cases.');
    expect((await cli(dir, 'people', 'list')).out).toMatch(/Tom Reid .*DEACTIVATED/);
    expect((await cli(dir, 'people', 'reactivate', id)).out).toBe(
      'Tom Reid is active again: they can be given new work.',
    );
    expect(JSON.parse((await cli(dir, 'people', 'list', '--json')).out)[1].active).toBe(true);
  });

  it('refuses bad input plainly, with a non-zero exit', async () => {
    const dir = store();
    await cli(dir, 'init', '--name', 'Priya Shah', '--initials', 'PS', '--role', 'administrator');
    const noInitials = await cli(dir, 'people', 'add', '--name', 'Tom Reid');
    expect([noInitials.code, noInitials.err]).toEqual([2, expect.stringMatching(/--initials is required/)]);
    const badRole = await cli(
      dir,
      'people',
      'add',
      '--name',
      'Tom Reid',
      '--initials',
      'TR',
      '--role',
      'boss',
    );
    expect(badRole.err).toMatch(
      /--role must be one of officer, senior-officer, manager, administrator, not "boss"/,
    );
    const badEmail = await cli(
      dir,
      'people',
      'add',
      '--name',
      'Tom Reid',
      '--initials',
      'TR',
      '--email',
      'tom',
    );
    expect(badEmail.code).not.toBe(0);
    expect(badEmail.err).toMatch(/Must be an email address/);
    const me = JSON.parse((await cli(dir, 'people', 'list', '--json')).out)[0].id;
    const self = await cli(dir, 'people', 'deactivate', me);
    expect(self.code).toBe(2);
    expect(self.err).toMatch(/You cannot deactivate yourself/);
    expect((await cli(dir, 'people', 'deactivate')).err).toMatch(/Give the person's id/);
  });
});

describe('amendments from the command line', () => {
  it('amends an issued decision and a remedy amount (pounds to pence), and refuses one not yet issued', async () => {
    const dir = store();
    const { app, call } = await openTestApp(dir);
    const today = app.context.now().toISOString().slice(0, 10);
    const c = await call('cases.open', { type: 'complaint', summary: 'Missed repairs' });
    const d = await call('points.add', { caseId: c.id, point: 'Three missed appointments' });
    const pointId = d.complaint.points[0]!.id;
    await call('cases.command', { id: c.id, command: { kind: 'acknowledge', on: today, how: 'phone' } });
    await call('points.update', {
      id: pointId,
      changes: { decision: 'not_upheld', reasons: 'Visits kept' },
    });

    const early = await cli(
      dir,
      'point',
      'amend',
      pointId,
      '--field',
      'decision',
      '--to',
      'upheld',
      '--reason',
      'x',
    );
    expect(early.code).toBe(2);
    expect(early.err).toMatch(
      /has not been issued yet, so this point of complaint can still change: edit it directly/,
    );

    await call('cases.command', { id: c.id, command: { kind: 'respond', on: today } });
    const remedyId = uuidv7();
    app.context.sqlite
      .prepare(
        `INSERT INTO remedies (id, case_id, point_id, stage, kind, amount_pence, heads, status, offset_arrears, created_by, created_at, updated_at)
         VALUES (?, ?, ?, 1, 'financial', 10000, '["time_and_trouble"]', 'proposed', 0, ?, ?, ?)`,
      )
      .run(
        remedyId,
        c.id,
        pointId,
        app.context.me!.id,
        app.context.now().toISOString(),
        app.context.now().toISOString(),
      );
    await app.close();

    const amended = await cli(
      dir,
      'point',
      'amend',
      pointId,
      '--field',
      'decision',
      '--to',
      'upheld',
      '--reason',
      'The log shows a missed visit',
    );
    expect(amended.code).toBe(0);
    expect(amended.out).toMatch(/^Amended RD-\d\d-\w+-0001: Decision was “Not upheld”, now “Upheld” \(/);

    const money = await cli(
      dir,
      'remedy',
      'amend',
      remedyId,
      '--field',
      'amount',
      '--to',
      '150.00',
      '--reason',
      'Panel agreed',
      '--json',
    );
    expect(money.code).toBe(0);
    expect(JSON.parse(money.out)).toMatchObject({
      recordKind: 'remedy',
      field: 'amount_pence',
      oldValue: '10000',
      newValue: '15000',
      reason: 'Panel agreed',
      createdByName: 'Priya Shah',
    });
    const heads = await cli(
      dir,
      'remedy',
      'amend',
      remedyId,
      '--field',
      'heads',
      '--to',
      'time_and_trouble,distress_inconvenience',
      '--reason',
      'Distress too',
    );
    expect(heads.out).toMatch(
      /Heads of compensation was “Time and trouble”, now “Time and trouble, Distress and inconvenience”/,
    );

    const badAmount = await cli(
      dir,
      'remedy',
      'amend',
      remedyId,
      '--field',
      'amount',
      '--to',
      '£lots',
      '--reason',
      'x',
    );
    expect([badAmount.code, badAmount.err]).toEqual([
      2,
      expect.stringMatching(/--to must be an amount in pounds, e.g. 150.00/),
    ]);
    const badField = await cli(
      dir,
      'point',
      'amend',
      pointId,
      '--field',
      'point',
      '--to',
      'x',
      '--reason',
      'x',
    );
    expect(badField.err).toMatch(/--field must be one of decision, reasons, findings, basis/);
    const same = await cli(
      dir,
      'point',
      'amend',
      pointId,
      '--field',
      'decision',
      '--to',
      'upheld',
      '--reason',
      'x',
    );
    expect(same.err).toMatch(/there is nothing to amend/);
  });
});

describe('roles from the command line', () => {
  it('adds with --role administrator, changes a role with people role, deactivates, all with --json', async () => {
    const dir = store();
    await cli(dir, 'init', '--name', 'Priya Shah', '--initials', 'PS', '--role', 'administrator');
    const added = await cli(
      dir,
      'people',
      'add',
      '--name',
      'Tom Reid',
      '--initials',
      'TR',
      '--role',
      'senior-officer',
      '--json',
    );
    expect(added.code, added.err).toBe(0);
    const tom = JSON.parse(added.out);
    expect(tom).toMatchObject({ name: 'Tom Reid', role: 'senior_officer', active: true });

    const promoted = await cli(dir, 'people', 'role', tom.id, '--role', 'administrator', '--json');
    expect(promoted.code, promoted.err).toBe(0);
    expect(JSON.parse(promoted.out)).toMatchObject({ id: tom.id, role: 'admin' });
    expect((await cli(dir, 'people', 'role', tom.id, '--role', 'manager')).out).toBe(
      'Tom Reid is now: Manager.',
    );

    const off = await cli(dir, 'people', 'deactivate', tom.id, '--json');
    expect(off.code, off.err).toBe(0);
    expect(JSON.parse(off.out)).toMatchObject({ id: tom.id, role: 'manager', active: false });

    const noRole = await cli(dir, 'people', 'role', tom.id);
    expect([noRole.code, noRole.err]).toEqual([2, expect.stringMatching(/--role is required/)]);
    const badRole = await cli(dir, 'people', 'role', tom.id, '--role', 'boss');
    expect([badRole.code, badRole.err]).toEqual([2, expect.stringMatching(/--role must be one of/)]);
  });

  it('refuses an officer who tries to manage people, saying who may, and changes nothing', async () => {
    const dir = store();
    await cli(dir, 'init', '--name', 'Sam Lee', '--initials', 'SL', '--role', 'officer');
    const refused = await cli(
      dir,
      'people',
      'add',
      '--name',
      'Tom Reid',
      '--initials',
      'TR',
      '--role',
      'administrator',
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('Only administrators can add people.');
    const people = JSON.parse((await cli(dir, 'people', 'list', '--json')).out);
    expect(people.map((p: { name: string }) => p.name)).toEqual(['Sam Lee']);
    const me = people[0].id as string;
    const promote = await cli(dir, 'people', 'role', me, '--role', 'administrator');
    expect([promote.code, promote.err]).toEqual([
      1,
      'Only administrators can change people’s details, roles or whether they are active.',
    ]);
  });
});

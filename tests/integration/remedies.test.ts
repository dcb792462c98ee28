// Remedies and promised actions through the real dispatch on a real store, with the clock fixed:
// the remedy's journey and its panel sign-off, money rules, actions that outlive the case, the
// tracker's order, filters and paging, and My work bringing back a closed case with an overdue action.
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { uuidv7 } from '../../src/shared/domain/ids';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh(today: string, role: 'officer' | 'manager' = 'officer') {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  let clock = new Date(`${today}T09:00:00Z`);
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir, now: () => clock });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const count = (table: string) =>
    (app.context.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  /** The error message an invalid call returns, and proof that it wrote nothing. */
  const fails = async (procedure: ProcedureName, input: unknown): Promise<string> => {
    const before = count('changes');
    const result = await app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted: ${JSON.stringify(input)}`);
    expect(count('changes')).toBe(before);
    return result.error.message;
  };
  const me = await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role,
  });
  const setToday = (d: string) => {
    clock = new Date(`${d}T09:00:00Z`);
  };
  const addPerson = async (name: string, role: 'officer' | 'manager' = 'officer') => {
    const id = uuidv7();
    await app.context.db
      .insertInto('people')
      .values({ id, name, initials: name.slice(0, 2).toUpperCase(), role, created_at: clock.toISOString() })
      .execute();
    return id;
  };
  return { app, call, fails, me, setToday, addPerson, count };
}
type Fresh = Awaited<ReturnType<typeof fresh>>;

/** A complaint at stage 1 with one point upheld. */
async function upheldComplaint(t: Fresh, on: string, summary = 'Repairs not done') {
  const c = await t.call('cases.open', { type: 'complaint', summary });
  await t.call('cases.command', { id: c.id, command: { kind: 'acknowledge', on, how: 'phone' } });
  const withPoint = await t.call('points.add', { caseId: c.id, point: 'The leak was not fixed' });
  const point = withPoint.complaint.points[0]!;
  await t.call('points.update', {
    id: point.id,
    changes: { decision: 'upheld', reasons: 'Three missed visits' },
  });
  return { caseId: c.id, reference: c.reference, pointId: point.id };
}

describe('remedies', () => {
  it('goes proposed → offered → accepted → paid, with the band as guidance and the stage recorded', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, pointId } = await upheldComplaint(t, '2026-04-01');
    const apology = await t.call('remedies.add', { caseId, pointId, kind: 'apology', text: 'We are sorry' });
    expect(apology).toMatchObject({
      status: 'proposed',
      stage: 1,
      amountPence: null,
      band: null,
      needsSignOff: false,
    });
    const money = await t.call('remedies.add', {
      caseId,
      kind: 'financial',
      amountPence: 15_000,
      heads: ['time_and_trouble', 'distress_inconvenience'],
    });
    expect(money.band?.label).toBe('£100 to £600');
    expect(money.needsSignOff).toBe(false);
    expect((await t.call('remedies.offer', { id: money.id, on: '2026-04-01' })).offeredOn).toBe('2026-04-01');
    t.setToday('2026-04-08');
    expect(await t.fails('remedies.pay', { id: money.id })).toMatch(
      /already offered, so you cannot record it as paid/,
    );
    expect(await t.fails('remedies.accept', { id: money.id, on: '2026-03-31' })).toMatch(
      /before the previous step/,
    );
    const accepted = await t.call('remedies.accept', { id: money.id, offsetArrears: true });
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-04-08', offsetArrears: true });
    expect(await t.fails('remedies.pay', { id: money.id, on: '2026-04-09' })).toMatch(/future/);
    const paid = await t.call('remedies.pay', { id: money.id });
    expect(paid).toMatchObject({ status: 'paid', paidOn: '2026-04-08' });
    expect(await t.fails('remedies.decline', { id: money.id })).toMatch(/already paid/);
    expect(await t.fails('remedies.pay', { id: apology.id })).toMatch(/only proposed/);
    const list = await t.call('remedies.list', { caseId });
    expect(list.items.map((r) => r.kind)).toEqual(['apology', 'financial']);
    expect(list.thresholdPence).toBe(25_000);
  });

  it('checks money: a financial remedy needs an amount and a head; other kinds have neither', async () => {
    const t = await fresh('2026-04-01');
    const { caseId } = await upheldComplaint(t, '2026-04-01');
    expect(await t.fails('remedies.add', { caseId, kind: 'financial', heads: ['goodwill'] })).toMatch(
      /needs an amount/,
    );
    expect(
      await t.fails('remedies.add', { caseId, kind: 'financial', amountPence: 5000, heads: [] }),
    ).toMatch(/at least one head/);
    expect(await t.fails('remedies.add', { caseId, kind: 'apology', amountPence: 5000 })).toMatch(
      /Only a financial remedy has an amount/,
    );
    expect(
      await t.fails('remedies.add', { caseId, kind: 'financial', amountPence: 0, heads: ['goodwill'] }),
    ).toMatch(/more than £0/);
    expect(
      await t.fails('remedies.add', { caseId, kind: 'financial', amountPence: 10.5, heads: ['goodwill'] }),
    ).toMatch(/whole number/);
    expect(
      await t.fails('remedies.add', { caseId, kind: 'financial', amountPence: 100, heads: ['bribe'] }),
    ).toBeTruthy();
    expect(t.count('remedies')).toBe(0);
  });

  it('enforces the panel: above the threshold it cannot be offered until a manager approves', async () => {
    const t = await fresh('2026-04-01');
    const { caseId } = await upheldComplaint(t, '2026-04-01');
    const big = await t.call('remedies.add', {
      caseId,
      kind: 'financial',
      amountPence: 25_001,
      heads: ['financial_loss'],
    });
    expect(big.needsSignOff).toBe(true);
    expect(await t.fails('remedies.offer', { id: big.id })).toMatch(/compensation panel must approve/);
    const atThreshold = await t.call('remedies.add', {
      caseId,
      kind: 'financial',
      amountPence: 25_000,
      heads: ['goodwill'],
    });
    expect(atThreshold.needsSignOff).toBe(false);

    // A manager on this computer records the panel's approval, under their own name.
    const managerId = await t.addPerson('Dee Manager', 'manager');
    t.app.context.me = { id: managerId, name: 'Dee Manager', initials: 'DM', role: 'manager' };
    const approved = await t.call('remedies.approve', { id: big.id });
    expect(approved).toMatchObject({ approvedBy: managerId, approvedByName: 'Dee Manager' });
    expect(approved.approvedAt).toMatch(/^2026-04-01T/);
    expect(await t.fails('remedies.approve', { id: big.id })).toMatch(/already approved/);
    expect(await t.fails('remedies.approve', { id: atThreshold.id })).toMatch(/needs no sign-off/);
    expect((await t.call('remedies.offer', { id: big.id })).status).toBe('offered');

    // A lower threshold brings a smaller sum under the panel.
    await t.call('remedies.updateSettings', { panelThresholdPence: 10_000 });
    expect(await t.fails('remedies.offer', { id: atThreshold.id })).toMatch(/panel/);
    expect((await t.call('remedies.settings', {})).panelThresholdPence).toBe(10_000);
  });

  it('changing the amount takes the panel approval away; nothing changes after the response is issued', async () => {
    const t = await fresh('2026-04-01', 'manager');
    const { caseId } = await upheldComplaint(t, '2026-04-01');
    const r = await t.call('remedies.add', {
      caseId,
      kind: 'financial',
      amountPence: 30_000,
      heads: ['goodwill'],
    });
    await t.call('remedies.approve', { id: r.id });
    const changed = await t.call('remedies.update', { id: r.id, changes: { amountPence: 40_000 } });
    expect(changed).toMatchObject({ amountPence: 40_000, approvedAt: null, band: { label: '£100 to £600' } });
    await t.call('remedies.approve', { id: r.id });
    await t.call('cases.command', { id: caseId, command: { kind: 'respond', on: '2026-04-01' } });
    expect(await t.fails('remedies.update', { id: r.id, changes: { amountPence: 1000 } })).toMatch(
      /stage 1 response was issued on 2026-04-01.*amendment/,
    );
    expect(await t.fails('remedies.add', { caseId, kind: 'apology' })).toMatch(/stands as issued/);
    // Its status still moves after the response.
    expect((await t.call('remedies.offer', { id: r.id })).frozen).toBe(true);
  });

  it('uses the landlord’s own bands once set, and the shipped guidance again when cleared', async () => {
    // The bands are the landlord's policy: a manager sets them.
    const t = await fresh('2026-04-01', 'manager');
    const { caseId } = await upheldComplaint(t, '2026-04-01');
    const shipped = await t.call('remedies.settings', {});
    expect(shipped.customBands).toBe(false);
    expect(shipped.compensationBands.bands).toHaveLength(4);
    const own = {
      ...shipped.compensationBands,
      version: 'ours-2026',
      bands: [{ fromPence: 0, toPence: null, label: 'Any sum', meaning: 'Ours' }],
    };
    await t.call('remedies.updateSettings', { compensationBands: own });
    const r = await t.call('remedies.add', {
      caseId,
      kind: 'financial',
      amountPence: 99_999_99,
      heads: ['goodwill'],
    });
    expect(r.band?.label).toBe('Any sum');
    await t.call('remedies.updateSettings', { compensationBands: null });
    expect((await t.call('remedies.list', { caseId })).items[0]!.band?.label).toBe('Over £1,000');
  });
});

describe('promised actions', () => {
  it('stay open after the case closes, which names who manages them; updates and completion are recorded', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, reference } = await upheldComplaint(t, '2026-04-01');
    const remedy = await t.call('remedies.add', { caseId, kind: 'works', text: 'Fix the leak' });
    const action = await t.call('actions.add', {
      caseId,
      what: 'Replace the leaking pipe',
      owner: 'Priya Shah',
      ownerContact: '0161 555 0101',
      dueOn: '2026-04-10',
      remedyId: remedy.id,
    });
    expect(action).toMatchObject({
      status: 'open',
      ownerPersonId: t.me.id,
      caseReference: reference,
      overdue: false,
    });
    const team = await t.call('actions.add', {
      caseId,
      what: 'Check the ceiling',
      owner: 'Repairs team',
      ownerContact: 'repairs@example.org',
      dueOn: '2026-04-20',
    });
    expect(team.ownerPersonId).toBeNull();
    await t.call('cases.command', { id: caseId, command: { kind: 'respond', on: '2026-04-01' } });
    expect(
      await t.fails('cases.command', { id: caseId, command: { kind: 'close', on: '2026-04-01' } }),
    ).toMatch(/2 promised actions are still open: name who will manage them/);
    const closed = await t.call('cases.command', {
      id: caseId,
      command: { kind: 'close', on: '2026-04-01', actionsManager: 'Priya Shah, 0161 555 0101' },
    });
    expect(closed.case.status).toBe('closed');
    let forCase = await t.call('actions.forCase', { caseId });
    expect(forCase.actionsManager).toBe('Priya Shah, 0161 555 0101');
    expect(forCase.items.map((a) => a.status)).toEqual(['open', 'open']);

    t.setToday('2026-04-14');
    const overdue = await t.call('actions.list', { overdue: true });
    expect(overdue.items.map((a) => [a.what, a.daysOverdue])).toEqual([['Replace the leaking pipe', 4]]);
    await t.call('actions.update', { id: action.id, method: 'phone', said: 'Plumber booked for Thursday' });
    expect(await t.fails('actions.complete', { id: action.id, evidence: '   ' })).toMatch(/Evidence/);
    const done = await t.call('actions.complete', {
      id: action.id,
      evidence: 'Job 4411 signed off',
      on: '2026-04-13',
    });
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-04-13', overdue: false, daysOverdue: 0 });
    expect(await t.fails('actions.complete', { id: action.id, evidence: 'again' })).toMatch(/already done/);
    forCase = await t.call('actions.forCase', { caseId });
    expect(forCase.items[0]!.updates).toMatchObject([
      {
        method: 'phone',
        said: 'Plumber booked for Thursday',
        updatedOn: '2026-04-14',
        createdByName: 'Priya Shah',
      },
    ]);
    expect((await t.call('actions.list', {})).items.map((a) => a.what)).toEqual(['Check the ceiling']);
  });

  it('closing without open actions needs no manager, and says none on the case', async () => {
    const t = await fresh('2026-04-01');
    const { caseId } = await upheldComplaint(t, '2026-04-01');
    await t.call('cases.command', { id: caseId, command: { kind: 'respond', on: '2026-04-01' } });
    await t.call('cases.command', { id: caseId, command: { kind: 'close', on: '2026-04-01' } });
    expect((await t.call('actions.forCase', { caseId })).actionsManager).toBeNull();
  });

  it('the tracker lists open actions overdue first, by owner and service area, paged with a total', async () => {
    const t = await fresh('2026-04-15');
    const a = await upheldComplaint(t, '2026-04-15', 'Heating');
    const b = await upheldComplaint(t, '2026-04-15', 'Leak');
    await t.call('cases.updateComplaint', { id: a.caseId, changes: { serviceArea: 'heating' } });
    await t.call('cases.updateComplaint', { id: b.caseId, changes: { serviceArea: 'repairs' } });
    const add = (caseId: string, what: string, owner: string, dueOn: string) =>
      t.call('actions.add', { caseId, what, owner, ownerContact: '0161 555 0100', dueOn });
    await add(a.caseId, 'due later', 'Repairs team', '2026-05-01');
    await add(b.caseId, 'long overdue', 'Repairs team', '2026-04-01');
    await add(a.caseId, 'due today', 'Priya Shah', '2026-04-15');
    await add(b.caseId, 'just overdue', 'Priya Shah', '2026-04-14');
    const all = await t.call('actions.list', {});
    expect(all.items.map((x) => x.what)).toEqual(['long overdue', 'just overdue', 'due today', 'due later']);
    expect(all.items.map((x) => x.daysOverdue)).toEqual([14, 1, 0, 0]);
    expect(all.total).toBe(4);
    const page2 = await t.call('actions.list', { limit: 3, offset: 3 });
    expect(page2).toMatchObject({ total: 4, items: [{ what: 'due later' }] });
    expect((await t.call('actions.list', { owner: 'Priya Shah' })).items.map((x) => x.what)).toEqual([
      'just overdue',
      'due today',
    ]);
    const heating = await t.call('actions.list', { serviceArea: 'heating' });
    expect(heating).toMatchObject({
      total: 2,
      items: [{ what: 'due today', serviceArea: 'heating' }, { what: 'due later' }],
    });
    expect((await t.call('actions.list', { overdue: true, owner: 'Repairs team' })).total).toBe(1);
    expect(await t.call('actions.owners', {})).toEqual(['Priya Shah', 'Repairs team']);
  });
});

describe('the tracker’s count', () => {
  it('stops at 1,000 and says "more than" past it, whatever the page', async () => {
    const t = await fresh('2026-04-15');
    const { caseId } = await upheldComplaint(t, '2026-04-15');
    const insert = t.app.context.sqlite.prepare(
      `INSERT INTO promised_actions (id, case_id, what, owner, owner_contact, due_on, status, created_by, created_at, updated_at)
       VALUES (?, ?, 'x', 'Repairs team', 'c', '2026-05-01', 'open', ?, '2026-04-15T09:00:00Z', '2026-04-15T09:00:00Z')`,
    );
    t.app.context.sqlite.transaction(() => {
      for (let i = 0; i < 1_001; i++) insert.run(uuidv7(), caseId, t.me.id);
    })();
    const page = await t.call('actions.list', { limit: 5, offset: 998 });
    expect(page).toMatchObject({ total: 1_000, totalIsAtLeast: true });
    expect(page.items).toHaveLength(3);
    t.app.context.sqlite.prepare(`UPDATE promised_actions SET status = 'done' WHERE rowid = 1`).run();
    expect(await t.call('actions.list', { limit: 1 })).toMatchObject({
      total: 1_000,
      totalIsAtLeast: false,
    });
  });
});

describe('My work', () => {
  it('brings a closed case back while an action I own is overdue, marked with what is overdue', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, reference } = await upheldComplaint(t, '2026-04-01');
    await t.call('actions.add', {
      caseId,
      what: 'Replace the pipe',
      owner: 'priya shah',
      ownerContact: '0161',
      dueOn: '2026-04-03',
    });
    await t.call('cases.command', { id: caseId, command: { kind: 'respond', on: '2026-04-01' } });
    await t.call('cases.command', {
      id: caseId,
      command: { kind: 'close', on: '2026-04-01', actionsManager: 'Priya Shah' },
    });
    expect((await t.call('work.list', { mine: true })).items.map((i) => i.reference)).not.toContain(
      reference,
    );
    t.setToday('2026-04-06');
    const other = await t.call('cases.open', { type: 'complaint', summary: 'Noise' });
    const mine = await t.call('work.list', { mine: true });
    expect(mine.items[0]).toMatchObject({
      reference,
      status: 'closed',
      overdueWork: { actions: 1, tasks: 0, since: '2026-04-03' },
    });
    expect(mine.items.map((i) => i.id)).toContain(other.id);
    // The managers' view of open cases is unchanged.
    expect((await t.call('work.list', {})).items.map((i) => i.reference)).not.toContain(reference);
  });

  it('counts my overdue investigation tasks as urgent, ahead of cases on track', async () => {
    const t = await fresh('2026-04-01');
    const first = await upheldComplaint(t, '2026-04-01', 'First');
    const second = await upheldComplaint(t, '2026-04-01', 'Second');
    t.app.context.sqlite
      .prepare(
        `INSERT INTO investigation_tasks (id, case_id, stage, what, with_whom, due_on, assignee_id, status, created_by, created_at, updated_at)
         VALUES (?, ?, 1, 'Ask the contractor', 'Contractor', '2026-04-02', ?, 'open', ?, ?, ?)`,
      )
      .run(uuidv7(), second.caseId, t.me.id, t.me.id, '2026-04-01T09:00:00Z', '2026-04-01T09:00:00Z');
    t.setToday('2026-04-03');
    const mine = await t.call('work.list', { mine: true });
    expect(mine.items.map((i) => i.reference)).toEqual([second.reference, first.reference]);
    expect(mine.items[0]!.overdueWork).toEqual({ tasks: 1, actions: 0, since: '2026-04-02' });
    expect(mine.items[1]!.overdueWork).toBeNull();
  });
});

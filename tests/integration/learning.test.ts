// Learning from complaints through the real dispatch (contract validation, services, SQLite):
// learning and satisfaction on a case, the landlord's root causes, and the improvement tracker.
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const TODAY = '2026-05-20';

async function fresh() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  let clock = new Date(`${TODAY}T09:00:00Z`);
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir, now: () => clock });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const count = (sql: string) => (app.context.sqlite.prepare(sql).get() as { n: number }).n;
  /** The error a refused call returns, and proof that it wrote nothing. */
  const fails = async (procedure: ProcedureName, input: unknown) => {
    const before = [
      count('SELECT count(*) AS n FROM changes'),
      app.context.sqlite.prepare('SELECT * FROM cases').all(),
    ];
    const result = await app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted: ${JSON.stringify(input)}`);
    expect([
      count('SELECT count(*) AS n FROM changes'),
      app.context.sqlite.prepare('SELECT * FROM cases').all(),
    ]).toEqual(before);
    return result.error;
  };
  await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'manager',
  });
  /** A complaint taken through stage 1 and closed on `closedOn`. */
  const closedComplaint = async (closedOn: string) => {
    // Received a week before it was acknowledged; closed in the past.
    clock = new Date('2026-05-08T09:00:00Z');
    const { id } = await call('cases.open', { type: 'complaint', summary: 'Three missed repair visits' });
    clock = new Date(`${TODAY}T09:00:00Z`);
    const d = await call('points.add', { caseId: id, point: 'Missed appointments' });
    await call('cases.command', { id, command: { kind: 'acknowledge', on: '2026-05-11', how: 'phone' } });
    await call('points.update', {
      id: d.complaint.points[0]!.id,
      changes: { decision: 'upheld', reasons: 'The contractor missed all three' },
    });
    await call('cases.command', { id, command: { kind: 'respond', on: closedOn } });
    await call('cases.command', { id, command: { kind: 'close', on: closedOn } });
    return id;
  };
  return { app, call, fails, count, closedComplaint };
}

describe('learning on a case', () => {
  it('records service area, root cause (in the list’s spelling) and lesson, keeping what is left out', async () => {
    const { call, closedComplaint } = await fresh();
    const id = await closedComplaint('2026-05-15');
    const set = await call('learning.set', {
      caseId: id,
      serviceArea: 'repairs',
      rootCause: 'appointment missed',
      lesson: 'Text residents the day before a visit',
    });
    expect(set).toMatchObject({
      serviceArea: 'repairs',
      rootCause: 'Appointment missed',
      lesson: 'Text residents the day before a visit',
      closedOn: '2026-05-15',
    });
    expect(set.rootCauses).toContain('Contractor performance');
    const again = await call('learning.set', { caseId: id, lesson: 'Confirm every visit by text' });
    expect(again).toMatchObject({ serviceArea: 'repairs', rootCause: 'Appointment missed' });
    expect(again.lesson).toBe('Confirm every visit by text');
    const cleared = await call('learning.set', { caseId: id, rootCause: null });
    expect(cleared.rootCause).toBeNull();
    expect(await call('learning.get', { caseId: id })).toEqual(cleared);
  });

  it('refuses a root cause not on the landlord’s list, naming the list, and writes nothing', async () => {
    const { call, fails } = await fresh();
    const { id } = await call('cases.open', { type: 'complaint', summary: 'Mould' });
    const error = await fails('learning.set', { caseId: id, rootCause: 'Bad luck', lesson: 'None' });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(
      /^"Bad luck" is not on this landlord's list of root causes\. Choose one of: Repair not completed or delayed; Appointment missed;/,
    );
  });

  it('uses the landlord’s own list once a manager replaces it, and the shipped one again after a reset', async () => {
    const { call, fails } = await fresh();
    const { id } = await call('cases.open', { type: 'complaint', summary: 'Mould' });
    expect((await call('learning.rootCauses', {})).isDefault).toBe(true);
    const mine = await call('learning.updateRootCauses', {
      causes: ['Damp survey late', 'Wrong advice given'],
    });
    expect(mine).toEqual({ causes: ['Damp survey late', 'Wrong advice given'], isDefault: false });
    await fails('learning.set', { caseId: id, rootCause: 'Appointment missed' });
    expect((await call('learning.set', { caseId: id, rootCause: 'damp survey late' })).rootCause).toBe(
      'Damp survey late',
    );
    const duplicate = await fails('learning.updateRootCauses', { causes: ['A', 'a'] });
    expect(duplicate.message).toBe('"a" is on the list twice.');
    expect((await call('learning.updateRootCauses', { causes: null })).isDefault).toBe(true);
  });
});

describe('satisfaction after closure', () => {
  it('records both scores, the comment and the date asked (today when left out)', async () => {
    const { call, closedComplaint } = await fresh();
    const id = await closedComplaint('2026-05-15');
    const l = await call('satisfaction.record', {
      caseId: id,
      handling: 4,
      outcome: 2,
      comment: 'Slow but kind',
    });
    expect(l.satisfaction).toEqual({ handling: 4, outcome: 2, comment: 'Slow but kind', askedOn: TODAY });
    const dated = await call('satisfaction.record', {
      caseId: id,
      handling: 5,
      outcome: 5,
      on: '2026-05-15',
    });
    expect(dated.satisfaction).toEqual({ handling: 5, outcome: 5, comment: null, askedOn: '2026-05-15' });
  });

  it('refuses an open case, a date before closure or in the future, and a score out of range', async () => {
    const { call, fails, closedComplaint } = await fresh();
    const { id: open } = await call('cases.open', { type: 'complaint', summary: 'Mould' });
    expect((await fails('satisfaction.record', { caseId: open, handling: 3, outcome: 3 })).message).toBe(
      'Satisfaction is asked after the case is closed, and this case is still open.',
    );
    const id = await closedComplaint('2026-05-15');
    expect(
      (await fails('satisfaction.record', { caseId: id, handling: 3, outcome: 3, on: '2026-05-14' })).message,
    ).toBe('The resident cannot have been asked before the case closed (2026-05-15).');
    expect(
      (await fails('satisfaction.record', { caseId: id, handling: 3, outcome: 3, on: '2026-05-21' })).message,
    ).toBe('That date is in the future.');
    const range = await fails('satisfaction.record', { caseId: id, handling: 6, outcome: 0 });
    expect(range.details?.issues?.map((i) => i.path)).toEqual(['handling', 'outcome']);
  });
});

describe('the service improvement tracker', () => {
  it('adds, updates, links each case once, unlinks, and lists with the linked references', async () => {
    const { call, count, closedComplaint } = await fresh();
    const first = await closedComplaint('2026-05-14');
    const second = await closedComplaint('2026-05-15');
    const added = await call('improvements.add', {
      title: 'Text reminders before repair visits',
      owner: 'Head of Repairs',
      serviceArea: 'repairs',
      youSaid: 'You said contractors did not turn up.',
    });
    expect(added).toMatchObject({ status: 'proposed', cases: [], caseCount: 0, weDid: null });
    await call('improvements.link', { improvementId: added.id, caseId: first });
    const twice = await call('improvements.link', { improvementId: added.id, caseId: first });
    expect(twice.caseCount).toBe(1);
    expect(count('SELECT count(*) AS n FROM improvement_cases')).toBe(1);
    const both = await call('improvements.link', { improvementId: added.id, caseId: second });
    expect(both.cases.map((c) => c.caseId)).toEqual([first, second]);
    expect(both.cases[0]!.reference).toMatch(/^RD-26-/);

    const done = await call('improvements.update', {
      id: added.id,
      changes: { status: 'done', weDid: 'We now text every resident the day before.' },
    });
    expect(done).toMatchObject({ status: 'done', weDid: 'We now text every resident the day before.' });
    const other = await call('improvements.add', {
      title: 'Plain-English letters',
      owner: 'Customer Services',
    });

    const listed = await call('improvements.list', {});
    expect(listed.map((i) => [i.id, i.caseCount])).toEqual([
      [other.id, 0],
      [added.id, 2],
    ]);
    expect((await call('improvements.list', { status: 'done' })).map((i) => i.id)).toEqual([added.id]);
    expect((await call('learning.get', { caseId: first })).improvements.map((i) => i.id)).toEqual([added.id]);

    const unlinked = await call('improvements.unlink', { improvementId: added.id, caseId: first });
    expect(unlinked.cases.map((c) => c.caseId)).toEqual([second]);
    expect((await call('learning.get', { caseId: first })).improvements).toEqual([]);
    // Linking again after an unlink is a new link; the old one stays in the history.
    expect((await call('improvements.link', { improvementId: added.id, caseId: first })).caseCount).toBe(2);
  });

  it('refuses a link to a case or improvement that is not there, and an unlink of a case never linked', async () => {
    const { call, fails } = await fresh();
    const { id } = await call('cases.open', { type: 'complaint', summary: 'Mould' });
    const i = await call('improvements.add', { title: 'Damp surveys in 10 days', owner: 'Damp team' });
    const nobody = '0193a1b2-0000-7000-8000-000000000000';
    expect((await fails('improvements.link', { improvementId: i.id, caseId: nobody })).code).toBe(
      'NOT_FOUND',
    );
    expect((await fails('improvements.link', { improvementId: nobody, caseId: id })).code).toBe('NOT_FOUND');
    expect((await fails('improvements.unlink', { improvementId: i.id, caseId: id })).message).toBe(
      'That case is not linked to this service improvement.',
    );
    expect((await fails('improvements.add', { title: ' ', owner: 'Damp team' })).code).toBe('VALIDATION');
  });
});

// A complaint's whole journey through the real dispatch (contract validation, services, SQLite),
// with the clock fixed so every deadline can be checked to the day.
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { calendarFor } from '../../src/main/calendars';
import { applyCommand, EMPTY_FACTS, type ComplaintFacts } from '../../src/shared/complaints/lifecycle';
import { CODE_POLICY, type PolicyProfile } from '../../src/shared/complaints/policy';
import type { CaseDetail, InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { uuidv7 } from '../../src/shared/domain/ids';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A real store whose clock reads `today` (10:00 in London). */
async function fresh(today: string) {
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
  /** The error an invalid call returns (and proof that it wrote nothing). */
  const fails = async (procedure: ProcedureName, input: unknown) => {
    const before = snapshot();
    const result = await app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted: ${JSON.stringify(input)}`);
    expect(snapshot()).toEqual(before);
    return result.error;
  };
  const snapshot = () => ({
    changes: (app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n,
    extensions: (app.context.sqlite.prepare('SELECT count(*) AS n FROM extensions').get() as { n: number }).n,
    cases: app.context.sqlite.prepare('SELECT * FROM cases ORDER BY id').all(),
  });
  const me = await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'manager',
  });
  /** Another officer known to this store (as if synced from their computer). */
  const addOfficer = async (name: string, initials: string) => {
    const id = uuidv7();
    await app.context.db
      .insertInto('people')
      .values({ id, name, initials, role: 'manager', created_at: clock.toISOString() })
      .execute();
    return id;
  };
  const setToday = (d: string) => {
    clock = new Date(`${d}T09:00:00Z`);
  };
  const get = (id: string): Promise<CaseDetail> => call('cases.get', { idOrReference: id });
  return { app, call, fails, snapshot, me, addOfficer, setToday, get };
}

type Fresh = Awaited<ReturnType<typeof fresh>>;

async function openComplaint(t: Fresh, summary = 'Mould is back in the bedroom'): Promise<string> {
  const opened = await t.call('cases.open', { type: 'complaint', summary });
  return opened.id;
}

async function acknowledge(t: Fresh, id: string, on: string, handlerId?: string) {
  return t.call('cases.command', { id, command: { kind: 'acknowledge', on, how: 'phone', handlerId } });
}

describe('a complaint through both stages, against a real store', () => {
  it('opens from a call, is acknowledged, extended, responded to, escalated, handled by another officer and closed, all audited', async () => {
    const t = await fresh('2026-04-01');
    const { call, fails, me, get } = t;

    // ---- Opened from a call: the Code's clock starts the day it is received.
    const resident = await call('residents.create', { name: 'Joan Okafor', phone: '07700 900123' });
    const logged = await call('contacts.log', {
      residentId: resident.id,
      channel: 'phone',
      summary: 'Black mould in the back bedroom has come back after treatment',
      openCaseAs: 'complaint',
    });
    const id = logged.case!.id;
    let d = await get(id);
    // Whoever takes the call owns the new case until a stage handler is named.
    expect(d.complaint.facts).toMatchObject({
      type: 'complaint',
      status: 'open',
      receivedOn: '2026-04-01',
      ownerId: me.id,
    });
    expect(d.complaint.deadline).toEqual({
      what: 'acknowledge',
      stage: 1,
      due: '2026-04-10',
      rag: 'on_track',
      workingDaysLeft: 5,
    });
    expect(d.complaint.acknowledgeBy).toBe('2026-04-10');
    expect(d.complaint.allowed).toContain('acknowledge');

    // ---- The complaint definition: the points, in the resident's words, and what they want.
    for (const [point, outcomeSought] of [
      ['The mould treatment in January did not work', 'A permanent fix to the ventilation'],
      ['Nobody called back after two promised calls', 'An apology'],
    ] as const)
      await call('points.add', { caseId: id, point, outcomeSought });
    d = await get(id);
    expect(d.complaint.points.map((p) => [p.stage, p.decision])).toEqual([
      [1, null],
      [1, null],
    ]);

    // ---- Acknowledged on Tue 7 Apr (before the deadline): the response runs from that date.
    t.setToday('2026-04-08');
    d = await acknowledge(t, id, '2026-04-07');
    expect(d.complaint.facts).toMatchObject({
      status: 'stage1',
      stage1AcknowledgedOn: '2026-04-07',
      stage1AcknowledgedHow: 'phone',
      stage1HandlerId: me.id,
      ownerId: me.id,
    });
    expect(d.complaint.stage1HandlerName).toBe('Priya Shah');
    expect(d.complaint.respondBy).toBe('2026-04-21');
    // 10 working days more, skipping the 4 May bank holiday.
    expect(d.complaint.latestExtendedResponse).toBe('2026-05-06');
    expect(d.complaint.deadline).toEqual({
      what: 'respond',
      stage: 1,
      due: '2026-04-21',
      rag: 'on_track',
      workingDaysLeft: 9,
    });
    expect(d.complaint.allowed).toEqual(['extend', 'respond', 'withdraw', 'merge', 'assign']);

    // ---- Extended: beyond the Code's 10 working days only with an exceptional reason.
    t.setToday('2026-04-16');
    const tooFar = await fails('cases.command', {
      id,
      command: {
        kind: 'extend',
        newDue: '2026-05-07',
        reason: 'Waiting for the damp survey',
        residentToldOn: '2026-04-16',
      },
    });
    expect(tooFar.code).toBe('VALIDATION');
    expect(tooFar.details?.issues?.map((i) => i.path)).toEqual(['command.exceptionalReason']);
    d = await call('cases.command', {
      id,
      command: {
        kind: 'extend',
        newDue: '2026-05-06',
        reason: 'Waiting for the damp survey',
        residentToldOn: '2026-04-16',
      },
    });
    expect(d.complaint.facts.stage1ExtendedTo).toBe('2026-05-06');
    expect(d.complaint.extensions).toMatchObject([
      {
        stage: 1,
        newDue: '2026-05-06',
        reason: 'Waiting for the damp survey',
        residentToldOn: '2026-04-16',
        exceptionalReason: null,
        createdByName: 'Priya Shah',
      },
    ]);
    expect(d.complaint.deadline).toMatchObject({
      what: 'respond',
      stage: 1,
      due: '2026-05-06',
      rag: 'on_track',
    });

    // ---- Two attempts to reach the resident before responding (seed 004).
    t.setToday('2026-04-27');
    await call('cases.contactAttempt', { caseId: id, at: '2026-04-27T09:15:00.000Z', outcome: 'no_answer' });
    d = await call('cases.contactAttempt', {
      caseId: id,
      at: '2026-04-27T14:30:00.000Z',
      outcome: 'reached',
      note: 'Talked through the survey findings',
    });
    expect(d.complaint.contactAttempts.map((a) => [a.outcome, a.note, a.byName])).toEqual([
      ['no_answer', 'No answer', 'Priya Shah'],
      ['reached', 'Talked through the survey findings', 'Priya Shah'],
    ]);

    // ---- The response needs a decision on every point.
    const undecided = await fails('cases.command', { id, command: { kind: 'respond', on: '2026-04-27' } });
    expect(undecided.code).toBe('VALIDATION');
    expect(undecided.details?.issues?.[0]?.path).toBe('command.points');
    expect(undecided.message).toContain('2 still open');
    const [p1, p2] = d.complaint.points;
    await call('points.update', {
      id: p1!.id,
      changes: { decision: 'upheld', reasons: 'The treatment was surface only' },
    });
    await call('points.update', {
      id: p2!.id,
      changes: { decision: 'partly_upheld', reasons: 'One call was made' },
    });
    t.setToday('2026-04-28');
    d = await call('cases.command', { id, command: { kind: 'respond', on: '2026-04-28' } });
    expect(d.complaint.facts).toMatchObject({ status: 'stage1_responded', stage1RespondedOn: '2026-04-28' });
    expect(d.complaint.deadline).toBeNull();
    expect(d.complaint.allowed).toEqual(['escalate', 'close', 'assign']);

    // ---- Escalated: stage 2 is acknowledged within 5 working days of the request.
    t.setToday('2026-05-05');
    d = await call('cases.command', {
      id,
      command: { kind: 'escalate', requestedOn: '2026-05-05', reason: 'The mould is back' },
    });
    expect(d.complaint.facts).toMatchObject({
      status: 'stage2_requested',
      escalationRequestedOn: '2026-05-05',
      escalationReason: 'The mould is back',
    });
    expect(d.complaint.deadline).toEqual({
      what: 'acknowledge',
      stage: 2,
      due: '2026-05-12',
      rag: 'on_track',
      workingDaysLeft: 5,
    });
    expect(d.complaint.acknowledgeBy).toBe('2026-05-12');

    // ---- The stage 1 handler cannot take stage 2 (by default or by name), and nothing is written.
    const tom = await t.addOfficer('Tom Reid', 'TR');
    expect((await call('people.list', {})).map((p) => p.name)).toEqual(['Priya Shah', 'Tom Reid']);
    t.setToday('2026-05-07');
    for (const handlerId of [undefined, me.id]) {
      const same = await fails('cases.command', {
        id,
        command: { kind: 'acknowledge', on: '2026-05-07', how: 'email', handlerId },
      });
      expect(same.code).toBe('VALIDATION');
      expect(same.message).toMatch(/someone other than the stage 1 handler/);
      expect(same.details?.issues?.map((i) => i.path)).toEqual(['command.handlerId']);
    }
    const nobody = await fails('cases.command', {
      id,
      command: { kind: 'acknowledge', on: '2026-05-07', how: 'email', handlerId: uuidv7() },
    });
    expect(nobody.details?.issues?.map((i) => i.path)).toEqual(['command.handlerId']);

    d = await acknowledge(t, id, '2026-05-07', tom);
    expect(d.complaint.facts).toMatchObject({
      status: 'stage2',
      stage2AcknowledgedOn: '2026-05-07',
      stage2HandlerId: tom,
      ownerId: tom,
    });
    expect(d.complaint).toMatchObject({
      stage1HandlerName: 'Priya Shah',
      stage2HandlerName: 'Tom Reid',
      ownerName: 'Tom Reid',
    });
    // 20 working days (25 May is a bank holiday), and 20 more at most by extension.
    expect(d.complaint.respondBy).toBe('2026-06-05');
    expect(d.complaint.latestExtendedResponse).toBe('2026-07-03');
    expect(d.complaint.deadline).toMatchObject({ what: 'respond', stage: 2, due: '2026-06-05' });

    // ---- A point raised at stage 2 must be decided too; then the final response, and closure.
    d = await call('points.add', {
      caseId: id,
      point: 'The stage 1 response ignored the ventilation',
      outcomeSought: null,
    });
    const p3 = d.complaint.points.find((p) => p.stage === 2)!;
    expect(p3).toBeDefined();
    t.setToday('2026-06-01');
    expect(
      (await fails('cases.command', { id, command: { kind: 'respond', on: '2026-06-01' } })).details
        ?.issues?.[0]?.path,
    ).toBe('command.points');
    await call('points.update', {
      id: p3.id,
      changes: { decision: 'upheld', reasons: 'Extractor fan to be fitted by 30 June' },
    });
    d = await call('cases.command', { id, command: { kind: 'respond', on: '2026-06-01' } });
    expect(d.complaint.facts).toMatchObject({ status: 'stage2_responded', stage2RespondedOn: '2026-06-01' });
    expect(d.complaint.allowed).toEqual(['close', 'assign']);
    t.setToday('2026-06-02');
    d = await call('cases.command', {
      id,
      command: { kind: 'close', on: '2026-06-02', note: 'Fan fitted; compensation paid' },
    });
    expect(d.complaint.facts).toMatchObject({
      status: 'closed',
      closedOn: '2026-06-02',
      closureReason: 'resolved',
      closureNote: 'Fan fitted; compensation paid',
    });
    expect(d.complaint.allowed).toEqual(['reopen']);
    expect(d.complaint.deadline).toBeNull();

    // ---- Every step is in the case's history: field, old and new value, and who did it.
    const sets = d.history
      .filter((h) => h.entity === 'case' && h.op === 'set')
      .reverse()
      .map((h) => [h.field, h.oldValue, h.newValue, h.actorName]);
    expect(sets.filter(([f]) => f === 'status')).toEqual([
      ['status', 'open', 'stage1', 'Priya Shah'],
      ['status', 'stage1', 'stage1_responded', 'Priya Shah'],
      ['status', 'stage1_responded', 'stage2_requested', 'Priya Shah'],
      ['status', 'stage2_requested', 'stage2', 'Priya Shah'],
      ['status', 'stage2', 'stage2_responded', 'Priya Shah'],
      ['status', 'stage2_responded', 'closed', 'Priya Shah'],
    ]);
    for (const expected of [
      ['stage1_acknowledged_on', null, '2026-04-07'],
      ['stage1_acknowledged_how', null, 'phone'],
      ['stage1_handler_id', null, me.id],
      ['stage1_extended_to', null, '2026-05-06'],
      ['stage1_responded_on', null, '2026-04-28'],
      ['escalation_requested_on', null, '2026-05-05'],
      ['escalation_reason', null, 'The mould is back'],
      ['stage2_acknowledged_on', null, '2026-05-07'],
      ['stage2_handler_id', null, tom],
      ['owner_id', me.id, tom],
      ['stage2_responded_on', null, '2026-06-01'],
      ['closed_on', null, '2026-06-02'],
      ['closure_reason', null, 'resolved'],
      ['closure_note', null, 'Fan fitted; compensation paid'],
    ])
      expect(sets).toContainEqual([...expected, 'Priya Shah']);
    // The case history shows the case and its own records (points, the extension) and, since
    // issue 12, its calls and contact attempts too.
    const createdKinds = d.history.filter((h) => h.op === 'create').map((h) => h.entity);
    expect(createdKinds.filter((e) => e !== 'contact').sort()).toEqual([
      'case',
      'complaint_point',
      'complaint_point',
      'complaint_point',
      'extension',
    ]);
    expect(createdKinds.filter((e) => e === 'contact').length).toBeGreaterThan(0);

    // The case's other records are audited under their own ids: extension, contacts and points.
    const rows = await t.app.context.db
      .selectFrom('changes as ch')
      .leftJoin('people as p', 'p.id', 'ch.actor_id')
      .select(['ch.entity', 'ch.op', 'ch.field', 'ch.old_value', 'ch.new_value', 'p.name as actor'])
      .where('ch.entity', 'in', ['extension', 'contact', 'complaint_point'])
      .orderBy('ch.hlc')
      .execute();
    expect(rows.every((r) => r.actor === 'Priya Shah')).toBe(true);
    const created = (entity: string) =>
      rows.filter((r) => r.entity === entity && r.op === 'create').map((r) => JSON.parse(r.new_value!));
    expect(created('extension')).toEqual([
      expect.objectContaining({
        case_id: id,
        stage: 1,
        new_due: '2026-05-06',
        resident_told_on: '2026-04-16',
        created_by: me.id,
      }),
    ]);
    expect(
      created('contact')
        .filter((c) => c.purpose === 'pre_response')
        .map((c) => [c.case_id, c.outcome]),
    ).toEqual([
      [id, 'no_answer'],
      [id, 'reached'],
    ]);
    expect(created('complaint_point').map((p) => [p.case_id, p.stage])).toEqual([
      [id, 1],
      [id, 1],
      [id, 2],
    ]);
    expect(
      rows
        .filter((r) => r.entity === 'complaint_point' && r.field === 'decision')
        .map((r) => [r.old_value, r.new_value]),
    ).toEqual([
      ['null', '"upheld"'],
      ['null', '"partly_upheld"'],
      ['null', '"upheld"'],
    ]);
  });
});

describe('my work', () => {
  it('lists my open cases most urgent first: overdue, due today, then on track; the managers’ view has everyone’s', async () => {
    const t = await fresh('2026-06-10'); // a Wednesday
    const { call, me } = t;
    const tom = await t.addOfficer('Tom Reid', 'TR');

    // Opened in an order unrelated to their urgency.
    const onTrack = await openComplaint(t, 'On track');
    await acknowledge(t, onTrack, '2026-06-10'); // respond by 24 Jun

    const unacknowledged = await openComplaint(t, 'Not yet acknowledged'); // acknowledge by 17 Jun
    const enquiry = (await call('cases.open', { type: 'enquiry', summary: 'When is the bin day?' })).id;

    const overdue = await openComplaint(t, 'Overdue');
    await call('cases.updateComplaint', { id: overdue, changes: { receivedOn: '2026-05-01' } });
    await acknowledge(t, overdue, '2026-05-05'); // respond by 19 May

    const others = await openComplaint(t, 'Tom’s case');
    await call('cases.updateComplaint', { id: others, changes: { receivedOn: '2026-05-28' } });
    await acknowledge(t, others, '2026-05-28', tom); // respond by 11 Jun

    const dueToday = await openComplaint(t, 'Due today');
    await call('cases.updateComplaint', { id: dueToday, changes: { receivedOn: '2026-05-26' } });
    await acknowledge(t, dueToday, '2026-05-27'); // respond by 10 Jun

    const mine = await call('work.list', { mine: true });
    expect(mine.today).toBe('2026-06-10');
    expect(mine.items.every((i) => i.ownerId === me.id)).toBe(true);
    // New cases belong to whoever opened them; a case with nothing due comes last.
    expect(
      mine.items.map((i) => [
        i.summary,
        i.deadline?.what,
        i.deadline?.rag,
        i.deadline?.due,
        i.deadline?.workingDaysLeft,
      ]),
    ).toEqual([
      ['Overdue', 'respond', 'overdue', '2026-05-19', -15],
      ['Due today', 'respond', 'due_today', '2026-06-10', 0],
      ['Not yet acknowledged', 'acknowledge', 'on_track', '2026-06-17', 5],
      ['On track', 'respond', 'on_track', '2026-06-24', 10],
      ['When is the bin day?', undefined, undefined, undefined, undefined],
    ]);
    expect(mine.total).toBe(5);

    const everyone = await call('work.list', {});
    expect(everyone.items.map((i) => i.id)).toEqual([
      overdue,
      dueToday,
      others,
      unacknowledged,
      onTrack,
      enquiry,
    ]);
    expect(everyone.items.map((i) => i.deadline?.rag ?? null)).toEqual([
      'overdue',
      'due_today',
      'due_soon',
      'on_track',
      'on_track',
      null,
    ]);
    expect((await call('work.list', { ownerId: tom })).items.map((i) => i.id)).toEqual([others]);
    expect((await call('work.list', { limit: 2 })).items.map((i) => i.id)).toEqual([overdue, dueToday]);

    // Closed cases leave the list.
    await call('points.add', { caseId: overdue, point: 'Late repair' }).then((d) =>
      call('points.update', { id: d.complaint.points[0]!.id, changes: { decision: 'upheld' } }),
    );
    await call('cases.command', { id: overdue, command: { kind: 'respond', on: '2026-06-10' } });
    // Responded to but not closed: still open, with nothing due, so it drops to the end.
    expect((await call('work.list', { mine: true })).items.map((i) => i.summary)[0]).toBe('Due today');
    await call('cases.command', { id: overdue, command: { kind: 'close', on: '2026-06-10' } });
    expect((await call('work.list', { mine: true })).items.map((i) => i.summary)).toEqual([
      'Due today',
      'Not yet acknowledged',
      'On track',
      'When is the bin day?',
    ]);
  });

  it('a looser policy is saved with a warning, and deadlines are recomputed on the next read', async () => {
    const t = await fresh('2026-06-10');
    const { call, get } = t;
    const id = await openComplaint(t);
    await acknowledge(t, id, '2026-06-10');
    expect((await get(id)).complaint).toMatchObject({
      respondBy: '2026-06-24',
      deadline: { due: '2026-06-24', rag: 'on_track' },
    });
    const fullRow = () =>
      t.app.context.sqlite.prepare('SELECT * FROM cases WHERE id = ?').get(id) as Record<string, unknown>;
    // The case's own (synced) fields; its next deadline is derived on this computer.
    const caseRow = () => {
      const { next_due_on: _due, due_order: _order, ...synced } = fullRow();
      return synced;
    };
    const stored = caseRow();

    const looser: PolicyProfile = { ...CODE_POLICY, closureDays: [], stage1ResponseDays: 15 };
    const view = await call('policy.update', { policy: looser });
    expect(view.policy.stage1ResponseDays).toBe(15);
    expect(view.warnings).toEqual([
      { field: 'stage1ResponseDays', message: expect.stringContaining('this policy allows 15') },
    ]);
    expect((await call('policy.get', {})).warnings.map((w) => w.field)).toEqual(['stage1ResponseDays']);

    // 15 working days from 10 Jun; nothing about the case itself was rewritten.
    let d = await get(id);
    expect(d.complaint.respondBy).toBe('2026-07-01');
    expect(d.complaint.latestExtendedResponse).toBe('2026-07-15');
    expect(d.complaint.deadline).toMatchObject({ what: 'respond', due: '2026-07-01', workingDaysLeft: 15 });
    expect((await call('work.list', { mine: true })).items[0]?.deadline?.due).toBe('2026-07-01');
    expect(caseRow()).toEqual(stored);
    expect(fullRow().next_due_on).toBe('2026-07-01');

    // An office closure day is a non-working day too (and is warned about).
    const closures = await call('policy.update', {
      policy: { ...CODE_POLICY, closureDays: ['2026-06-12', '2026-06-13'] },
    });
    expect(closures.warnings.map((w) => w.field)).toEqual(['closureDays']);
    expect(closures.warnings[0]?.message).toContain('1 closure day');
    d = await get(id);
    expect(d.complaint.respondBy).toBe('2026-06-25');

    // Back to the Code: no warnings, the Code's dates.
    expect((await call('policy.update', { policy: { ...CODE_POLICY, closureDays: [] } })).warnings).toEqual(
      [],
    );
    expect((await get(id)).complaint.respondBy).toBe('2026-06-24');
    const history = t.app.context.sqlite
      .prepare("SELECT count(*) AS n FROM changes WHERE entity = 'setting'")
      .get() as { n: number };
    // One audited change per setting changed: 15 days, the closure day, then both back.
    expect(history.n).toBe(4);
  });
});

describe('validation on the main side', () => {
  it('rejects impossible dates, unknown commands and future dates, naming the field, and writes nothing', async () => {
    const t = await fresh('2026-04-08');
    const { call, fails } = t;
    const id = await openComplaint(t);
    const paths = (e: { details?: { issues?: Array<{ path: string }> } }) =>
      e.details?.issues?.map((i) => i.path);

    const feb30 = await fails('cases.command', {
      id,
      command: { kind: 'acknowledge', on: '2026-02-30', how: 'phone' },
    });
    expect(feb30.code).toBe('VALIDATION');
    expect(paths(feb30)).toEqual(['command.on']);

    const unknown = await fails('cases.command', { id, command: { kind: 'approve', on: '2026-04-08' } });
    expect(unknown.code).toBe('VALIDATION');
    expect(paths(unknown)).toEqual(['command.kind']);

    const noChannel = await fails('cases.command', {
      id,
      command: { kind: 'acknowledge', on: '2026-04-08', how: 'pigeon' },
    });
    expect(paths(noChannel)).toEqual(['command.how']);

    const future = await fails('cases.command', {
      id,
      command: { kind: 'acknowledge', on: '2026-04-09', how: 'phone' },
    });
    expect(future.code).toBe('VALIDATION');
    expect(future.message).toMatch(/future/);
    expect(paths(future)).toEqual(['command.on']);

    const notAllowed = await fails('cases.command', { id, command: { kind: 'respond', on: '2026-04-08' } });
    expect(notAllowed.code).toBe('VALIDATION');
    expect(paths(notAllowed)).toEqual(['command.kind']);

    const badReceived = await fails('cases.updateComplaint', { id, changes: { receivedOn: '2026-02-30' } });
    expect(paths(badReceived)).toEqual(['changes.receivedOn']);

    const badId = await fails('cases.command', {
      id: 'RD-26-AB-0001',
      command: { kind: 'close', on: '2026-04-08' },
    });
    expect(paths(badId)).toEqual(['id']);
    const missing = await fails('cases.command', {
      id: uuidv7(),
      command: { kind: 'close', on: '2026-04-08' },
    });
    expect(missing.code).toBe('NOT_FOUND');

    await call('cases.command', { id, command: { kind: 'acknowledge', on: '2026-04-08', how: 'phone' } });

    const lateReceived = await fails('cases.updateComplaint', { id, changes: { receivedOn: '2026-04-09' } });
    expect(paths(lateReceived)).toEqual(['changes.receivedOn']);

    const toldTomorrow = await fails('cases.command', {
      id,
      command: { kind: 'extend', newDue: '2026-04-29', reason: 'Survey', residentToldOn: '2026-04-09' },
    });
    expect(paths(toldTomorrow)).toEqual(['command.residentToldOn']);
    const blankReason = await fails('cases.command', {
      id,
      command: { kind: 'extend', newDue: '2026-04-29', reason: '   ', residentToldOn: '2026-04-08' },
    });
    expect(paths(blankReason)).toEqual(['command.reason']);
    const saturday = await fails('cases.command', {
      id,
      command: { kind: 'extend', newDue: '2026-04-25', reason: 'Survey', residentToldOn: '2026-04-08' },
    });
    expect(paths(saturday)).toEqual(['command.newDue']);
  });

  it('a future escalation request names command.requestedOn, the field the officer filled in', async () => {
    // BUG (src/shared/complaints/lifecycle.ts, applyCommand): every future-dated command is refused
    // with field 'on', so an escalation dated tomorrow is reported at `command.on`, which escalate
    // does not have.
    const t = await fresh('2026-04-08');
    const id = await openComplaint(t);
    await acknowledge(t, id, '2026-04-08');
    await t.call('cases.command', { id, command: { kind: 'respond', on: '2026-04-08' } });
    const future = await t.fails('cases.command', {
      id,
      command: { kind: 'escalate', requestedOn: '2026-04-09' },
    });
    expect(future.code).toBe('VALIDATION');
    expect(future.details?.issues?.map((i) => i.path)).toEqual(['command.requestedOn']);
  });

  it('a complaint cannot be recorded as received in the future', async () => {
    // BUG (src/main/services/complaints/commands.ts, updateComplaint): receivedOn is only checked
    // against the acknowledgement, so an unacknowledged complaint accepts a received date in the
    // future; its acknowledgement deadline then moves into the future with it.
    const t = await fresh('2026-04-08');
    const id = await openComplaint(t);
    const future = await t.fails('cases.updateComplaint', { id, changes: { receivedOn: '2026-05-01' } });
    expect(future.code).toBe('VALIDATION');
    expect(future.details?.issues?.map((i) => i.path)).toEqual(['changes.receivedOn']);
  });

  it('the state machine and the service refuse the same received dates with the same message', async () => {
    // Noticed on Monday 6 April, looked at on Wednesday 8 April 2026.
    const t = await fresh('2026-04-08');
    const noticed = '2026-04-06';
    const id = await openComplaint(t);
    await t.call('cases.updateComplaint', { id, changes: { issueNoticedOn: noticed } });
    const policy = await t.call('policy.get', {});
    const rules = {
      policy: policy.policy,
      calendar: calendarFor(policy.policy),
      today: '2026-04-08',
      undecidedPoints: 0,
      issueNoticedOn: noticed,
    };
    const enquiry: ComplaintFacts = { ...EMPTY_FACTS, type: 'enquiry', status: 'open' };
    for (const [received, problem] of [
      ['2026-04-09', 'That date is in the future.'],
      ['2026-04-03', 'The date received cannot be before the issue was noticed.'],
      ['2026-04-08', null],
      ['2026-04-06', null],
    ] as const) {
      // The state machine: a service request becoming a complaint received that day.
      const machine = applyCommand(enquiry, { kind: 'triage', type: 'complaint', on: received }, rules);
      expect(machine.ok ? null : machine.message).toBe(problem);
      // The service: an officer correcting the date received.
      const input = { id, changes: { receivedOn: received } };
      if (problem === null) {
        await t.call('cases.updateComplaint', input);
        expect((await t.get(id)).complaint.facts.receivedOn).toBe(received);
      } else {
        const refused = await t.fails('cases.updateComplaint', input);
        expect(refused.message).toBe(problem);
        expect(refused.details?.issues).toEqual([{ path: 'changes.receivedOn', message: problem }]);
      }
    }
    // Moving the issue past the date received (now 6 April) is the same rule seen from the other date.
    const late = await t.fails('cases.updateComplaint', { id, changes: { issueNoticedOn: '2026-04-08' } });
    expect(late.details?.issues?.map((i) => i.path)).toEqual(['changes.issueNoticedOn']);
  });
});

// Decisions stay as issued: once a stage's response has gone, its decisions change only through an
// amendment that keeps the original and the reason — through the real dispatch on a real store.
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { uuidv7 } from '../../src/shared/domain/ids';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  let clock = new Date('2026-04-01T09:00:00Z');
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir, now: () => clock });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const count = (table: string) =>
    (app.context.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  /** The refusal of an invalid call, and proof that it wrote nothing. */
  const fails = async (procedure: ProcedureName, input: unknown) => {
    const before = [count('changes'), app.context.sqlite.prepare('SELECT * FROM complaint_points').all()];
    const result = await app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted: ${JSON.stringify(input)}`);
    expect([count('changes'), app.context.sqlite.prepare('SELECT * FROM complaint_points').all()]).toEqual(
      before,
    );
    return result.error;
  };
  const me = await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'officer',
  });
  const setToday = (d: string) => {
    clock = new Date(`${d}T09:00:00Z`);
  };
  return { app, call, fails, count, me, setToday };
}

/** A complaint with one decided point, answered at stage 1 on 2026-04-20. */
async function answered(t: Awaited<ReturnType<typeof fresh>>) {
  const c = await t.call('cases.open', { type: 'complaint', summary: 'Missed repairs' });
  await t.call('cases.command', {
    id: c.id,
    command: { kind: 'acknowledge', on: '2026-04-01', how: 'phone' },
  });
  const d = await t.call('points.add', { caseId: c.id, point: 'Three missed repair appointments' });
  const point = d.complaint.points[0]!;
  await t.call('points.update', {
    id: point.id,
    changes: { decision: 'not_upheld', reasons: 'The visits were kept' },
  });
  // Before the response, the decision can simply be edited — and an amendment is the wrong tool.
  const early = await t.fails('amendments.amend', {
    recordKind: 'complaint_point',
    recordId: point.id,
    field: 'decision',
    value: 'upheld',
    reason: 'Changed my mind',
  });
  expect(early.message).toBe(
    'The stage 1 response has not been issued yet, so this point of complaint can still change: edit it directly. An amendment is for correcting what a response has already said.',
  );
  await t.call('points.update', { id: point.id, changes: { reasons: 'Two of the three visits were kept' } });
  t.setToday('2026-04-20');
  await t.call('cases.command', { id: c.id, command: { kind: 'respond', on: '2026-04-20' } });
  return { caseId: c.id, pointId: point.id };
}

describe('a decision once the response has gone', () => {
  it('refuses a silent edit of the decision or reasons, even after escalation, but lets the point’s wording be corrected', async () => {
    const t = await fresh();
    const { caseId, pointId } = await answered(t);
    const frozen =
      'The stage 1 response was issued on 2026-04-20, so this decision stands as issued. To correct it, record an amendment with the reason.';
    for (const changes of [
      { decision: 'upheld' },
      { reasons: 'All three were missed' },
      { decision: null },
    ]) {
      const error = await t.fails('points.update', { id: pointId, changes });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toBe(frozen);
      expect(error.details?.issues?.[0]?.path).toBe(`changes.${Object.keys(changes)[0]}`);
    }
    // Saving the same decision again changes nothing, so it is not refused.
    await t.call('points.update', { id: pointId, changes: { decision: 'not_upheld' } });

    t.setToday('2026-04-27');
    await t.call('cases.command', {
      id: caseId,
      command: { kind: 'escalate', requestedOn: '2026-04-27', reason: 'Not happy' },
    });
    expect((await t.fails('points.update', { id: pointId, changes: { decision: 'upheld' } })).message).toBe(
      frozen,
    );
    const d = await t.call('points.update', {
      id: pointId,
      changes: { outcomeSought: 'An apology and the repair done' },
    });
    expect(d.complaint.points[0]).toMatchObject({
      decision: 'not_upheld',
      outcomeSought: 'An apology and the repair done',
    });
  });

  it('records an amendment: the point takes the new value, the amendment keeps the old one with the reason, who and when', async () => {
    const t = await fresh();
    const { caseId, pointId } = await answered(t);
    t.setToday('2026-04-22');
    const d = await t.call('amendments.amend', {
      recordKind: 'complaint_point',
      recordId: pointId,
      field: 'decision',
      value: 'upheld',
      reason: 'The contractor’s log shows the second visit was missed too.',
    });
    expect(d.complaint.points[0]!.decision).toBe('upheld');
    const amendments = await t.call('amendments.list', { caseId });
    expect(amendments).toEqual([
      {
        id: expect.any(String),
        caseId,
        stage: 1,
        recordKind: 'complaint_point',
        recordId: pointId,
        field: 'decision',
        oldValue: 'not_upheld',
        newValue: 'upheld',
        reason: 'The contractor’s log shows the second visit was missed too.',
        createdBy: t.me.id,
        createdByName: 'Priya Shah',
        createdAt: '2026-04-22T09:00:00.000Z',
      },
    ]);
    // The history shows the change to the point and the amendment that explains it.
    const history = d.history.map((h) => [h.entity, h.op, h.field, h.oldValue, h.newValue]);
    expect(history).toContainEqual(['complaint_point', 'set', 'decision', 'not_upheld', 'upheld']);
    expect(history.filter(([e]) => e === 'amendment')).toHaveLength(1);

    await t.call('amendments.amend', {
      recordKind: 'complaint_point',
      recordId: pointId,
      field: 'reasons',
      value: '  Only one of the three visits was kept. ',
      reason: 'Reasons to match the amended decision',
    });
    expect(
      (await t.call('amendments.list', { caseId })).map((a) => [a.field, a.oldValue, a.newValue]),
    ).toEqual([
      ['decision', 'not_upheld', 'upheld'],
      ['reasons', 'Two of the three visits were kept', 'Only one of the three visits was kept.'],
    ]);
  });

  it('refuses an amendment that changes nothing, lacks a reason or a valid value, or names no such point', async () => {
    const t = await fresh();
    const { pointId } = await answered(t);
    const amend = (over: Record<string, unknown>) => ({
      recordKind: 'complaint_point',
      recordId: pointId,
      field: 'decision',
      value: 'upheld',
      reason: 'A reason',
      ...over,
    });
    expect((await t.fails('amendments.amend', amend({ value: 'not_upheld' }))).message).toBe(
      'That is what the point of complaint already says: there is nothing to amend.',
    );
    const noReason = await t.fails('amendments.amend', amend({ reason: '  ' }));
    expect(noReason.details?.issues?.[0]).toEqual({
      path: 'reason',
      message: 'The reason for the amendment is required',
    });
    expect((await t.fails('amendments.amend', amend({ value: 'maybe' }))).details?.issues?.[0]?.path).toBe(
      'value',
    );
    expect(
      (await t.fails('amendments.amend', amend({ field: 'reasons', value: '' }))).details?.issues?.[0],
    ).toEqual({
      path: 'value',
      message: 'Give the new wording: it cannot be left blank.',
    });
    expect((await t.fails('amendments.amend', amend({ field: 'point' }))).code).toBe('VALIDATION');
    expect((await t.fails('amendments.amend', amend({ recordId: uuidv7() }))).code).toBe('NOT_FOUND');
    expect(t.count('amendments')).toBe(0);
  });

  it('amends a remedy’s amount and heads after the response, in pence, keeping the originals', async () => {
    const t = await fresh();
    const { caseId, pointId } = await answered(t);
    // The remedy as the remedies screen would have recorded it before the response.
    const remedyId = uuidv7();
    t.app.context.sqlite
      .prepare(
        `INSERT INTO remedies (id, case_id, point_id, stage, kind, text, amount_pence, heads, status, offset_arrears, created_by, created_at, updated_at)
         VALUES (?, ?, ?, 1, 'financial', 'For the missed visits', 10000, '["time_and_trouble"]', 'offered', 0, ?, ?, ?)`,
      )
      .run(remedyId, caseId, pointId, t.me.id, '2026-04-19T09:00:00.000Z', '2026-04-19T09:00:00.000Z');
    await t.call('amendments.amend', {
      recordKind: 'remedy',
      recordId: remedyId,
      field: 'amountPence',
      value: 15000,
      reason: 'The panel agreed £150',
    });
    await t.call('amendments.amend', {
      recordKind: 'remedy',
      recordId: remedyId,
      field: 'heads',
      value: ['time_and_trouble', 'distress_inconvenience'],
      reason: 'Distress too',
    });
    expect(
      t.app.context.sqlite
        .prepare('SELECT amount_pence, heads, status FROM remedies WHERE id = ?')
        .get(remedyId),
    ).toEqual({
      amount_pence: 15000,
      heads: '["time_and_trouble","distress_inconvenience"]',
      status: 'offered',
    });
    expect(
      (await t.call('amendments.list', { caseId })).map((a) => [
        a.recordKind,
        a.field,
        a.oldValue,
        a.newValue,
      ]),
    ).toEqual([
      ['remedy', 'amount_pence', '10000', '15000'],
      ['remedy', 'heads', '["time_and_trouble"]', '["time_and_trouble","distress_inconvenience"]'],
    ]);
    const bad = await t.fails('amendments.amend', {
      recordKind: 'remedy',
      recordId: remedyId,
      field: 'amountPence',
      value: 150.5,
      reason: 'x',
    });
    expect(bad.details?.issues?.[0]?.message).toBe(
      'The amount is a whole number of pence, 0 or more (15000 is £150.00).',
    );
  });
});

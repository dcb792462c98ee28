// Performance reporting through the real dispatch on a real store: a year of complaints entered as
// an officer would (received dates, lifecycle steps dated in the past), every figure checked
// against hand-computed values, and every figure's drill-down listing exactly the cases behind it.
//
// The reporting year 2026 (1 April 2026 – 31 March 2027), England and Wales bank holidays: Good
// Friday 3 Apr and Easter Monday 6 Apr 2026, 4 May, 25 May, 31 Aug, 25 and 28 Dec 2026, 1 Jan,
// 26 and 29 Mar 2027.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import type { InputOf, OutputOf, Person, ProcedureName } from '../../src/shared/contract';
import type { Measures } from '../../src/shared/contract/reporting';
import type { LifecycleCommand } from '../../src/shared/complaints/lifecycle';
import { monthlyFigures, themes } from '../../src/main/services/reporting';
import { figureOf } from '../../src/shared/reporting/figureOf';
import { MEASURE_KEYS, type MeasureKey } from '../../src/shared/reporting/measureKeys';
import { reportingYear } from '../../src/shared/reporting/period';
import { actAs, openRawStore, tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const YEAR = reportingYear(2026);
const NOW = () => new Date('2027-05-10T09:00:00Z');
const NO_FILTERS = {};

let app: RedressApp;
let dataDir: string;
let remove: () => void;
let admin: Person;
let second: Person;
const ref: Record<string, string> = {};
let year: Measures;

async function call<K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await app.dispatch(procedure, input);
  if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<K>;
}

type Step = LifecycleCommand | { kind: 'acknowledge2'; on: string };

/** A complaint received on `received` and taken through `steps` (stage 2 handled by `second`). */
async function complaint(name: string, received: string, steps: Step[]): Promise<string> {
  const opened = await call('cases.open', {
    type: 'complaint',
    summary: `Complaint ${name}`,
    receivedOn: received,
  });
  ref[name] = opened.reference;
  for (const step of steps) {
    const command =
      step.kind === 'acknowledge2'
        ? { kind: 'acknowledge' as const, on: step.on, how: 'email' as const, handlerId: second.id }
        : step;
    await call('cases.command', { id: opened.id, command: command as InputOf<'cases.command'>['command'] });
  }
  return opened.id;
}

const ack = (on: string) =>
  ({ kind: 'acknowledge', on, how: 'phone', handlerId: admin.id }) as LifecycleCommand;
const respond = (on: string) => ({ kind: 'respond', on }) as LifecycleCommand;

beforeAll(async () => {
  const tmp = tempDir();
  remove = tmp.remove;
  dataDir = tmp.dir;
  app = await openRedress({ unlock: TEST_UNLOCK, dataDir, now: NOW });
  admin = await call('people.setUpOfficer', {
    name: 'Priya Shah',
    initials: 'PS',
    role: 'admin',
    password: TEST_PASSWORD,
  });
  second = await call('people.add', { name: 'Sam Jones', initials: 'SJ', role: 'senior_officer' });
  // A: Easter inside both windows. Acknowledge by Fri 10 Apr; respond by Fri 24 Apr: both on the day.
  const a = await complaint('A', '2026-04-01', [ack('2026-04-10'), respond('2026-04-24')]);
  // B: acknowledged a working day late (due Mon 8 Jun); responded a working day late (due Tue 23 Jun).
  await complaint('B', '2026-06-01', [ack('2026-06-09'), respond('2026-06-24')]);
  // C: due Wed 15 Jul, extended to 22 Jul and told on 14 Jul; responded 20 Jul: late, but within it.
  await complaint('C', '2026-07-01', [
    ack('2026-07-01'),
    {
      kind: 'extend',
      newDue: '2026-07-22',
      reason: 'Awaiting a surveyor',
      residentToldOn: '2026-07-14',
      exceptionalReason: null,
    },
    respond('2026-07-20'),
  ] as Step[]);
  // D: due Mon 17 Aug; the resident told of an extension only on 18 Aug: it does not count.
  await complaint('D', '2026-08-03', [
    ack('2026-08-03'),
    {
      kind: 'extend',
      newDue: '2026-08-24',
      reason: 'Awaiting a surveyor',
      residentToldOn: '2026-08-18',
      exceptionalReason: null,
    },
    respond('2026-08-20'),
  ] as Step[]);
  // E: received in March 2027 (this year), answered in April 2027 (the next), on time (due 7 Apr).
  await complaint('E', '2027-03-22', [ack('2027-03-22'), respond('2027-04-06')]);
  // F: not accepted: a refusal, not a complaint received.
  await complaint('F', '2026-09-01', [
    { kind: 'decline', on: '2026-09-03', reason: 'legal_proceedings', explanation: 'Court case under way' },
  ] as Step[]);
  // G: withdrawn after acknowledgement: received, never responded to, not open at the year's end.
  await complaint('G', '2026-10-01', [
    ack('2026-10-02'),
    { kind: 'withdraw', on: '2026-10-05', note: 'Resolved by phone' },
  ] as Step[]);
  // H: a group complaint escalated: stage 1 on time, stage 2 acknowledged 23 Nov, due 21 Dec, answered that day.
  const h = await complaint('H', '2026-11-02', [
    ack('2026-11-02'),
    respond('2026-11-13'),
    { kind: 'escalate', requestedOn: '2026-11-20', reason: null },
    { kind: 'acknowledge2', on: '2026-11-23' },
    respond('2026-12-21'),
  ] as Step[]);
  await call('cases.updateComplaint', {
    id: h,
    changes: { isGroup: true, ombudsmanDeterminedOn: '2027-02-01' },
  });
  // I: closed, reopened and closed again: counts once.
  const i = await complaint('I', '2026-05-05', [
    ack('2026-05-05'),
    respond('2026-05-19'),
    { kind: 'close', on: '2026-05-20', note: null, actionsManager: null },
    { kind: 'reopen', on: '2026-05-21', note: 'Resident rang back' },
    { kind: 'close', on: '2026-05-22', note: null, actionsManager: null },
  ] as Step[]);
  // K: deleted as opened in error; L: merged into A. Neither counts.
  const k = await complaint('K', '2026-06-10', [ack('2026-06-10')]);
  await call('cases.delete', { id: k });
  await complaint('L', '2026-06-11', [{ kind: 'merge', on: '2026-06-12', intoCaseId: a }] as Step[]);
  // M: open at the year's end, past its response date (15 Mar); answered in April.
  await complaint('M', '2027-03-01', [ack('2027-03-01'), respond('2027-04-12')]);
  // N: never acknowledged; its acknowledgement was due 22 Mar: overdue at the year's end.
  await complaint('N', '2027-03-15', []);
  // O: escalation refused: a stage 2 refusal, not an escalation.
  await complaint('O', '2026-12-01', [
    ack('2026-12-01'),
    respond('2026-12-10'),
    { kind: 'escalate', requestedOn: '2026-12-14', reason: null },
    {
      kind: 'refuse_escalation',
      on: '2026-12-16',
      reason: 'older_than_window',
      explanation: 'Issue from 2023',
    },
  ] as Step[]);
  await call('satisfaction.record', { caseId: i, handling: 5, outcome: 2, comment: null, on: '2026-05-26' });
  await call('reporting.setHomes', { year: 2026, count: 2500 });
  year = await call('reporting.measures', { ...YEAR, filters: NO_FILTERS });
}, 120_000);

afterAll(async () => {
  await app.close();
  remove();
});

const cases = (measure: MeasureKey, period = YEAR, filters = NO_FILTERS) =>
  call('reporting.cases', { ...period, measure, filters });
const refs = async (measure: MeasureKey) => (await cases(measure)).cases.map((c) => c.reference).sort();
const named = (...names: string[]) => names.map((n) => ref[n]).sort();

describe('the measures for a reporting year, hand-computed', () => {
  it('stage 1', () => {
    expect(year.stage1).toEqual({
      received: 11,
      acknowledged: 10,
      acknowledgedOnTime: 9,
      responded: 7,
      respondedOnTime: 4,
      respondedOnTimeWithExtensions: 5,
      // 7, 9, 10, 13, 13, 15, 17 working days.
      medianWorkingDays: 13,
      meanWorkingDays: 12,
      extended: 2,
      refused: 1,
      refusedByReason: { legal_proceedings: 1 },
      openAtEnd: 3,
      overdueAtEnd: 2,
      resolved: 6,
      escalated: 1,
      escalationRatePct: 14.3,
    });
  });

  it('stage 2, CH01 and CH02', () => {
    expect(year.stage2).toMatchObject({
      received: 1,
      acknowledged: 1,
      acknowledgedOnTime: 1,
      responded: 1,
      respondedOnTime: 1,
      respondedOnTimeWithExtensions: 1,
      medianWorkingDays: 21,
      meanWorkingDays: 21,
      refused: 1,
      refusedByReason: { older_than_window: 1 },
      openAtEnd: 0,
    });
    expect(year.homes).toBe(2500);
    expect(year.ch01).toEqual({ stage1Per1000Homes: 4.4, stage2Per1000Homes: 0.4 });
    expect(year.ch02).toEqual({ stage1Pct: 71.4, stage2Pct: 100 });
    expect(year.satisfaction.handling).toEqual({ responses: 1, satisfied: 1, pct: 100 });
    expect(year.satisfaction.outcome).toEqual({ responses: 1, satisfied: 0, pct: 0 });
    expect(year.ombudsman.determined).toBe(1);
  });

  it('lists exactly the cases behind each boundary', async () => {
    expect(await refs('stage1.received')).toEqual(
      named('A', 'B', 'C', 'D', 'E', 'G', 'H', 'I', 'M', 'N', 'O'),
    );
    expect(await refs('stage1.respondedOnTime')).toEqual(named('A', 'H', 'I', 'O'));
    expect(await refs('stage1.respondedOnTimeWithExtensions')).toEqual(named('A', 'C', 'H', 'I', 'O'));
    expect(await refs('stage1.acknowledgedOnTime')).not.toContain(ref.B);
    expect(await refs('stage1.refused')).toEqual(named('F'));
    expect(await refs('stage1.openAtEnd')).toEqual(named('E', 'M', 'N'));
    expect(await refs('stage1.overdueAtEnd')).toEqual(named('M', 'N'));
    expect(await refs('stage2.refused')).toEqual(named('O'));
    const late = (await cases('stage1.responded')).cases.find((c) => c.reference === ref.B)!;
    expect(late).toMatchObject({ dueOn: '2026-06-23', respondedOn: '2026-06-24', workingDays: 17 });
    expect(late.note).toBe("Responded 24 Jun 2026, 1 working day after the Code's deadline of 23 Jun 2026");
  });

  it('every figure drills down to as many cases as it counts', async () => {
    for (const key of MEASURE_KEYS) {
      const figure = figureOf(year, key);
      if (figure === null) continue;
      expect({ key, count: (await cases(key)).count }).toEqual({ key, count: figure });
    }
  });

  it('a complaint received in March and answered in April counts once in each year', async () => {
    const april = await call('reporting.measures', {
      from: '2027-04-01',
      to: '2027-04-30',
      filters: NO_FILTERS,
    });
    expect(april.stage1).toMatchObject({ received: 0, responded: 2, respondedOnTime: 1 });
    expect(
      (await cases('stage1.respondedOnTime', { from: '2027-04-01', to: '2027-04-30' })).cases.map(
        (c) => c.reference,
      ),
    ).toEqual([ref.E]);
    // Homes are set for 2026 only: CH01 for a period ending in 2027/28 is unknown.
    expect(april.ch01).toEqual({ stage1Per1000Homes: null, stage2Per1000Homes: null });
  });

  it('month by month and by theme, adding up to the year', async () => {
    const months = await monthlyFigures(app.context, { ...YEAR, filters: {} });
    expect(months.map((m) => m.month)).toHaveLength(12);
    const sum = (pick: (m: (typeof months)[number]) => number) => months.reduce((n, m) => n + pick(m), 0);
    expect([
      sum((m) => m.stage1Received),
      sum((m) => m.stage1Responded),
      sum((m) => m.stage2Responded),
    ]).toEqual([11, 7, 1]);
    // June: B responded a day late; July: C within its extension (CH02 counts it).
    expect(months.find((m) => m.month === '2026-06')).toMatchObject({
      stage1Responded: 1,
      stage1OnTimePct: 0,
    });
    expect(months.find((m) => m.month === '2026-07')).toMatchObject({
      stage1Responded: 1,
      stage1OnTimePct: 100,
    });
    const t = await themes(app.context, { ...YEAR, filters: {} });
    expect(t.rootCauses).toEqual([{ rootCause: 'Not recorded', count: 11 }]);
    expect(t.serviceAreas.reduce((n, a) => n + a.count, 0)).toBe(11);
  });

  it('filters narrow every figure and its list alike', async () => {
    const stage2Only = await call('reporting.measures', { ...YEAR, filters: { stage: 2 } });
    expect(stage2Only.stage1.received).toBe(0);
    expect(stage2Only.stage2.received).toBe(1);
    const samOnly = await call('reporting.measures', { ...YEAR, filters: { officerId: second.id } });
    expect([samOnly.stage1.received, samOnly.stage2.responded]).toEqual([0, 1]);
    expect((await cases('stage2.responded', YEAR, { officerId: second.id })).cases[0]!.officer).toBe(
      'Sam Jones',
    );
  });

  it('homes per year are a manager’s setting; officers below manager are refused reports', async () => {
    expect(await call('reporting.setHomes', { year: 2027, count: 2600 })).toEqual({
      years: [
        { year: 2026, count: 2500 },
        { year: 2027, count: 2600 },
      ],
    });
    const bad = await app.dispatch('reporting.setHomes', { year: 2027, count: 0 });
    expect(bad.ok).toBe(false);
    actAs(app, second);
    try {
      const refused = await app.dispatch('reporting.measures', { ...YEAR, filters: NO_FILTERS });
      expect(refused.ok ? 'accepted' : refused.error.code).toBe('FORBIDDEN');
    } finally {
      actAs(app, admin);
    }
  });

  it('kept figures emptied outside Redress are worked out again when the store opens', async () => {
    await app.close();
    const raw = await openRawStore(dataDir);
    raw.prepare('DELETE FROM report_stages').run();
    raw.close();
    app = await openRedress({ unlock: TEST_UNLOCK, dataDir, now: NOW });
    expect(await call('reporting.measures', { ...YEAR, filters: NO_FILTERS })).toEqual(year);
  });
});

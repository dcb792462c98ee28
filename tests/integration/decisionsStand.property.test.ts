// Property, on a real store through the real dispatch: whatever lifecycle commands and point edits
// are tried, in any order, a decision field of a point whose stage has been answered changes only
// through an amendment that keeps the old value, and a complaint never closes as resolved while
// one of its points is undecided.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { FROZEN_POINT_FIELDS } from '../../src/shared/complaints/issued';
import type { ProcedureName } from '../../src/shared/contract';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

type Step =
  | { kind: 'advance'; days: number }
  | { kind: 'addPoint' }
  | { kind: 'edit'; point: number; field: 'decision' | 'reasons'; value: string | null }
  | { kind: 'amend'; point: number; field: (typeof FROZEN_POINT_FIELDS)[number]; value: string }
  | { kind: 'command'; command: CommandKind };

const decisions = fc.constantFrom('upheld', 'partly_upheld', 'not_upheld');
const wording = fc.constantFrom('The visits were missed', 'One visit was kept', 'Policy R4, section 2');
const point = fc.nat({ max: 3 });
type CommandKind = 'acknowledge' | 'respond' | 'escalate' | 'close' | 'withdraw' | 'reopen' | 'next';
// Mostly the case's natural next step (so walks get past the response), sometimes anything at all.
const commandArb: fc.Arbitrary<CommandKind> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('next' as const) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CommandKind>(
      'acknowledge',
      'respond',
      'escalate',
      'close',
      'withdraw',
      'reopen',
    ),
  },
);
const NEXT: Record<string, Exclude<CommandKind, 'next'>> = {
  open: 'acknowledge',
  stage1: 'respond',
  stage1_responded: 'escalate',
  stage2_requested: 'acknowledge',
  stage2: 'respond',
  stage2_responded: 'close',
  closed: 'reopen',
};
// Weighted so that walks often get past the response, where the freeze matters.
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 4 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'addPoint' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      point,
      field: fc.constant('decision' as const),
      value: fc.option(decisions, { nil: null, freq: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      point,
      field: fc.constant('reasons' as const),
      value: wording,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({
        kind: fc.constant('amend' as const),
        point,
        field: fc.constant('decision' as const),
        value: decisions,
      }),
      fc.record({
        kind: fc.constant('amend' as const),
        point,
        field: fc.constantFrom('reasons' as const, 'findings' as const, 'basis' as const),
        value: wording,
      }),
    ),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('command' as const), command: commandArb }) },
);

interface PointRow {
  id: string;
  stage: number;
  decision: string | null;
  reasons: string | null;
  findings: string | null;
  basis: string | null;
}

async function runWalk(
  steps: Step[],
): Promise<{ amended: number; frozenRefused: number; closedResolved: number }> {
  const tmp = tempDir();
  let day = new Date('2026-04-01T09:00:00Z');
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir, now: () => day });
  const stats = { amended: 0, frozenRefused: 0, closedResolved: 0 };
  try {
    const call = async (procedure: ProcedureName, input: unknown) => app.dispatch(procedure, input);
    const ok = async (procedure: ProcedureName, input: unknown) => {
      const r = await call(procedure, input);
      if (!r.ok) throw new Error(`${procedure}: ${r.error.message}`);
      return r.value as { id: string };
    };
    await ok('people.setUpOfficer', {
      password: TEST_PASSWORD,
      name: 'Priya Shah',
      initials: 'PS',
      role: 'admin',
    });
    const tom = await ok('people.add', { name: 'Tom Reid', initials: 'TR' });
    const caseId = (await ok('cases.open', { type: 'complaint', summary: 'Missed repairs' })).id;
    await ok('points.add', { caseId, point: 'Three missed repair appointments' });
    const sql = app.context.sqlite;
    const today = () => day.toISOString().slice(0, 10);
    const points = () =>
      sql
        .prepare('SELECT * FROM complaint_points WHERE case_id = ? ORDER BY created_at, id')
        .all(caseId) as PointRow[];
    const kase = () =>
      sql
        .prepare(
          'SELECT status, closure_reason, stage1_responded_on, stage2_responded_on FROM cases WHERE id = ?',
        )
        .get(caseId) as {
        status: string;
        closure_reason: string | null;
        stage1_responded_on: string | null;
        stage2_responded_on: string | null;
      };
    const amendments = () =>
      sql
        .prepare('SELECT record_id, field, old_value, new_value FROM amendments ORDER BY created_at, id')
        .all() as Array<{
        record_id: string;
        field: string;
        old_value: string | null;
        new_value: string | null;
      }>;

    for (const step of steps) {
      const before = { points: points(), kase: kase(), amendments: amendments() };
      const target = (i: number) => before.points[i % Math.max(before.points.length, 1)];
      let result: Awaited<ReturnType<typeof call>> | null = null;
      switch (step.kind) {
        case 'advance':
          day = new Date(day.getTime() + step.days * 86_400_000);
          break;
        case 'addPoint':
          result = await call('points.add', { caseId, point: `Point ${before.points.length + 1}` });
          break;
        case 'edit': {
          const p = target(step.point);
          if (p) result = await call('points.update', { id: p.id, changes: { [step.field]: step.value } });
          break;
        }
        case 'amend': {
          const p = target(step.point);
          if (p)
            result = await call('amendments.amend', {
              recordKind: 'complaint_point',
              recordId: p.id,
              field: step.field,
              value: step.value,
              reason: 'Correction',
            });
          break;
        }
        case 'command': {
          const stage2 = before.kase.status === 'stage2_requested';
          const command = {
            acknowledge: {
              kind: 'acknowledge',
              on: today(),
              how: 'phone',
              handlerId: stage2 ? tom.id : undefined,
            },
            respond: { kind: 'respond', on: today() },
            escalate: { kind: 'escalate', requestedOn: today(), reason: 'Not happy' },
            close: { kind: 'close', on: today() },
            withdraw: { kind: 'withdraw', on: today(), note: 'Resident withdrew' },
            reopen: { kind: 'reopen', on: today(), note: 'Came back' },
          }[step.command === 'next' ? (NEXT[before.kase.status] ?? 'close') : step.command];
          result = await call('cases.command', { id: caseId, command });
          break;
        }
      }

      const after = { points: points(), kase: kase(), amendments: amendments() };
      const issued = (stage: number) =>
        (stage === 1 ? before.kase.stage1_responded_on : before.kase.stage2_responded_on) !== null;
      const newAmendments = after.amendments.slice(before.amendments.length);
      // Amendments are only ever added, never changed.
      expect(after.amendments.slice(0, before.amendments.length)).toEqual(before.amendments);
      for (const p of before.points) {
        const now = after.points.find((x) => x.id === p.id)!;
        for (const field of FROZEN_POINT_FIELDS) {
          if (now[field] === p[field]) continue;
          if (!issued(p.stage)) continue; // before the response: edited directly
          // Changed after its stage's response: only by this step's amendment, keeping the old value.
          expect(step.kind).toBe('amend');
          expect(newAmendments).toEqual([
            { record_id: p.id, field, old_value: p[field], new_value: now[field] },
          ]);
          stats.amended++;
        }
      }
      if (step.kind === 'edit' && result && !result.ok && /stand(s)? as/.test(result.error.message))
        stats.frozenRefused++;
      // An amendment is never recorded without the change it explains.
      for (const a of newAmendments) {
        const p = after.points.find((x) => x.id === a.record_id)!;
        expect(p[a.field as (typeof FROZEN_POINT_FIELDS)[number]]).toBe(a.new_value);
        expect(a.old_value).not.toBe(a.new_value);
      }
      // Never closed as resolved with a point still undecided.
      if (after.kase.status === 'closed' && after.kase.closure_reason === 'resolved') {
        if (before.kase.status !== 'closed') stats.closedResolved++;
        expect(after.points.filter((p) => p.decision === null)).toEqual([]);
      }
    }
  } finally {
    await app.close();
    tmp.remove();
  }
  return stats;
}

describe('decisions stay as issued, whatever is tried', () => {
  it('a frozen field changes only by an amendment keeping the old value; no case closes resolved with an undecided point', async () => {
    const totals = { amended: 0, frozenRefused: 0, closedResolved: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 10, maxLength: 40 }), async (steps) => {
        const s = await runWalk(steps);
        totals.amended += s.amended;
        totals.frozenRefused += s.frozenRefused;
        totals.closedResolved += s.closedResolved;
      }),
      { numRuns: 25, seed: 1010 },
    );
    // The walks reached the interesting places, not just refusals at the door.
    expect(totals.amended).toBeGreaterThan(5);
    expect(totals.frozenRefused).toBeGreaterThan(5);
    expect(totals.closedResolved).toBeGreaterThan(2);
  }, 120_000);
});

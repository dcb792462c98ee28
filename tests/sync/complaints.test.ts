// The complaint lifecycle (migration 4) under sync: every new entity and field is synced and
// audited like the rest.
//  1. Convergence: replicas running random lifecycle work offline (acknowledge, extend, points and
//     decisions, respond, escalate, stage 2 by another installation's officer, close, reopen, H&S,
//     contact attempts, Ombudsman requests, parties, policy edits) and syncing on random schedules
//     through a hostile share reach one state — the canonical hash, the full change log (the audit
//     trail), and what the case page, My work and the policy page show.
//  2. Conflicts: concurrent decisions on one point, or concurrent status moves, are surfaced once,
//     identically, on every replica, with both values; settling anywhere clears them everywhere.
//  3. Policy: an edit on one computer reaches the others, and deadlines recompute from it on each.
//  4. Audit: received lifecycle changes carry the original actor, installation and values.
//  Gaps found here (rules spanning several fields, which per-field merging alone cannot protect)
//  are at the end, each a test of the behaviour now expected.
//
// More seeds: REDRESS_SYNC_SEEDS=200 npx vitest run --config vitest.config.mts tests/sync/complaints.test.ts
// One seed:   REDRESS_SYNC_SEEDS=17,42 npx vitest run --config vitest.config.mts tests/sync/complaints.test.ts
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { calendarFor } from '../../src/main/calendars';
import { addWorkingDays } from '../../src/shared/complaints/calendar';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import { CASE_STATUSES } from '../../src/shared/domain/vocabulary';
import { HOSTILE } from './fakeShare';
import { convergenceRun, seedsFromEnv, Sim, type Replica } from './harness';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

const FULL_CHANGE_LOG =
  'SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv FROM changes ORDER BY hlc';

/** What the random runs did, over all seeds: the workload must really reach the lifecycle's corners. */
const reached = new Map<string, number>();
const count = (what: string, n = 1) => reached.set(what, (reached.get(what) ?? 0) + n);

/** The first path at which two JSON-like values differ, with both values; null when equal. */
function firstDifference(x: unknown, y: unknown, path = ''): string | null {
  if (JSON.stringify(x) === JSON.stringify(y)) return null;
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const d = firstDifference(
        (x as Record<string, unknown>)[k],
        (y as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(x)?.slice(0, 300)} vs ${JSON.stringify(y)?.slice(0, 300)}`;
}

/**
 * The lifecycle checks after the standard ones (hash, projections, nothing missing): the same
 * audit trail everywhere, each change carrying its own installation's officer; only valid
 * statuses; and the same case pages, work list and policy through the read path.
 */
async function lifecycleChecks(sim: Sim): Promise<string | null> {
  const problems: string[] = [];
  const [base, ...rest] = sim.replicas as [Replica, ...Replica[]];
  const log = JSON.stringify(base.rows(FULL_CHANGE_LOG));
  for (const r of rest)
    if (JSON.stringify(r.rows(FULL_CHANGE_LOG)) !== log)
      problems.push(`${r.name}: change log (audit trail) differs from ${base.name}'s`);
  // Each installation's changes are made by its own officer (people are per installation).
  const officerOf = new Map(
    base
      .rows<{ replica_id: string; entity_id: string }>(
        `SELECT replica_id, entity_id FROM changes WHERE entity = 'person' AND op = 'create'`,
      )
      .map((p) => [p.replica_id, p.entity_id]),
  );
  const wrongActor = base
    .rows<{ hlc: string; replica_id: string; actor_id: string | null; field: string | null }>(
      `SELECT hlc, replica_id, actor_id, field FROM changes WHERE entity <> 'person'`,
    )
    .filter((c) => c.actor_id !== officerOf.get(c.replica_id));
  if (wrongActor.length > 0)
    problems.push(
      `changes whose actor is not their installation's officer: ${JSON.stringify(wrongActor.slice(0, 3))}`,
    );
  for (const r of sim.replicas) {
    const bad = r
      .rows<{ id: string; status: string }>('SELECT id, status FROM cases')
      .filter((c) => !(CASE_STATUSES as readonly string[]).includes(c.status));
    if (bad.length > 0) problems.push(`${r.name}: invalid statuses ${JSON.stringify(bad.slice(0, 3))}`);
  }
  // The read path: case pages (facts, points, extensions, deadlines…), the managers' work list, the policy.
  const live = base.rows<{ id: string }>('SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY id');
  const view = async (r: Replica) => {
    const pages = [];
    for (const { id } of live) {
      const detail = await r.call('cases.get', { idOrReference: id });
      // Parties and Ombudsman requests due the same day come in local arrival order (a known
      // gap, tested below): compared as sets here, so the rest of the page is still checked.
      const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((p, q) => (p.id < q.id ? -1 : 1));
      const complaint = {
        ...detail.complaint,
        parties: byId(detail.complaint.parties),
        ombudsmanRequests: byId(detail.complaint.ombudsmanRequests),
      };
      pages.push({ case: { ...detail.case, updatedAt: null }, complaint });
    }
    const work = await r.call('work.list', { limit: 1000 });
    return {
      pages,
      work: [...work.items].sort((a, b) => (a.id < b.id ? -1 : 1)),
      total: work.total,
      policy: (await r.call('policy.get', {})).policy,
    };
  };
  // Pages are read with every computer's clock on the same moment: deadlines count working days
  // from the computer's own today, so one an hour ahead rightly shows a day fewer once it is past
  // midnight there (a run can end at any time of day). The data read is what must have converged.
  const clocks = sim.replicas.map((r) => [r.offsetMs, r.frozenAt] as const);
  for (const r of sim.replicas) [r.offsetMs, r.frozenAt] = [0, null];
  try {
    const seen = await view(base);
    for (const r of rest) {
      const diff = firstDifference(seen, await view(r));
      if (diff) problems.push(`${r.name}: what people see differs from ${base.name}'s at ${diff}`);
    }
  } finally {
    for (const [i, r] of sim.replicas.entries()) [r.offsetMs, r.frozenAt] = clocks[i]!;
  }

  // What this run reached (for the coverage test at the end).
  const fieldsSet = base.rows<{ entity: string; field: string; n: number }>(
    `SELECT entity, field, count(*) AS n FROM changes WHERE op = 'set' GROUP BY entity, field`,
  );
  for (const f of fieldsSet) count(`${f.entity}.${f.field}`, f.n);
  for (const s of base.rows<{ new_value: string; n: number }>(
    `SELECT new_value, count(*) AS n FROM changes WHERE field = 'status' GROUP BY new_value`,
  ))
    count(`status=${JSON.parse(s.new_value)}`, s.n);
  for (const e of base.rows<{ entity: string; n: number }>(
    `SELECT entity, count(*) AS n FROM changes WHERE op = 'create' GROUP BY entity`,
  ))
    count(`create ${e.entity}`, e.n);
  const crossStage2 = base.rows<{ n: number }>(
    `SELECT count(*) AS n FROM cases WHERE stage2_handler_id IS NOT NULL AND stage2_handler_id <> stage1_handler_id`,
  )[0]!.n;
  count('stage 2 handled by another officer', crossStage2);
  const remote = base.rows<{ n: number }>(
    `SELECT count(*) AS n FROM changes c JOIN cases k ON k.id = c.entity_id
      WHERE c.field = 'stage2_handler_id' AND c.replica_id <> (SELECT replica_id FROM changes WHERE entity_id = k.id AND op = 'create')`,
  )[0]!.n;
  count('stage 2 acknowledged on another installation than the one that opened the case', remote);
  for (const a of base.rows<{ entity: string; field: string; n: number }>(
    `SELECT entity, field, count(*) AS n FROM attention WHERE kind = 'conflict' GROUP BY entity, field`,
  ))
    count(`conflict ${a.entity}.${a.field}`, a.n);
  return problems.length ? problems.join('\n') : null;
}

describe('complaint lifecycle: random offline work converges (guarantee 1 for the new data)', () => {
  const share = { kind: 'fake' as const, share: { conflictCopies: 0.15, tmpLeftovers: 0.15, junk: 0.2 } };

  it.each(seedsFromEnv(10, 5001))(
    'seed %i: lifecycle commands, points, policy edits and the rest converge to one state and one audit trail',
    async (seed) => {
      const failure = await convergenceRun({
        seed,
        replicas: 2 + (seed % 3),
        ops: 100,
        lifecycle: true,
        // Hours between steps: the run spans days, so dates, deadlines and extensions move.
        maxStepMs: 4 * 3600_000,
        share,
        check: lifecycleChecks,
      });
      expect(failure, failure ?? '').toBeNull();
    },
    60_000,
  );

  it.each(seedsFromEnv(4, 6001))(
    'seed %i, hostile share without partial files, with deletes: converge, nothing resurrected',
    async (seed) => {
      const failure = await convergenceRun({
        seed,
        replicas: 3 + (seed % 2),
        ops: 100,
        lifecycle: true,
        deletes: true,
        maxStepMs: 4 * 3600_000,
        adversary: { ...HOSTILE, partial: 0 },
        share,
        check: lifecycleChecks,
      });
      expect(failure, failure ?? '').toBeNull();
    },
    60_000,
  );

  it('six replicas, a longer run with clock offsets, converge', async () => {
    const failure = await convergenceRun({
      seed: 5_000_001,
      replicas: 6,
      ops: 200,
      lifecycle: true,
      offsets: [0, 90_000, -120_000, 3_600_000, -30_000, 0],
      maxStepMs: 3 * 3600_000,
      share: { kind: 'fake', share: { conflictCopies: 0.2, tmpLeftovers: 0.2, junk: 0.2 } },
      check: lifecycleChecks,
    });
    expect(failure, failure ?? '').toBeNull();
  }, 60_000);

  afterAll(() => {
    if (process.env.REDRESS_SYNC_REPORT)
      console.log(JSON.stringify(Object.fromEntries([...reached].sort()), null, 1));
  });

  // Only over a run of consecutive seeds (REDRESS_SYNC_SEEDS=N or the default), not a hand-picked few.
  it.skipIf(process.env.REDRESS_SYNC_SEEDS?.includes(','))(
    'the random workload really reaches the lifecycle (over the seeds above)',
    () => {
      const needed = [
        'status=stage1',
        'status=stage1_responded',
        'status=stage2_requested',
        'status=stage2',
        'status=closed',
        'case.stage1_extended_to',
        'complaint_point.decision',
        'setting.value',
        'case.hs_risk',
        'create extension',
        'create complaint_point',
        'create ombudsman_request',
        'create contact',
        'stage 2 handled by another officer',
        'conflict case.status',
        'conflict complaint_point.decision',
      ];
      const missing = needed.filter((k) => !reached.get(k));
      expect(missing, JSON.stringify(Object.fromEntries(reached))).toEqual([]);
    },
  );
});

// ---- Scenarios ----

const conflictItems = async (r: Replica) =>
  (await r.attention())
    .filter((i) => i.kind === 'conflict')
    .map((i) => ({
      id: i.id,
      entity: i.entity,
      entityId: i.entityId,
      field: i.field,
      values: i.options.map((o) => JSON.stringify(o.value)).sort(),
      hlcs: i.options.map((o) => o.hlc).sort(),
    }));

/** A complaint opened on `a`, acknowledged by a's officer, synced to everyone. */
async function acknowledgedComplaint(sim: Sim, a: Replica, summary: string): Promise<string> {
  const opened = await a.call('cases.open', { type: 'complaint', summary });
  sim.created.push({ kind: 'case', id: opened.id, by: a.index });
  await a.call('cases.command', {
    id: opened.id,
    command: { kind: 'acknowledge', on: a.today(), how: 'phone' },
  });
  expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
  return opened.id;
}

const status = (r: Replica, id: string) =>
  r.rows<{ status: string }>('SELECT status FROM cases WHERE id = ?', id)[0]!.status;

describe('complaint conflicts are surfaced on every replica and settled once (guarantee 2 for the new data)', () => {
  it('two replicas deciding the same point differently: one conflict item on both, with both values; settling it clears it everywhere', async () => {
    const sim = await Sim.create({ seed: 5401, replicas: 3 });
    sims.push(sim);
    const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
    const id = await acknowledgedComplaint(sim, a, 'Boiler broken for three weeks');
    const detail = await a.call('points.add', {
      caseId: id,
      point: 'The boiler was not repaired',
      outcomeSought: 'Repair it',
    });
    const pointId = detail.complaint.points[0]!.id;
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

    // Offline, without seeing each other: b upholds the point, c does not.
    await b.call('points.update', {
      id: pointId,
      changes: { decision: 'upheld', reasons: 'Three weeks is too long' },
    });
    await c.call('points.update', {
      id: pointId,
      changes: { decision: 'not_upheld', reasons: 'Parts on order' },
    });
    for (let i = 0; i < 8; i++) await sim.rng.pick(sim.replicas).sync();
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

    const items = await Promise.all(sim.replicas.map(conflictItems));
    for (const [i, list] of items.entries()) expect(list, sim.replicas[i]!.name).toEqual(items[0]);
    expect(items[0]).toHaveLength(1);
    expect(items[0]![0]).toMatchObject({
      entity: 'complaint_point',
      entityId: pointId,
      field: 'decision',
      values: ['"not_upheld"', '"upheld"'],
    });
    // The reasons are free text, not surfaced: last writer wins, no item.
    expect(new Set(sim.hashes()).size).toBe(1);

    // The case page shows one decision on every replica (whichever won), the same everywhere.
    const decisions = await Promise.all(
      sim.replicas.map(
        async (r) => (await r.call('cases.get', { idOrReference: id })).complaint.points[0]!.decision,
      ),
    );
    expect(new Set(decisions).size).toBe(1);

    // c settles it as upheld: cleared everywhere, upheld everywhere.
    const onC = (await c.attention()).find((x) => x.kind === 'conflict')!;
    await c.call('attention.resolveConflict', {
      id: onC.id,
      chosen: onC.options.find((o) => o.value === 'upheld')!.hlc,
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    for (const r of sim.replicas) {
      expect(await conflictItems(r), r.name).toEqual([]);
      expect((await r.call('cases.get', { idOrReference: id })).complaint.points[0]!.decision, r.name).toBe(
        'upheld',
      );
    }
    expect(new Set(sim.hashes()).size).toBe(1);
  });

  it('one replica closes while another escalates: a status conflict on every replica, the status always one valid value; settled once', async () => {
    const sim = await Sim.create({ seed: 5402, replicas: 3 });
    sims.push(sim);
    const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
    const id = await acknowledgedComplaint(sim, a, 'Repairs missed twice');
    await a.call('cases.command', { id, command: { kind: 'respond', on: a.today() } });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(status(c, id)).toBe('stage1_responded');

    sim.advance(3600_000);
    await b.call('cases.command', {
      id,
      command: { kind: 'close', on: b.today(), note: 'Resident satisfied' },
    });
    await c.call('cases.command', {
      id,
      command: { kind: 'escalate', requestedOn: c.today(), reason: 'Not satisfied' },
    });
    // Partway: b has seen only its own change; after a hostile exchange and a clean one, all agree.
    for (let i = 0; i < 8; i++) await sim.rng.pick(sim.replicas).sync();
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

    const items = await Promise.all(sim.replicas.map(conflictItems));
    for (const [i, list] of items.entries()) expect(list, sim.replicas[i]!.name).toEqual(items[0]);
    expect(items[0]!.map((x) => `${x.entity}.${x.field}`)).toEqual(['case.status']);
    expect(items[0]![0]!.values).toEqual(['"closed"', '"stage2_requested"']);
    for (const r of sim.replicas) expect(CASE_STATUSES, r.name).toContain(status(r, id));
    expect(new Set(sim.replicas.map((r) => status(r, id))).size).toBe(1);
    expect(new Set(sim.hashes()).size).toBe(1);

    // a (who made neither change) settles it for the escalation: cleared everywhere.
    const onA = (await a.attention()).find((x) => x.kind === 'conflict')!;
    await a.call('attention.resolveConflict', {
      id: onA.id,
      chosen: onA.options.find((o) => o.value === 'stage2_requested')!.hlc,
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    for (const r of sim.replicas) {
      expect(await conflictItems(r), r.name).toEqual([]);
      expect(status(r, id), r.name).toBe('stage2_requested');
    }
    expect(new Set(sim.hashes()).size).toBe(1);
  });

  it('stage 2 acknowledged on one replica while another refuses the escalation: a status conflict everywhere; extensions to different dates: a conflict on the deadline', async () => {
    const sim = await Sim.create({ seed: 5403, replicas: 3 });
    sims.push(sim);
    const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
    const id = await acknowledgedComplaint(sim, a, 'Damp in the kitchen');
    await a.call('cases.command', { id, command: { kind: 'respond', on: a.today() } });
    await a.call('cases.command', { id, command: { kind: 'escalate', requestedOn: a.today() } });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

    // Stage 2 must be someone other than a (stage 1): b acknowledges as b's own officer; c refuses.
    await b.call('cases.command', { id, command: { kind: 'acknowledge', on: b.today(), how: 'email' } });
    await c.call('cases.command', {
      id,
      command: {
        kind: 'refuse_escalation',
        on: c.today(),
        reason: 'legal_proceedings',
        explanation: 'Court case started',
      },
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    let items = await Promise.all(sim.replicas.map(conflictItems));
    for (const [i, list] of items.entries()) expect(list, sim.replicas[i]!.name).toEqual(items[0]);
    expect(items[0]!.map((x) => `${x.field}:${x.values.join('|')}`)).toEqual(['status:"closed"|"stage2"']);
    const onB = (await b.attention()).find((x) => x.kind === 'conflict')!;
    await b.call('attention.resolveConflict', {
      id: onB.id,
      chosen: onB.options.find((o) => o.value === 'stage2')!.hlc,
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    for (const r of sim.replicas) {
      expect(await conflictItems(r), r.name).toEqual([]);
      expect(status(r, id), r.name).toBe('stage2');
      // The stage 2 handler is b's officer, on every replica: the person who acknowledged on b.
      expect(r.rows('SELECT stage2_handler_id AS h FROM cases WHERE id = ?', id)[0], r.name).toEqual({
        h: b.personId,
      });
    }

    // Now a and c each extend stage 2 to a different date, offline: a conflict on stage2_extended_to.
    const { policy } = await a.call('policy.get', {});
    const cal = calendarFor(policy);
    const due = (await a.call('cases.get', { idOrReference: id })).complaint.deadline!.due;
    sim.advance(3600_000);
    for (const [r, days] of [
      [a, 3],
      [c, 5],
    ] as const)
      await r.call('cases.command', {
        id,
        command: {
          kind: 'extend',
          newDue: addWorkingDays(cal, due, days),
          reason: 'Survey',
          residentToldOn: r.today(),
        },
      });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    items = await Promise.all(sim.replicas.map(conflictItems));
    for (const [i, list] of items.entries()) expect(list, sim.replicas[i]!.name).toEqual(items[0]);
    expect(items[0]!.map((x) => x.field)).toEqual(['stage2_extended_to']);
    expect(items[0]![0]!.values).toEqual(
      [addWorkingDays(cal, due, 3), addWorkingDays(cal, due, 5)].map((d) => JSON.stringify(d)),
    );
    // Both extensions stay in the history (they are records, not a field), on every replica.
    for (const r of sim.replicas)
      expect((await r.call('cases.get', { idOrReference: id })).complaint.extensions, r.name).toHaveLength(2);
    expect(new Set(sim.hashes()).size).toBe(1);
  });

  it('a withdrawal on one replica while another extends stage 1: no status conflict (only one moved the status), the same state everywhere', async () => {
    const sim = await Sim.create({ seed: 5404, replicas: 2 });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const id = await acknowledgedComplaint(sim, a, 'Noise from the flat above');
    const { policy } = await a.call('policy.get', {});
    const due = (await a.call('cases.get', { idOrReference: id })).complaint.deadline!.due;
    await a.call('cases.command', {
      id,
      command: { kind: 'withdraw', on: a.today(), note: 'Resident phoned to withdraw' },
    });
    await b.call('cases.command', {
      id,
      command: {
        kind: 'extend',
        newDue: addWorkingDays(calendarFor(policy), due, 2),
        reason: 'Contractor',
        residentToldOn: b.today(),
      },
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    for (const r of sim.replicas) {
      expect(await conflictItems(r), r.name).toEqual([]);
      expect(status(r, id), r.name).toBe('closed');
    }
    expect(new Set(sim.hashes()).size).toBe(1);
  });
});

describe('the complaint policy is shared (guarantee 3 for the new data)', () => {
  it('an edit on one computer reaches the others, and every computer recomputes its deadlines from it', async () => {
    const sim = await Sim.create({ seed: 5501, replicas: 3 });
    sims.push(sim);
    const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
    const id = await acknowledgedComplaint(sim, b, 'Window will not close');
    const ackOn = b.rows<{ d: string }>('SELECT stage1_acknowledged_on AS d FROM cases WHERE id = ?', id)[0]!
      .d;
    const cal = calendarFor({ ...CODE_POLICY, closureDays: [] });
    for (const r of sim.replicas) {
      const view = (await r.call('cases.get', { idOrReference: id })).complaint;
      expect(view.deadline, r.name).toMatchObject({
        what: 'respond',
        stage: 1,
        due: addWorkingDays(cal, ackOn, 10),
      });
    }

    // a makes the policy stricter (7 working days) and adds a closure day inside the window.
    const closure = addWorkingDays(cal, ackOn, 2);
    const { policy } = await a.call('policy.get', {});
    await a.call('policy.update', { policy: { ...policy, stage1ResponseDays: 7, closureDays: [closure] } });
    for (let i = 0; i < 6; i++) await sim.rng.pick(sim.replicas).sync();
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

    const expected = (await a.call('policy.get', {})).policy;
    expect(expected).toMatchObject({ stage1ResponseDays: 7, closureDays: [closure] });
    const newCal = calendarFor(expected);
    const due = addWorkingDays(newCal, ackOn, 7);
    expect(due, 'the closure day pushes the deadline one working day later').toBe(
      addWorkingDays(cal, ackOn, 8),
    );
    for (const r of sim.replicas) {
      expect((await r.call('policy.get', {})).policy, r.name).toEqual(expected);
      const view = (await r.call('cases.get', { idOrReference: id })).complaint;
      expect(view.deadline, r.name).toMatchObject({ what: 'respond', stage: 1, due });
      const work = await r.call('work.list', { limit: 50 });
      expect(work.items.find((w) => w.id === id)?.deadline?.due, r.name).toBe(due);
    }
    expect(new Set(sim.hashes()).size).toBe(1);

    // Two computers editing the policy at once: one policy everywhere (the later edit, whole).
    sim.advance(60_000);
    await b.call('policy.update', { policy: { ...expected, stage2ResponseDays: 15 } });
    sim.advance(1000);
    await c.call('policy.update', { policy: { ...expected, acknowledgeDays: 3 } });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    const policies = await Promise.all(
      sim.replicas.map(async (r) => JSON.stringify((await r.call('policy.get', {})).policy)),
    );
    expect(new Set(policies).size).toBe(1);
    expect(JSON.parse(policies[0]!)).toMatchObject({ acknowledgeDays: 3 });
    expect(new Set(sim.hashes()).size).toBe(1);

    // A computer joining afterwards takes the policy, and the same deadline, too.
    const d = await sim.addReplica(0);
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(JSON.stringify((await d.call('policy.get', {})).policy)).toBe(policies[0]);
    expect((await d.call('cases.get', { idOrReference: id })).complaint.deadline).toEqual(
      (await a.call('cases.get', { idOrReference: id })).complaint.deadline,
    );
    expect(new Set(sim.hashes()).size).toBe(1);
  });
});

describe('lifecycle changes are audited on every replica (guarantee 4 for the new data)', () => {
  it('received lifecycle changes carry the original actor, installation and old and new values', async () => {
    const sim = await Sim.create({ seed: 5601, replicas: 3 });
    sims.push(sim);
    const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Lift out of order' });
    sim.created.push({ kind: 'case', id: opened.id, by: 0 });
    const id = opened.id;
    const resident = await a.call('residents.create', {
      name: 'Ada Brook',
      phone: null,
      vulnerable: false,
      property: null,
    });
    await a.call('cases.command', { id, command: { kind: 'acknowledge', on: a.today(), how: 'letter' } });
    const { complaint } = await a.call('points.add', {
      caseId: id,
      point: 'Lift broken for a month',
      outcomeSought: null,
    });
    await a.call('cases.healthAndSafety', {
      id,
      risk: true,
      detail: 'Wheelchair user on floor 9',
      toldWhom: 'Head of Housing',
    });
    await a.call('cases.contactAttempt', { caseId: id, at: a.now().toISOString(), outcome: 'no_answer' });
    await a.call('ombudsman.addRequest', {
      caseId: id,
      kind: 'evidence',
      detail: 'Repair logs',
      requestedOn: a.today(),
    });
    await a.call('cases.addParty', { caseId: id, residentId: resident.id });
    await a.call('cases.updateComplaint', { id, changes: { serviceArea: 'repairs' } });
    const { policy } = await a.call('policy.get', {});
    await a.call('policy.update', { policy: { ...policy, stage1ResponseDays: 8 } });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    // b decides the point and extends; c reads both.
    await b.call('points.update', {
      id: complaint.points[0]!.id,
      changes: { decision: 'upheld', reasons: 'Too slow' },
    });
    const due = (await b.call('cases.get', { idOrReference: id })).complaint.deadline!.due;
    await b.call('cases.command', {
      id,
      command: {
        kind: 'extend',
        newDue: addWorkingDays(calendarFor((await b.call('policy.get', {})).policy), due, 2),
        reason: 'Parts',
        residentToldOn: b.today(),
      },
    });
    await b.call('cases.command', { id, command: { kind: 'respond', on: b.today() } });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

    // Every change, as its author recorded it, is on every replica with the same actor and values.
    const authored = (r: Replica) =>
      r.rows<Record<string, unknown>>(
        `SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev FROM changes
          WHERE replica_id = ? AND entity <> 'person' ORDER BY hlc`,
        r.rid,
      );
    const fromA = authored(a);
    const fromB = authored(b);
    expect(new Set(fromA.map((x) => x.actor_id))).toEqual(new Set([a.personId]));
    expect(new Set(fromB.map((x) => x.actor_id))).toEqual(new Set([b.personId]));
    const log = (r: Replica, rid: string) =>
      r.rows(
        `SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev FROM changes
          WHERE replica_id = ? AND entity <> 'person' ORDER BY hlc`,
        rid,
      );
    for (const r of [b, c])
      expect(log(r, a.rid), `${r.name} holds a's changes as a made them`).toEqual(fromA);
    for (const r of [a, c])
      expect(log(r, b.rid), `${r.name} holds b's changes as b made them`).toEqual(fromB);

    // Specific lifecycle fields on c (who made none of them): actor, old and new value.
    const on = (r: Replica, entity: string, field: string | null) =>
      r.rows<{ actor_id: string; old_value: string | null; new_value: string }>(
        `SELECT actor_id, old_value, new_value FROM changes WHERE entity = ? AND ${field ? 'field = ?' : `op = 'create'`} ORDER BY hlc`,
        entity,
        ...(field ? [field] : []),
      );
    const ackOn = a.today();
    expect(on(c, 'case', 'status')).toEqual([
      { actor_id: a.personId, old_value: '"open"', new_value: '"stage1"' },
      { actor_id: b.personId, old_value: '"stage1"', new_value: '"stage1_responded"' },
    ]);
    expect(on(c, 'case', 'stage1_acknowledged_on')).toEqual([
      { actor_id: a.personId, old_value: 'null', new_value: JSON.stringify(ackOn) },
    ]);
    expect(on(c, 'case', 'stage1_handler_id')).toEqual([
      { actor_id: a.personId, old_value: 'null', new_value: JSON.stringify(a.personId) },
    ]);
    expect(on(c, 'case', 'stage1_extended_to')).toMatchObject([{ actor_id: b.personId, old_value: 'null' }]);
    expect(on(c, 'case', 'hs_risk')).toEqual([{ actor_id: a.personId, old_value: '0', new_value: '1' }]);
    expect(on(c, 'case', 'service_area')).toEqual([
      { actor_id: a.personId, old_value: 'null', new_value: '"repairs"' },
    ]);
    expect(on(c, 'complaint_point', 'decision')).toEqual([
      { actor_id: b.personId, old_value: 'null', new_value: '"upheld"' },
    ]);
    expect(on(c, 'setting', 'value')).toHaveLength(1);
    expect(on(c, 'setting', 'value')[0]!.actor_id).toBe(a.personId);
    // One row per setting: only the one that changed travels.
    expect(JSON.parse(JSON.parse(on(c, 'setting', 'value')[0]!.new_value) as string)).toBe(8);
    for (const entity of ['complaint_point', 'ombudsman_request', 'case_party'])
      expect(
        on(c, entity, null).map((x) => x.actor_id),
        entity,
      ).toEqual([a.personId]);
    expect(on(c, 'extension', null).map((x) => x.actor_id)).toEqual([b.personId]);

    // The case page's history on c names the officers who did each step.
    const history = (await c.call('cases.get', { idOrReference: id })).history;
    const names = new Map(
      c.rows<{ id: string; name: string }>('SELECT id, name FROM people').map((p) => [p.id, p.name]),
    );
    const statusSteps = history
      .filter((h) => h.field === 'status')
      .map((h) => [h.actorName, h.oldValue, h.newValue]);
    expect(statusSteps).toEqual([
      [names.get(b.personId!), 'stage1', 'stage1_responded'],
      [names.get(a.personId!), 'open', 'stage1'],
    ]);
    // Created records carry their creator everywhere too.
    for (const r of sim.replicas) {
      const view = (await r.call('cases.get', { idOrReference: id })).complaint;
      expect(
        view.extensions.map((e) => e.createdByName),
        r.name,
      ).toEqual([names.get(b.personId!)]);
      expect(
        view.contactAttempts.map((e) => e.byName),
        r.name,
      ).toEqual([names.get(a.personId!)]);
      expect(view.stage1HandlerName, r.name).toBe(names.get(a.personId!));
    }
    expect(new Set(sim.hashes()).size).toBe(1);
  });
});

// ---- Known gaps (source bugs found by this suite) ----
// Conflicts are detected per field, so lifecycle rules that span fields or records can be broken
// by two computers each taking an allowed step, with nothing surfaced. Each test states the
// expected behaviour. Found 2026-11-23 as `it.fails` tests; fixed the same day by the post-merge
// lifecycle check (src/main/services/complaints/integrity.ts), the assign step and per-setting policy rows.

/** Attention items about a record, on one replica. */
const itemsAbout = async (r: Replica, entityId: string) =>
  (await r.attention()).filter((i) => i.entityId === entityId).map((i) => `${i.kind}:${i.field}`);

describe('known gaps: lifecycle rules spanning fields are not protected by per-field merging', () => {
  it('one computer re-classifies a new complaint as an enquiry while another acknowledges it: expected a conflict (or a complaint still), got an "enquiry" at stage 1 with no deadline and nothing surfaced', async () => {
    const sim = await Sim.create({ seed: 5701, replicas: 2 });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Heating off all week' });
    sim.created.push({ kind: 'case', id: opened.id, by: a.index });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    // Both steps are allowed where they are taken: the case is 'open' and not yet acknowledged.
    await a.call('cases.command', {
      id: opened.id,
      command: { kind: 'triage', type: 'enquiry', on: a.today() },
    });
    await b.call('cases.command', {
      id: opened.id,
      command: { kind: 'acknowledge', on: b.today(), how: 'phone' },
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(new Set(sim.hashes()).size, 'it does converge').toBe(1);
    for (const r of sim.replicas) {
      const { case: row, complaint } = await r.call('cases.get', { idOrReference: opened.id });
      // Observed: type 'enquiry', status 'stage1', received_on null, deadline null, no attention item.
      const kept = row.type === 'complaint' && complaint.deadline !== null;
      const surfaced = (await itemsAbout(r, opened.id)).length > 0;
      expect(
        kept || surfaced,
        `${r.name}: ${row.type} at ${row.status}, deadline ${JSON.stringify(complaint.deadline)}, items ${JSON.stringify(await itemsAbout(r, opened.id))}`,
      ).toBe(true);
    }
  });

  it('a stage 1 response issued on one computer while another adds a point of complaint: the undecided point is surfaced on both', async () => {
    const sim = await Sim.create({ seed: 5702, replicas: 2 });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const id = await acknowledgedComplaint(sim, a, 'Leak through the ceiling');
    await a.call('cases.command', { id, command: { kind: 'respond', on: a.today() } }); // no points: allowed
    const added = await b.call('points.add', { caseId: id, point: 'Nobody came to look at the leak' });
    const pointId = added.complaint.points[0]!.id;
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(new Set(sim.hashes()).size, 'it does converge').toBe(1);
    for (const r of sim.replicas) {
      const { case: row, complaint } = await r.call('cases.get', { idOrReference: id });
      const undecided = complaint.points.filter((p) => p.stage === 1 && p.decision === null);
      const surfaced = [...(await itemsAbout(r, id)), ...(await itemsAbout(r, pointId))].length > 0;
      // Observed: status stage1_responded, one undecided stage 1 point, no attention item.
      expect(
        undecided.length === 0 || row.status === 'stage1' || surfaced,
        `${r.name}: ${row.status} with ${undecided.length} undecided stage 1 point(s), nothing surfaced`,
      ).toBe(true);
    }
  });

  it('two computers acknowledge stage 1 with different officers, one goes on to stage 2 with the other officer: the same handler at both stages is surfaced on both', async () => {
    const sim = await Sim.create({ seed: 5703, replicas: 2 });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Anti-social behaviour' });
    sim.created.push({ kind: 'case', id: opened.id, by: a.index });
    const id = opened.id;
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    await a.call('cases.command', { id, command: { kind: 'acknowledge', on: a.today(), how: 'phone' } }); // handler: a's officer
    sim.advance(60_000);
    await b.call('cases.command', { id, command: { kind: 'acknowledge', on: b.today(), how: 'email' } }); // handler: b's officer (later: wins)
    sim.advance(60_000);
    // a, not having seen b's acknowledgement, responds, records the escalation and gives stage 2 to b's officer.
    await a.call('cases.command', { id, command: { kind: 'respond', on: a.today() } });
    await a.call('cases.command', { id, command: { kind: 'escalate', requestedOn: a.today() } });
    await a.call('cases.command', {
      id,
      command: { kind: 'acknowledge', on: a.today(), how: 'letter', handlerId: b.personId },
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(new Set(sim.hashes()).size, 'it does converge').toBe(1);
    for (const r of sim.replicas) {
      const [h] = r.rows<{ s1: string; s2: string }>(
        'SELECT stage1_handler_id AS s1, stage2_handler_id AS s2 FROM cases WHERE id = ?',
        id,
      );
      const items = await itemsAbout(r, id);
      // Observed: s1 = s2 = b's officer; the only item is on the status (stage1 vs stage2), and it
      // does not show that the same person now handles both stages.
      expect(
        h!.s1 !== h!.s2 || items.some((i) => /handler|owner/.test(i)),
        `${r.name}: stage 1 and stage 2 both handled by ${h!.s1}; items ${JSON.stringify(items)}`,
      ).toBe(true);
    }
  });

  it('two computers change different policy settings at once: both settings are kept', async () => {
    const sim = await Sim.create({ seed: 5704, replicas: 2 });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const { policy } = await a.call('policy.get', {});
    await a.call('policy.update', { policy: { ...policy, stage2ResponseDays: 15 } });
    sim.advance(1000);
    await b.call('policy.update', { policy: { ...policy, acknowledgeDays: 3 } });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(new Set(sim.hashes()).size, 'it does converge').toBe(1);
    for (const r of sim.replicas) {
      const merged = (await r.call('policy.get', {})).policy;
      const surfaced = (await itemsAbout(r, 'policy')).length > 0;
      expect(
        (merged.acknowledgeDays === 3 && merged.stage2ResponseDays === 15) || surfaced,
        `${r.name}: ${JSON.stringify(merged)}`,
      ).toBe(true);
    }
  });
});

describe('known gaps: the case page of a synced complaint', () => {
  it('residents of a group complaint, and Ombudsman requests due the same day, are listed in the same order on each computer', async () => {
    const sim = await Sim.create({ seed: 5705, replicas: 2 });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const id = await acknowledgedComplaint(sim, a, 'Communal heating, whole block');
    const residents = [];
    for (const name of ['Ann Lee', 'Bo Chan']) {
      const res = await a.call('residents.create', {
        name,
        phone: null,
        vulnerable: false,
        property: null,
      });
      residents.push(res.id);
    }
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    // b adds the first resident and a request; a then adds the second and a request due the same day.
    const dueOn = addWorkingDays(calendarFor({ ...CODE_POLICY, closureDays: [] }), a.today(), 15);
    await b.call('cases.addParty', { caseId: id, residentId: residents[0]! });
    await b.call('ombudsman.addRequest', {
      caseId: id,
      kind: 'evidence',
      detail: 'Repair logs',
      requestedOn: b.today(),
      dueOn,
    });
    sim.advance(60_000);
    await a.call('cases.addParty', { caseId: id, residentId: residents[1]! });
    await a.call('ombudsman.addRequest', {
      caseId: id,
      kind: 'order',
      detail: 'Compensation',
      requestedOn: a.today(),
      dueOn,
    });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    expect(new Set(sim.hashes()).size, 'the stores converge').toBe(1);
    const page = async (r: Replica) => {
      const { complaint } = await r.call('cases.get', { idOrReference: id });
      return {
        parties: complaint.parties.map((p) => p.residentName),
        ombudsman: complaint.ombudsmanRequests.map((o) => o.detail),
      };
    };
    // Observed: each computer lists its own record first (view.ts: parties have no ORDER BY,
    // Ombudsman requests are ordered by due_on only; ties fall back to local row order).
    expect(await page(b)).toEqual(await page(a));
  });

  it('deciding a point of a case deleted on another computer is refused and records nothing', async () => {
    const sim = await Sim.create({ seed: 5706, replicas: 2 });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const id = await acknowledgedComplaint(sim, a, 'Opened in error');
    const added = await a.call('points.add', { caseId: id, point: 'A point' });
    const pointId = added.complaint.points[0]!.id;
    await a.call('cases.delete', { id });
    sim.deletedCases.add(id);
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    // b still has the point on screen and decides it.
    const before = b.rows('SELECT hlc FROM changes').length;
    const result = await b.app.dispatch('points.update', { id: pointId, changes: { decision: 'upheld' } });
    const after = b.rows('SELECT hlc FROM changes').length;
    // Observed: result NOT_FOUND ("Case … was deleted"), yet one more change in the log, which syncs.
    expect(result.ok || after === before, `${JSON.stringify(result)}; changes ${before} → ${after}`).toBe(
      true,
    );
  });
});

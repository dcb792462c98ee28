// Guarantee 2, records that refer to each other: a case for a resident that has not arrived, a
// call linked to that case, all delivered in any order (a third replica's file late) → the same
// state as everyone else, nothing stuck waiting. Regression scenarios found by reading apply.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { Applier } from '../../src/main/sync/apply';
import type { Op } from '../../src/main/sync/ops';
import { CLEAN } from './fakeShare';
import { checkConverged, Sim, type Replica } from './harness';
import { Rng } from './rng';
import { parseSegmentFile, SEGMENT_PATH } from './segmentFiles';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

/** D creates a resident; A logs a call; B opens a case for D's resident from A's call. */
async function setUp(seed: number) {
  const sim = await Sim.create({ encryption: false, seed, replicas: 4, adversary: CLEAN });
  sims.push(sim);
  const [a, b, c, d] = sim.replicas as [Replica, Replica, Replica, Replica];
  const resident = await d.call('residents.create', {
    name: 'Grace Adeyemi',
    property: { addressLine1: '7 Mill Lane', postcode: 'LS11 5QQ' },
  });
  sim.created.push({ kind: 'resident', id: resident.id, by: d.index });
  await d.mustSync();
  const call = await a.call('contacts.log', { channel: 'phone', summary: 'Asked about her repair' });
  sim.created.push({ kind: 'contact', id: call.contact.id, by: a.index });
  await a.mustSync();
  await b.mustSync();
  const opened = await b.call('cases.open', {
    type: 'service_request',
    summary: 'Repair chase',
    residentId: resident.id,
    fromContactId: call.contact.id,
  });
  sim.created.push({ kind: 'case', id: opened.id, by: b.index });
  await b.mustSync();
  return { sim, a, b, c, d, resident: resident.id, call: call.contact.id, caseId: opened.id };
}

describe('records arriving before what they refer to', () => {
  it('a call linked to a case that waits for its resident gets its link once the resident arrives', async () => {
    const { sim, b, c, d, call, caseId } = await setUp(1301);
    const lateD = sim.fake!.view(`${c.name}-without-d`).withhold((p) => p.startsWith(`replicas/${d.rid}/`));
    await c.mustSync(lateD);
    await c.mustSync(lateD);
    expect(
      c.rows(`SELECT hlc FROM pending_ops WHERE reason = 'waiting'`).length,
      'the scenario bites: changes wait for the resident',
    ).toBeGreaterThan(0);
    expect(c.rows('SELECT id FROM cases WHERE id = ?', caseId)).toHaveLength(0);
    await c.mustSync(sim.cleanView(c));
    await c.mustSync(sim.cleanView(c));
    const link = c.rows<{ case_id: string | null }>('SELECT case_id FROM contacts WHERE id = ?', call)[0];
    expect(link?.case_id, 'the call is linked to the case on C too').toBe(caseId);
    expect(
      b.rows<{ case_id: string | null }>('SELECT case_id FROM contacts WHERE id = ?', call)[0]?.case_id,
    ).toBe(caseId);
    const failure = await checkConverged(sim, await sim.quiesce());
    expect(failure, failure ?? '').toBeNull();
  });

  it('the same ops one at a time in 50 random orders give one state', async () => {
    const { sim, b } = await setUp(1302);
    for (const r of sim.replicas) await r.mustSync();
    for (const r of sim.replicas) await r.mustSync();
    const reference = b.hash();
    const ops: Op[] = sim
      .fake!.paths()
      .filter((p) => SEGMENT_PATH.test(p))
      .flatMap((p) => parseSegmentFile(sim.fake!.get(p)!).ops as unknown as Op[]);
    const rng = new Rng(1302);
    const seen = new Map<string, string[]>();
    for (let k = 0; k < 50; k++) {
      const order = rng.shuffle(ops);
      const store = await sim.addReplica(0, { officer: false, join: false });
      const db = store.app.context.sqlite;
      for (const op of order) db.transaction(() => new Applier(db).apply([op], '2026-02-01T00:00:00.000Z'))();
      const h = store.hash();
      if (h !== reference)
        seen.set(
          h,
          order.map((o) => `${o.e}.${o.o}${o.f ? `.${o.f}` : ''}`),
        );
      await store.app.close();
      sim.replicas.pop();
    }
    expect([...seen.values()].slice(0, 2), 'orders that gave another state').toEqual([]);
  });
});

// Conflict surfacing (catalogue T13, part of guarantees 1 and 2): concurrent edits of a case's
// status or type made without seeing each other give exactly one identical `conflict` item, with
// both values, on every replica — whatever the delivery order, duplicates included — and
// settling it on any one replica clears it everywhere.
import { afterEach, describe, expect, it } from 'vitest';
import { Sim, type Replica } from './harness';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

const conflictItems = async (r: Replica) =>
  (await r.attention())
    .filter((i) => i.kind === 'conflict')
    .map((i) => ({
      id: i.id,
      field: i.field,
      entityId: i.entityId,
      values: i.options.map((o) => JSON.stringify(o.value)).sort(),
      hlcs: i.options.map((o) => o.hlc).sort(),
    }));

describe('conflicts are surfaced identically everywhere and settled once', () => {
  it('four replicas, hostile share: one identical conflict per concurrently edited field, on every replica; settled anywhere, cleared everywhere', async () => {
    const sim = await Sim.create({
      seed: 1401,
      replicas: 4,
      share: { kind: 'fake', share: { conflictCopies: 0.5, tmpLeftovers: 0.3 } },
    });
    sims.push(sim);
    const [a, b, c, d] = sim.replicas as [Replica, Replica, Replica, Replica];
    const opened = await a.call('cases.open', { type: 'service_request', summary: 'Damp in bathroom' });
    sim.created.push({ kind: 'case', id: opened.id, by: 0 });
    expect(await sim.quiesce()).toBeGreaterThan(0);

    // Offline, without seeing each other: b and c end with different statuses, c and d different types; a edits the summary.
    await b.call('cases.update', { id: opened.id, changes: { status: 'closed' } });
    await c.call('cases.update', { id: opened.id, changes: { status: 'closed', type: 'complaint' } });
    await c.call('cases.update', { id: opened.id, changes: { status: 'open' } }); // c reopens: b and c now disagree
    await d.call('cases.update', { id: opened.id, changes: { type: 'negative_feedback' } });
    await a.call('cases.update', { id: opened.id, changes: { summary: 'Damp in bathroom and hallway' } });
    // Hostile syncs for a while, then quiescence.
    for (let i = 0; i < 12; i++) await sim.rng.pick(sim.replicas).sync();
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

    const items = await Promise.all(sim.replicas.map(conflictItems));
    for (const [i, list] of items.entries()) {
      expect(list, `replica ${i}`).toEqual(items[0]);
    }
    const fields = items[0]!.map((x) => x.field).sort();
    expect(
      fields,
      'status (two concurrent edits) and type (two concurrent edits); the summary is not surfaced',
    ).toEqual(['status', 'type']);
    const typeItem = items[0]!.find((x) => x.field === 'type')!;
    expect(typeItem.values).toEqual(['"complaint"', '"negative_feedback"']);
    expect(new Set(sim.hashes()).size).toBe(1);

    // Settle the type on d, the status on b; the items close on every replica.
    const onD = (await d.attention()).find((x) => x.kind === 'conflict' && x.field === 'type')!;
    await d.call('attention.resolveConflict', {
      id: onD.id,
      chosen: onD.options.find((o) => o.value === 'complaint')!.hlc,
    });
    const onB = (await b.attention()).find((x) => x.kind === 'conflict' && x.field === 'status')!;
    await b.call('attention.resolveConflict', { id: onB.id, chosen: onB.options[0]!.hlc });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    for (const r of sim.replicas) {
      expect(await conflictItems(r), r.name).toEqual([]);
      expect(
        r.rows<{ type: string }>('SELECT type FROM cases WHERE id = ?', opened.id)[0]!.type,
        r.name,
      ).toBe('complaint');
    }
    expect(new Set(sim.hashes()).size).toBe(1);
  });

  it('agreement that later turns into disagreement is a conflict on every replica, whatever it received when', async () => {
    // b closes the case; c closes it too (agreement: no item), then reopens it, still without seeing
    // b's change. The status heads are now b:closed and c:open — a conflict. Replica `early` reads
    // b's and c's first change before c's second; replica `late` reads everything at once.
    const sim = await Sim.create({ seed: 1403, replicas: 5 });
    sims.push(sim);
    const [a, b, c, early, late] = sim.replicas as [Replica, Replica, Replica, Replica, Replica];
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Fence panel down' });
    expect(await sim.quiesce()).toBeGreaterThan(0);
    await b.call('cases.update', { id: opened.id, changes: { status: 'closed' } });
    await b.mustSync(sim.cleanView(b));
    sim.advance(60_000);
    const cWithoutB = sim
      .fake!.view(`${c.name}-without-b`)
      .withhold((p) => p.startsWith(`replicas/${b.rid}/`));
    await c.call('cases.update', { id: opened.id, changes: { status: 'closed' } });
    await c.mustSync(cWithoutB);
    await early.mustSync(sim.cleanView(early));
    expect(await conflictItems(early), 'both closed it: agreement').toEqual([]);
    sim.advance(60_000);
    await c.call('cases.update', { id: opened.id, changes: { status: 'open' } });
    await c.mustSync(cWithoutB);
    await early.mustSync(sim.cleanView(early));
    await late.mustSync(sim.cleanView(late));
    await sim.quiesce();
    for (const r of sim.replicas) {
      expect
        .soft(
          (await conflictItems(r)).map((x) => x.field),
          `${r.name}: b closed, c reopened`,
        )
        .toEqual(['status']);
    }
    expect(new Set(sim.hashes()).size, 'one state everywhere').toBe(1);
  });

  it('the same decision made on two replicas, or edits of different fields, raise nothing', async () => {
    const sim = await Sim.create({ seed: 1402, replicas: 3 });
    sims.push(sim);
    const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
    const opened = await a.call('cases.open', { type: 'enquiry', summary: 'Parking' });
    expect(await sim.quiesce()).toBeGreaterThan(0);
    await b.call('cases.update', { id: opened.id, changes: { status: 'closed' } });
    await c.call('cases.update', { id: opened.id, changes: { status: 'closed', summary: 'Parking permit' } });
    await a.call('cases.update', { id: opened.id, changes: { type: 'complaint' } });
    expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
    for (const r of sim.replicas) expect(await conflictItems(r), r.name).toEqual([]);
    expect(new Set(sim.hashes()).size).toBe(1);
  });
});

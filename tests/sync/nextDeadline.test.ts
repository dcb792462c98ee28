// The stored next deadline (cases.next_due_on, derived on each computer and never synced) follows
// changes that arrive by sync: a case acknowledged on another computer, an Ombudsman request
// logged there, and a policy edit made there, all re-worked out here after the merge.
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import { expectStoredEqualsComputed } from '../nextDeadlineTruth';
import { CLEAN } from './fakeShare';
import { Sim } from './harness';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

describe('next deadlines after a merge', () => {
  it('equal the worked-out deadline on every computer after changes arrive by sync', async () => {
    const sim = await Sim.create({ seed: 1212, replicas: 2, adversary: CLEAN });
    sims.push(sim);
    const [a, b] = sim.replicas as [(typeof sim.replicas)[number], (typeof sim.replicas)[number]];
    const stored = (r: typeof a, id: string) =>
      r.app.context.sqlite.prepare('SELECT next_due_on FROM cases WHERE id = ?').pluck().get(id);
    const c = await a.call('cases.open', { type: 'complaint', summary: 'Damp in the hallway' });
    await a.mustSync();
    await b.mustSync();
    expect(stored(b, c.id)).toBe(stored(a, c.id));
    expect(stored(b, c.id)).not.toBeNull();

    await a.call('cases.command', {
      id: c.id,
      command: { kind: 'acknowledge', on: a.today(), how: 'phone' },
    });
    await a.call('ombudsman.addRequest', {
      caseId: c.id,
      kind: 'evidence',
      detail: 'Photos of the damp',
      requestedOn: a.today(),
    });
    await a.mustSync();
    await b.mustSync();
    expect(stored(b, c.id)).toBe(stored(a, c.id));
    for (const r of [a, b]) expectStoredEqualsComputed(r.app);

    // A policy edit on B moves the deadline on A once it arrives.
    const before = stored(a, c.id);
    await b.call('policy.update', { policy: { ...CODE_POLICY, closureDays: [], stage1ResponseDays: 5 } });
    await b.mustSync();
    await a.mustSync();
    for (const r of [a, b]) expectStoredEqualsComputed(r.app);
    expect(stored(a, c.id)).toBe(stored(b, c.id));
    // The Ombudsman's 15 working days are later than the 5-day response now: the response is next.
    expect(stored(a, c.id)).not.toBe(before);
    expect((await a.call('work.list', { limit: 5 })).items[0]?.deadline?.due).toBe(stored(a, c.id));
  });
});

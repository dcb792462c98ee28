// The performance figures kept on each computer (report_stages, derived and never synced) follow
// changes that arrive by sync: a complaint opened, answered and extended on another computer is
// counted here after the merge exactly as it is there; homes owned set there reach CH01 here.
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN } from './fakeShare';
import { Sim } from './harness';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

describe('performance figures after a merge', () => {
  it('count a case that arrived by sync as they do where it was entered', async () => {
    const sim = await Sim.create({ seed: 1414, replicas: 2, adversary: CLEAN });
    sims.push(sim);
    const [a, b] = sim.replicas as [(typeof sim.replicas)[number], (typeof sim.replicas)[number]];
    const rows = (r: typeof a) =>
      r.app.context.sqlite.prepare('SELECT * FROM report_stages ORDER BY case_id, stage').all();
    const today = a.today();
    const period = { from: `${today.slice(0, 4)}-01-01`, to: today, filters: {} };
    const c = await a.call('cases.open', { type: 'complaint', summary: 'Damp in the hallway' });
    await a.call('cases.command', { id: c.id, command: { kind: 'acknowledge', on: today, how: 'phone' } });
    await a.call('cases.command', { id: c.id, command: { kind: 'respond', on: today } });
    await a.mustSync();
    await b.mustSync();
    expect(rows(b)).toEqual(rows(a));
    expect(rows(b)).toHaveLength(1);
    const figures = await b.call('reporting.measures', period);
    expect(figures.stage1).toMatchObject({ received: 1, responded: 1, respondedOnTime: 1 });
    expect(await b.call('reporting.measures', period)).toEqual(await a.call('reporting.measures', period));

    // Deleted as opened in error on B: no longer counted on A once that arrives.
    await b.call('cases.delete', { id: c.id });
    await b.mustSync();
    await a.mustSync();
    expect(rows(a)).toEqual([]);
    expect((await a.call('reporting.measures', period)).stage1.received).toBe(0);

    // Homes owned set on A reach B.
    const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
    await a.call('reporting.setHomes', { year, count: 4000 });
    await a.mustSync();
    await b.mustSync();
    expect(await b.call('reporting.homes', {})).toEqual({ years: [{ year, count: 4000 }] });
  });
});

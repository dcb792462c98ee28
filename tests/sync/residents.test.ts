// A resident edited on one computer (contact details, needs, a representative with consent and
// its date, a move to a new home) reaches the others through the share: same record, same home,
// the same audit trail and the same case history in words.
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN } from './fakeShare';
import { Sim } from './harness';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

describe('an edited resident under sync', () => {
  it('arrives on the other computers with every field, its new home and its history', async () => {
    const sim = await Sim.create({ seed: 1201, replicas: 2, adversary: CLEAN });
    sims.push(sim);
    const [a, b] = sim.replicas as [(typeof sim.replicas)[0], (typeof sim.replicas)[0]];
    const resident = await a.call('residents.create', {
      name: 'Joan Okafor',
      property: { addressLine1: '14 Canal Walk', postcode: 'LS11 5QQ' },
    });
    const opened = await a.call('cases.open', {
      type: 'complaint',
      summary: 'Damp',
      residentId: resident.id,
    });
    await a.mustSync();
    await b.mustSync();
    const saved = await b.call('residents.update', {
      id: resident.id,
      changes: {
        email: 'joan@example.org',
        vulnerable: true,
        reasonableAdjustments: 'Large print letters',
        representativeName: 'Ade Okafor',
        representativeConsent: true,
        representativeConsentOn: b.today(),
        largePrintPt: 18,
        home: { how: 'moved', property: { addressLine1: '2 Mill Lane', postcode: 'LS6 1AA' } },
      },
    });
    await b.mustSync();
    await a.mustSync();
    const there = await a.call('residents.get', { id: resident.id });
    expect(there.resident).toEqual(saved);
    expect(there.property).toMatchObject({ addressLine1: '2 Mill Lane', postcode: 'LS6 1AA' });
    expect(a.hash()).toBe(b.hash());
    const history = async (r: typeof a) =>
      (await r.call('cases.history', { caseId: opened.id })).map((e) => `${e.actorName}: ${e.what}`);
    expect(await history(a)).toEqual(await history(b));
    expect(await history(a)).toContain('Officer 1: The resident Joan Okafor: consent given');
  });
});

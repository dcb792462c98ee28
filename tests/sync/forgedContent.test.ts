// Content on the share that lies about where it came from. Anyone who can write to the shared
// folder can add a folder of their own; what it claims is checked against where it was found and
// what the share holds (src/main/sync/trust.ts, snapshot.ts): nothing forged is applied, every
// refusal is visible in Needs attention, and honest data still arrives.
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { CLEAN } from './fakeShare';
import { Sim, type Replica } from './harness';
import { shareKeyOf } from '../../src/main/sync/keyring';
import { signHash } from '../../src/main/sync/signing';
import { HandWrittenReplica } from './newerReplica';
import { buildSegmentFile } from './segmentFiles';

const FORGER = '01a20000-0000-7000-8000-00000000f0e1';
const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

const refusedItems = async (r: Replica) =>
  (await r.attention()).filter(
    (i) => i.kind === 'untrusted_share' && /did not accept|was not used/.test(i.detail),
  );

describe('forged content on the share', () => {
  it('a new folder whose changes claim another installation, or another computer’s officer, is not believed; it is flagged', async () => {
    const sim = await Sim.create({ seed: 801, replicas: 2, adversary: CLEAN });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const resident = await a.call('residents.create', { name: 'Joan Reid', phone: '07700 900001' });
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Leak from the flat above' });
    await a.mustSync();
    await b.mustSync();
    const before = b.projection();

    const forger = new HandWrittenReplica(
      FORGER,
      (p, bytes) => sim.fake!.put(p, bytes, '(forger)'),
      SCHEMA_VERSION,
      shareKeyOf(sim.replicas[0]!.app.context.sqlite),
    );
    forger.hello(sim.time, 'Office PC');
    await forger.approvedBy({ context: sim.replicas[0]!.app.context, fs: sim.cleanView(sim.replicas[0]!) });
    const t = sim.time + 1000;
    const admin = '01a20000-0000-7000-8000-0000000000ad';
    forger.segment([
      // Claiming to be A, written as A's officer.
      {
        h: forger.hlc(t),
        r: a.rid,
        a: a.personId,
        e: 'resident',
        k: resident.id,
        o: 'set',
        f: 'phone',
        v: '07700 966666',
        x: '07700 900001',
        p: [],
      },
      {
        h: forger.hlc(t),
        r: a.rid,
        a: a.personId,
        e: 'case',
        k: opened.id,
        o: 'set',
        f: 'summary',
        v: 'No further action',
        x: null,
        p: [],
      },
      {
        h: forger.hlc(t),
        r: a.rid,
        a: admin,
        e: 'person',
        k: admin,
        o: 'create',
        f: null,
        v: { name: 'Root', role: 'admin', initials: 'RT', created_at: new Date(t).toISOString() },
      },
      // Under its own installation, but signed as A's officer.
      {
        h: forger.hlc(t),
        a: a.personId,
        e: 'case',
        k: opened.id,
        o: 'set',
        f: 'summary',
        v: 'Closed by A',
        x: null,
        p: [],
      },
      // Under its own installation, changing A's officer's role (demoting the administrator).
      {
        h: forger.hlc(t),
        a: null,
        e: 'person',
        k: a.personId!,
        o: 'set',
        f: 'role',
        v: 'officer',
        x: 'admin',
        p: [],
      },
    ]);
    await b.mustSync();
    await b.mustSync();
    expect(b.projection(), 'nothing forged reached B').toBe(before);
    expect(b.rows('SELECT id FROM people WHERE id = ?', admin)).toEqual([]);
    const items = await refusedItems(b);
    expect(items, JSON.stringify(items)).toHaveLength(1);
    expect(items[0]!.detail).toMatch(/5 changes/);
    expect(items[0]!.detail).toMatch(/another computer/);

    // Honest work still flows both ways.
    await a.call('cases.update', { id: opened.id, changes: { summary: 'Leak fixed' } });
    await a.mustSync();
    await b.mustSync();
    expect(b.rows<{ summary: string }>('SELECT summary FROM cases WHERE id = ?', opened.id)[0]!.summary).toBe(
      'Leak fixed',
    );
  });

  it('a colleague added under Settings → People cannot be changed anonymously from another folder', async () => {
    const sim = await Sim.create({ seed: 803, replicas: 2, adversary: CLEAN });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const tom = await a.call('people.add', { name: 'Tom Reid', initials: 'TR' });
    await a.mustSync();
    await b.mustSync();
    const forger = new HandWrittenReplica(
      FORGER,
      (p, bytes) => sim.fake!.put(p, bytes, '(forger)'),
      SCHEMA_VERSION,
      shareKeyOf(sim.replicas[0]!.app.context.sqlite),
    );
    forger.hello(sim.time, 'Office PC');
    await forger.approvedBy({ context: sim.replicas[0]!.app.context, fs: sim.cleanView(sim.replicas[0]!) });
    const t = sim.time + 1000;
    forger.segment([
      // Under its own installation, naming no one, deactivating A's colleague.
      { h: forger.hlc(t), a: null, e: 'person', k: tom.id, o: 'set', f: 'active', v: 0, x: 1, p: [] },
      // Under its own installation, as A's officer (set up by themself on A), changing her role.
      {
        h: forger.hlc(t),
        a: null,
        e: 'person',
        k: a.personId!,
        o: 'set',
        f: 'role',
        v: 'officer',
        x: 'admin',
        p: [],
      },
    ]);
    await b.mustSync();
    expect(b.rows<{ active: number }>('SELECT active FROM people WHERE id = ?', tom.id)).toEqual([
      { active: 1 },
    ]);
    expect(b.rows<{ role: string }>('SELECT role FROM people WHERE id = ?', a.personId)).toEqual([
      { role: 'admin' },
    ]);
    const items = await refusedItems(b);
    expect(items).toHaveLength(1);
    expect(items[0]!.detail).toMatch(
      /2 changes found in the folder of .*: changes to a person set up on another computer\./,
    );

    // An officer on another computer may keep the team's colleague up to date.
    await b.call('people.update', { id: tom.id, email: 'tom.reid@example.org' });
    await b.mustSync();
    await a.mustSync();
    expect(a.rows<{ email: string }>('SELECT email FROM people WHERE id = ?', tom.id)).toEqual([
      { email: 'tom.reid@example.org' },
    ]);
  });

  it('a forged snapshot claiming files were read leaves a new computer with every real case, and is flagged', async () => {
    const sim = await Sim.create({ seed: 802, replicas: 1, adversary: CLEAN });
    sims.push(sim);
    const [a] = sim.replicas as [Replica];
    const cases: string[] = [];
    for (let i = 0; i < 5; i++) {
      cases.push((await a.call('cases.open', { type: 'enquiry', summary: `Real case ${i}` })).id);
      await a.mustSync();
    }
    const written = a.rows<{ n: number }>('SELECT count(*) AS n FROM sync_exports')[0]!.n;
    const forger = new HandWrittenReplica(
      FORGER,
      (p, bytes) => sim.fake!.put(p, bytes, '(forger)'),
      SCHEMA_VERSION,
      shareKeyOf(sim.replicas[0]!.app.context.sqlite),
    );
    forger.hello(sim.time, 'Office PC');
    await forger.approvedBy({ context: sim.replicas[0]!.app.context, fs: sim.cleanView(sim.replicas[0]!) });
    const snapshot = (vv: Record<string, number>, seq: number, ops: Array<Record<string, unknown>> = []) => {
      const f = buildSegmentFile(
        {
          magic: 'redress-segment',
          format: 1,
          kind: 'snapshot',
          rid: FORGER,
          seq,
          schema: SCHEMA_VERSION,
          vv,
        },
        ops,
        undefined,
        (hash) => signHash(forger.signWith, 'snapshot', hash),
      );
      sim.fake!.put(
        `replicas/${FORGER}/snap/${f.name.replace(/\.seg$/, '.snap')}`,
        forger.sealed(f.bytes, 'snapshot'),
        '(forger)',
      );
    };
    // One claims files A never wrote; one claims the files A did write, while holding none of
    // their changes; one claims nothing but carries a change "from A" that no file of A's holds.
    snapshot({ [a.rid]: 999 }, 999);
    snapshot({ [a.rid]: written }, 998);
    const later = new Date(sim.time + 60_000).toISOString();
    snapshot({}, 997, [
      {
        h: `${later}-0000-${a.rid.replace(/-/g, '').slice(-16)}`,
        r: a.rid,
        a: null,
        e: 'case',
        k: cases[0],
        o: 'set',
        f: 'summary',
        v: 'Withdrawn',
        x: null,
        p: [],
        sv: SCHEMA_VERSION,
      },
    ]);
    const c = await sim.addReplica(0, { officer: false });
    await c.mustSync();
    await c.mustSync();
    expect(c.rows('SELECT id FROM cases ORDER BY id').length, 'every real case arrived').toBe(5);
    expect(c.hash()).toBe(a.hash());
    const items = await refusedItems(c);
    expect(
      items.filter((i) => /was not used/.test(i.detail)),
      JSON.stringify(items),
    ).toHaveLength(3);
    expect(c.rows<{ summary: string }>('SELECT summary FROM cases WHERE id = ?', cases[0])[0]!.summary).toBe(
      'Real case 0',
    );
  });
});

// Erasure across three computers: a resident's personal data, edited on two computers, is erased
// on one; after every computer has synced, not one byte of any store (WAL, search index, blobs and
// daily copies included) or of the share holds it, and the statistical record remains the same
// everywhere.
import { afterEach, describe, expect, it } from 'vitest';
import { findInStore, findPlainText } from '../findPlainText';
import { DAY, Sim, YEAR } from './harness';
import { CLEAN } from './fakeShare';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

const NAME = 'Zebedeeqa Quillfeatherby';
const PHONE = '07700 918273';
const NEW_PHONE = '07700 946251';
const ADDRESS = '17 Wraxhollow Lane';
const POSTCODE = 'ZZ9 4QX';
const NOTE = 'Grandson Thaddeus visits Thursdays';
const CALL = 'Rang about damp in Marigold bedroom';
const FILE_TEXT = 'Photograph caption Glimmerwick mould';
const SECRETS = [
  NAME,
  PHONE,
  NEW_PHONE,
  '07700918273',
  ADDRESS,
  POSTCODE,
  NOTE,
  CALL,
  FILE_TEXT,
  'Quillfeatherby',
];

async function syncAll(sim: Sim, rounds = 2) {
  for (let i = 0; i < rounds; i++) {
    sim.advance(60_000);
    for (const r of sim.replicas) await r.mustSync(sim.cleanView(r));
  }
}

describe('erasure syncs and leaves nothing behind', () => {
  it('after erase + sync on three computers, no store or share file holds the erased data', async () => {
    // The share unencrypted, so a raw grep of its files sees what they carry (stores are always
    // encrypted on disk: they are read through their own connections too).
    const sim = await Sim.create({
      seed: 1301,
      replicas: 3,
      share: { kind: 'folder' },
      adversary: CLEAN,
      encryption: false,
    });
    sims.push(sim);
    const [a, b, c] = sim.replicas as [
      (typeof sim.replicas)[0],
      (typeof sim.replicas)[0],
      (typeof sim.replicas)[0],
    ];
    const resident = await a.call('residents.create', {
      name: NAME,
      phone: PHONE,
      supportNeeds: 'Hearing aid',
      property: { addressLine1: ADDRESS, postcode: POSTCODE },
    });
    const kase = await a.call('cases.open', {
      type: 'enquiry',
      summary: `Damp at ${ADDRESS}`,
      residentId: resident.id,
    });
    await a.call('notes.add', { caseId: kase.id, text: NOTE });
    await a.call('attachments.add', {
      caseId: kase.id,
      fileName: 'quillfeatherby-photo.txt',
      mediaType: 'text/plain',
      bytes: Buffer.from(FILE_TEXT).toString('base64'),
      caption: `Quillfeatherby kitchen`,
    });
    // A snapshot on the share holds everyone's changes as they were.
    await syncAll(sim);
    await a.call('share.snapshot', { path: sim.shareRoot! });
    // The second computer edits the resident and the case.
    await b.call('residents.update', { id: resident.id, changes: { phone: NEW_PHONE } });
    await b.call('contacts.log', {
      residentId: resident.id,
      caseId: kase.id,
      channel: 'phone',
      summary: CALL,
    });
    await syncAll(sim);
    await c.call('attachments.get', { id: (await c.call('attachments.list', { caseId: kase.id }))[0]!.id });
    await a.call('cases.command', { id: kase.id, command: { kind: 'close', on: a.today() } });
    await syncAll(sim);
    // Daily copies made before the erasure hold the data too.
    for (const r of sim.replicas) await r.call('backup.daily', {});
    const before = findPlainText(sim.shareRoot!, SECRETS).length;
    expect(before, 'the test data is on the share before the erasure').toBeGreaterThan(0);
    for (const r of sim.replicas)
      expect(findInStore(r.app.context.sqlite, SECRETS).length, 'in each store before').toBeGreaterThan(0);

    const erased = await a.call('resident.erase', {
      residentId: resident.id,
      reason: 'Retention period over',
    });
    expect(erased.homeErased).toBe(true);
    await syncAll(sim, 3);

    const hits = [
      ...sim.replicas.flatMap((r) => findPlainText(r.dir, SECRETS)),
      ...findPlainText(sim.shareRoot!, SECRETS),
      ...sim.replicas.flatMap((r) => findInStore(r.app.context.sqlite, SECRETS)),
    ];
    expect(hits.map((h) => `${h.text} in ${h.file}`)).toEqual([]);

    // The erasure replaced logged values, and every computer's audit trail says so, not "altered".
    for (const r of sim.replicas) {
      // Read as a manager would (the audit trail is theirs to check).
      const me = r.app.context.me!;
      r.app.context.me = { ...me, role: 'manager' };
      const audit = await r.call('audit.verify', {});
      r.app.context.me = me;
      expect(audit.installations.flatMap((i) => i.problems)).toEqual([]);
      expect(audit.installations.reduce((n, i) => n + i.erased, 0)).toBeGreaterThan(0);
    }

    // The statistical record remains, the same everywhere.
    expect(new Set(sim.hashes()).size).toBe(1);
    for (const r of sim.replicas) {
      const row = r.rows<{ type: string; status: string; closed_on: string; received_on: string | null }>(
        'SELECT type, status, closed_on, received_on FROM cases WHERE id = ?',
        kase.id,
      )[0]!;
      expect(row).toMatchObject({ type: 'enquiry', status: 'closed', closed_on: a.today() });
      expect(r.rows('SELECT name FROM residents WHERE id = ?', resident.id)).toEqual([
        { name: 'Erased resident' },
      ]);
      expect(r.rows('SELECT count(*) AS n FROM case_notes WHERE case_id = ?', kase.id)).toEqual([{ n: 1 }]);
      expect(r.rows('SELECT count(*) AS n FROM contacts WHERE case_id = ?', kase.id)).toEqual([{ n: 1 }]);
    }
    // A newcomer joining now reads only anonymised data.
    await sim.withTemporaryReplica({}, async (d) => {
      await syncAll(sim);
      expect(d.rows('SELECT name FROM residents WHERE id = ?', resident.id)).toEqual([
        { name: 'Erased resident' },
      ]);
      expect(findPlainText(d.dir, SECRETS)).toEqual([]);
      expect(findInStore(d.app.context.sqlite, SECRETS)).toEqual([]);
    });
  });
});

describe('the retention review list', () => {
  it('lists residents whose every case closed more than the retention period ago, by initials only', async () => {
    const sim = await Sim.create({ seed: 1302, replicas: 1, adversary: CLEAN });
    sims.push(sim);
    const a = sim.replicas[0]!;
    const closedCase = async (residentId: string) => {
      const c = await a.call('cases.open', { type: 'enquiry', summary: 'Bin day', residentId });
      await a.call('cases.command', { id: c.id, command: { kind: 'close', on: a.today() } });
      return c;
    };
    const old = await a.call('residents.create', { name: 'Mary-Jane O’Brien' });
    const oldCase = await closedCase(old.id);
    const busy = await a.call('residents.create', { name: 'Tom Reid' });
    await closedCase(busy.id);
    const closedOn = a.today();
    sim.advance(6 * YEAR);
    await a.call('cases.open', { type: 'enquiry', summary: 'Another question', residentId: busy.id });
    expect((await a.call('retention.due', {})).residents).toEqual([]);
    sim.advance(2 * DAY);
    const due = await a.call('retention.due', {});
    expect(due.years).toBe(6);
    expect(due.residents).toEqual([
      {
        residentId: old.id,
        initials: 'M.O.',
        lastClosedOn: closedOn,
        cases: [{ caseId: oldCase.id, reference: oldCase.reference, closedOn }],
      },
    ]);
    const policy = await a.call('policy.get', {});
    await a.call('policy.update', { policy: { ...policy.policy, retentionYears: 7 } });
    expect((await a.call('retention.due', {})).residents).toEqual([]);
    await a.call('policy.update', { policy: { ...policy.policy, retentionYears: 6 } });
    await a.call('resident.erase', { residentId: old.id, reason: 'Retention period over' });
    expect((await a.call('retention.due', {})).residents).toEqual([]);
  });
});

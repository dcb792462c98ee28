// Subject access and erasure through the real CLI and dispatch on a real store: the export holds
// everything about the resident in readable form (other residents on a group complaint redacted),
// and an erasure leaves only the anonymised statistical record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { findPlainText } from '../findPlainText';
import { cliIn as cli, openTestApp, tempDir } from '../helpers';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function world() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const dir = join(tmp.dir, 'store');
  const { app, call } = await openTestApp(dir);
  cleanups.push(() => app.close());
  const subject = await call('residents.create', {
    name: 'Orla Featherstonehaugh',
    phone: '07700 900777',
    supportNeeds: 'Uses a wheelchair',
    property: { addressLine1: '4 Larkspur Row', postcode: 'LS2 7QQ' },
  });
  const neighbour = await call('residents.create', {
    name: 'Barnaby Whitlock-Ogden',
    phone: '07700 900888',
    property: { addressLine1: '6 Larkspur Row', postcode: 'LS2 7QQ' },
  });
  const kase = await call('cases.open', {
    type: 'complaint',
    summary: 'Lift out of order for three weeks; Barnaby Whitlock-Ogden reported it too',
    residentId: subject.id,
  });
  await call('cases.addParty', { caseId: kase.id, residentId: neighbour.id });
  await call('notes.add', { caseId: kase.id, text: 'Spoke to Orla about the lift on the phone' });
  await call('contacts.log', {
    residentId: subject.id,
    caseId: kase.id,
    channel: 'phone',
    summary: 'Orla rang again: still no lift',
  });
  await call('attachments.add', {
    caseId: kase.id,
    fileName: 'lift-notice.txt',
    mediaType: 'text/plain',
    bytes: Buffer.from('Lift out of service notice').toString('base64'),
  });
  return { dir, tmp: tmp.dir, app, call, subject, neighbour, kase };
}

describe('subject access: resident export', () => {
  it('writes a zip with everything held about the resident, readable, with the other resident redacted', async () => {
    const w = await world();
    // An officer opens the case: the access log says who looked, not only who changed things.
    await w.call('cases.get', { idOrReference: w.kase.id });
    const out = join(w.tmp, 'sar.zip');
    const run = await cli(w.dir, 'resident', 'export', w.subject.id, '--out', out);
    expect(run.code, run.err).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const names = Object.keys(files).sort();
    const ref = w.kase.reference;
    expect(names).toEqual(
      [
        'README.txt',
        'access-log.txt',
        'resident.txt',
        `cases/${ref}/attachments/lift-notice.txt`,
        `cases/${ref}/calls.txt`,
        `cases/${ref}/case.txt`,
        `cases/${ref}/history.txt`,
        `cases/${ref}/notes.txt`,
      ].sort(),
    );
    const read = (n: string) => strFromU8(files[n]!);
    expect(read('resident.txt')).toContain('Name: Orla Featherstonehaugh');
    expect(read('resident.txt')).toContain('Phone: 07700 900777');
    expect(read('resident.txt')).toContain('Support needs: Uses a wheelchair');
    expect(read('resident.txt')).toContain('4 Larkspur Row');
    expect(read(`cases/${ref}/notes.txt`)).toContain('Spoke to Orla about the lift');
    expect(read(`cases/${ref}/calls.txt`)).toContain('Orla rang again: still no lift');
    expect(read(`cases/${ref}/attachments/lift-notice.txt`)).toBe('Lift out of service notice');
    expect(read(`cases/${ref}/history.txt`)).toMatch(/Priya Shah/);
    expect(read('access-log.txt')).toContain('Priya Shah');
    expect(read('access-log.txt')).toMatch(
      /Who has looked at your records[\s\S]*Priya Shah {2}Viewed the case/,
    );
    expect(read('README.txt')).toContain('subject access request');
    // The neighbour on the group complaint: never named, their phone never shown.
    for (const n of names) {
      expect(read(n), n).not.toContain('Barnaby');
      expect(read(n), n).not.toContain('07700 900888');
      expect(read(n), n).not.toContain('6 Larkspur Row');
    }
    expect(read(`cases/${ref}/case.txt`)).toContain('[another resident] reported it too');
  });

  it('refuses an unknown resident in plain words', async () => {
    const w = await world();
    const run = await cli(
      w.dir,
      'resident',
      'export',
      '0190a000-0000-7000-8000-000000000000',
      '--out',
      join(w.tmp, 'x.zip'),
    );
    expect(run.code).not.toBe(0);
    expect(run.err + run.out).toContain('That resident is not in this case store');
  });
});

describe('erasure from the command line', () => {
  it('refuses while a case is open, then erases, leaving the statistical record, and nothing on disk', async () => {
    const w = await world();
    const refused = await cli(w.dir, 'resident', 'erase', w.subject.id, '--reason', 'Asked us to');
    expect(refused.code).not.toBe(0);
    expect(refused.err + refused.out).toContain('close it before erasing');
    await w.call('cases.command', {
      id: w.kase.id,
      command: { kind: 'close', on: w.kase.createdAt.slice(0, 10) },
    });
    await w.call('backup.daily', {});
    const due = await cli(w.dir, 'retention', 'due', '--json');
    expect(JSON.parse(due.out)).toMatchObject({ years: 6, residents: [] });

    const run = await cli(w.dir, 'resident', 'erase', w.subject.id, '--reason', 'Asked us to', '--json');
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ residentId: w.subject.id, cases: 1, homeErased: true });
    const again = await cli(w.dir, 'resident', 'erase', w.subject.id, '--reason', 'Asked us to');
    expect(again.err + again.out).toContain('already been erased');

    const db = w.app.context.sqlite;
    expect(
      db.prepare('SELECT name, phone, support_needs FROM residents WHERE id = ?').get(w.subject.id),
    ).toEqual({
      name: 'Erased resident',
      phone: null,
      support_needs: null,
    });
    expect(db.prepare('SELECT type, status, summary FROM cases WHERE id = ?').get(w.kase.id)).toEqual({
      type: 'complaint',
      status: 'closed',
      summary: 'Erased',
    });
    // The neighbour keeps their own data and home.
    expect(db.prepare('SELECT name FROM residents WHERE id = ?').get(w.neighbour.id)).toEqual({
      name: 'Barnaby Whitlock-Ogden',
    });
    // Search no longer finds her.
    expect(await w.call('residents.find', { query: 'Featherstonehaugh' })).toEqual([]);
    expect(
      findPlainText(w.dir, [
        'Featherstonehaugh',
        '07700 900777',
        'wheelchair',
        '4 Larkspur Row',
        'Spoke to Orla',
        'Lift out of service notice',
      ]),
    ).toEqual([]);
    // History still shows who did what, without the values.
    const history = await w.call('cases.history', { caseId: w.kase.id });
    expect(JSON.stringify(history)).not.toContain('Orla');
    expect(history.length).toBeGreaterThan(3);
  });
});

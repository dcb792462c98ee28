import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../src/main/store/registry';
import { cliIn, tempDir } from '../helpers';

const cli = cliIn;

describe('the command line, over the same router as the app', () => {
  it('sets up, adds a resident, logs a call that opens a case, lists and shows it as JSON', async () => {
    const tmp = tempDir();
    expect(
      (await cli(tmp.dir, 'init', '--name', 'Sam Lee', '--initials', 'SL', '--role', 'administrator')).code,
    ).toBe(0);
    const resident = JSON.parse(
      (
        await cli(
          tmp.dir,
          'resident',
          'add',
          '--name',
          'Irene Ward',
          '--address',
          '3 Mill Lane',
          '--postcode',
          'BD1 4XY',
          '--json',
        )
      ).out,
    );
    const logged = await cli(
      tmp.dir,
      'call',
      'log',
      '--channel',
      'phone',
      '--summary',
      'Heating off for three days',
      '--resident',
      resident.id,
      '--open-case',
      'complaint',
      '--json',
    );
    expect(logged.code).toBe(0);
    const reference = JSON.parse(logged.out).case.reference as string;

    const opened = await cli(
      tmp.dir,
      'case',
      'open',
      '--type',
      'enquiry',
      '--summary',
      'Asked about rent statement',
      '--json',
    );
    expect(JSON.parse(opened.out).type).toBe('enquiry');

    const list = JSON.parse((await cli(tmp.dir, 'case', 'list', '--limit', '1', '--json')).out);
    expect(list.items).toHaveLength(1);
    expect(list.nextCursor).toEqual(expect.any(String));

    const shown = JSON.parse((await cli(tmp.dir, 'case', 'show', reference, '--json')).out);
    expect(shown.resident.name).toBe('Irene Ward');
    expect(shown.contacts[0].summary).toBe('Heating off for three days');

    const exported = JSON.parse((await cli(tmp.dir, 'export', '--json')).out);
    expect(exported.cases).toHaveLength(2);
    expect(exported.changes.length).toBeGreaterThan(4);
    tmp.remove();
  });

  it('fails with a clear message and a non-zero exit on bad input', async () => {
    const tmp = tempDir();
    await cli(tmp.dir, 'init', '--name', 'Sam Lee');
    const badType = await cli(tmp.dir, 'case', 'open', '--type', 'grumble', '--summary', 'x');
    expect(badType.code).toBe(2);
    expect(badType.err).toMatch(/type: Invalid option/);
    const missing = await cli(tmp.dir, 'case', 'open', '--summary', 'x');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--type is required/);
    const unknown = await cli(tmp.dir, 'case', 'list', '--colour', 'red');
    expect(unknown.err).toMatch(/Unknown option: --colour/);
    const notFound = await cli(tmp.dir, 'case', 'show', 'RD-26-ZZ-9999');
    expect(notFound.code).toBe(1);
    expect(notFound.err).toMatch(/There is no case RD-26-ZZ-9999/);
    expect((await cli(tmp.dir, 'fly')).code).toBe(2);
    tmp.remove();
  });

  it('seeds realistic demo data in bulk, with audit records and search', async () => {
    const tmp = tempDir();
    // Demo cases are added by an administrator (the seed adds made-up colleagues).
    await cli(tmp.dir, 'init', '--name', 'Sam Lee', '--role', 'administrator');
    const seeded = JSON.parse((await cli(tmp.dir, 'seed', '--cases', '300', '--seed', '7', '--json')).out);
    expect(seeded).toMatchObject({ cases: 300, residents: 100 });
    const exported = JSON.parse((await cli(tmp.dir, 'export', '--json')).out);
    const created = exported.changes.filter((c: { op: string }) => c.op === 'create').length;
    // One creation a record, of every kind the demo fills (settings come with the store, not the seed).
    const seededKinds = Object.values(RECORD_KINDS)
      .map((k) => k.table)
      .filter((t) => t !== 'settings');
    expect(created).toBe(seededKinds.reduce((n, t) => n + (exported[t] as unknown[]).length, 0));
    expect(exported.promised_actions.length).toBeGreaterThan(0);
    const damp = JSON.parse((await cli(tmp.dir, 'case', 'list', '--search', 'damp', '--json')).out);
    expect(damp.items.length).toBeGreaterThan(0);
    expect(damp.items.every((c: { summary: string }) => /damp/i.test(c.summary))).toBe(true);
    tmp.remove();
  });

  it('drives the central share one step at a time, through the router', async () => {
    const tmp = tempDir();
    const share = join(tmp.dir, 'share');
    mkdirSync(share);
    const [a, b] = [join(tmp.dir, 'a'), join(tmp.dir, 'b')];
    await cli(a, 'init', '--name', 'Sam Lee', '--role', 'administrator');
    const set = await cli(a, 'share', 'init', '--share', share, '--label', 'Office PC', '--hash', '--json');
    expect(set.code, set.err).toBe(0);
    const setUp = JSON.parse(set.out);
    // Set-up wrote two records: the officer and their sign-in credentials (both sync).
    expect(setUp).toMatchObject({ exported: 2, status: { path: share }, stateHash: expect.any(String) });
    expect((await cli(a, 'share', 'status')).out).toMatch(`Central share: ${share}`);

    await cli(b, 'init', '--name', 'Ann Bell', '--role', 'administrator');
    // A computer not yet in the share needs a join code, shown on one that is.
    const refused = await cli(b, 'sync', '--share', share);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/encrypted: to join it, ask .* for a join code/);
    const issued = JSON.parse((await cli(a, 'share', 'code', '--json')).out);
    expect(issued.code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const joining = await cli(
      b,
      'share',
      'join',
      '--share',
      share,
      '--code',
      issued.code,
      '--hash',
      '--json',
    );
    expect(joining.code, joining.err).toBe(0);
    const joined = JSON.parse(joining.out);
    expect(joined.imported).toBeGreaterThan(0);
    expect((await cli(a, 'sync')).code).toBe(0); // a vouches for b
    expect((await cli(b, 'sync', '--json', '--hash')).code).toBe(0);
    expect(JSON.parse((await cli(a, 'sync', '--json', '--hash')).out).stateHash).toBe(joined.stateHash);
    expect((await cli(b, 'sync')).out).toMatch(
      /^Synced: \d+ changes in, \d+ out \(\d+ files read\) in \d+ ms\./,
    );

    const snapshot = await cli(a, 'share', 'snapshot');
    expect(snapshot.out).toMatch(new RegExp(`^Wrote snapshot \\S+ to ${share}$`));
    const noFork = await cli(a, 'share', 'reidentify');
    expect(noFork.code).toBe(1);
    expect(noFork.err).toMatch(/nothing to sort out/);

    const empty = join(tmp.dir, 'empty');
    mkdirSync(empty);
    const wrong = await cli(a, 'share', 'init', '--share', empty, '--colour', 'red');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/Unknown option: --colour/);
    expect(readdirSync(empty), 'a wrong option changes nothing').toEqual([]);
    tmp.remove();
  });

  it('shows seeding progress and works out the Code’s dates under the store’s policy', async () => {
    const tmp = tempDir();
    // Demo cases are added by an administrator (the seed adds made-up colleagues).
    await cli(tmp.dir, 'init', '--name', 'Sam Lee', '--role', 'administrator');
    const seeded = await cli(tmp.dir, 'seed', '--cases', '20', '--seed', '4');
    expect(seeded.err).toBe('Seeding: 20 of 20 cases');
    expect(seeded.out).toMatch(
      /^Added 20 cases, 7 residents, \d+ calls and \d+ issued letters in [\d.]+ s\.$/,
    );
    const dates = await cli(tmp.dir, 'deadlines', '--stage', '1', '--received', '2026-04-01', '--json');
    expect(JSON.parse(dates.out)).toMatchObject({
      acknowledgeBy: expect.stringMatching(/^2026-04-\d\d$/),
      respondBy: expect.stringMatching(/^2026-\d\d-\d\d$/),
    });
    tmp.remove();
  });
});

// Remedies and promised actions through the real CLI, exactly as the issue writes the commands,
// including the field names of `action list --json` (a contract scripts rely on).
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/shared/complaints/calendar';
import { cliIn, tempDir } from '../helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const daysFrom = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function store(role = 'officer') {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const cli = (...argv: string[]) => cliIn(tmp.dir, ...argv);
  const json = async (...argv: string[]) => {
    const r = await cli(...argv, '--json');
    if (r.code !== 0) throw new Error(`${argv.join(' ')} → ${r.code}: ${r.err}`);
    return JSON.parse(r.out);
  };
  expect((await cli('init', '--name', 'Sam Lee', '--initials', 'SL', '--role', role)).code).toBe(0);
  const opened = await json('case', 'open', '--type', 'complaint', '--summary', 'Leak not fixed');
  const ref = opened.reference as string;
  await json('case', 'acknowledge', ref);
  const point = await json('point', 'add', ref, '--point', 'The leak was not fixed');
  await json('point', 'decide', point.id, '--decision', 'upheld', '--reasons', 'Missed visits');
  return { cli, json, ref };
}

describe('remedy commands', () => {
  it('adds, approves, offers, accepts and pays compensation; refuses bad amounts and offers before sign-off', async () => {
    const { cli, json, ref } = await store('manager');
    const apology = await json('remedy', 'add', ref, '--kind', 'apology', '--text', 'We are sorry');
    expect(apology).toMatchObject({ kind: 'apology', status: 'proposed', stage: 1 });

    const small = await json(
      'remedy',
      'add',
      ref,
      '--kind',
      'financial',
      '--amount',
      '150.00',
      '--heads',
      'time_and_trouble,distress_inconvenience',
    );
    expect(small).toMatchObject({
      amountPence: 15_000,
      heads: ['time_and_trouble', 'distress_inconvenience'],
      needsSignOff: false,
    });
    const human = await cli('remedy', 'offer', small.id);
    expect(human.out).toMatch(/Financial remedy £150\.00 \(Ombudsman guidance: £100 to £600/);
    expect(human.out).toMatch(/offered\./);
    expect((await json('remedy', 'accept', small.id, '--offset-arrears')).offsetArrears).toBe(true);
    expect((await json('remedy', 'pay', small.id, '--on', todayIso(new Date()))).status).toBe('paid');

    const big = await json(
      'remedy',
      'add',
      ref,
      '--kind',
      'financial',
      '--amount',
      '£1,250',
      '--heads',
      'financial_loss',
    );
    expect(big.amountPence).toBe(125_000);
    const early = await cli('remedy', 'offer', big.id);
    expect(early.code).not.toBe(0);
    expect(early.err).toMatch(/compensation panel must approve it before it is offered/);
    expect((await json('remedy', 'approve', big.id)).approvedByName).toBe('Sam Lee');
    expect((await json('remedy', 'decline', (await json('remedy', 'offer', big.id)).id)).status).toBe(
      'declined',
    );

    const badAmount = await cli(
      'remedy',
      'add',
      ref,
      '--kind',
      'financial',
      '--amount',
      '150.999',
      '--heads',
      'goodwill',
    );
    expect(badAmount.code).not.toBe(0);
    expect(badAmount.err).toMatch(/--amount must be pounds and pence/);
    const noHeads = await cli('remedy', 'add', ref, '--kind', 'financial', '--amount', '10');
    expect(noHeads.err).toMatch(/at least one head/);
    const badHead = await cli(
      'remedy',
      'add',
      ref,
      '--kind',
      'financial',
      '--amount',
      '10',
      '--heads',
      'bribe',
    );
    expect(badHead.err).toMatch(/--heads must be one of financial_loss/);
    expect((await cli('remedy', 'offer', apology.id, '--on', 'tomorrow')).err).toMatch(/YYYY-MM-DD/);
  });
});

describe('action commands', () => {
  it('adds actions, closes the case naming who manages them, records updates and completion, and lists them as JSON', async () => {
    const { cli, json, ref } = await store();
    const today = todayIso(new Date());
    const remedy = await json('remedy', 'add', ref, '--kind', 'works', '--text', 'Fix the pipe');
    const late = await json(
      'action',
      'add',
      ref,
      '--what',
      'Replace the pipe',
      '--owner',
      'Sam Lee',
      '--owner-contact',
      '0161 555 0100',
      '--due',
      daysFrom(today, -3),
      '--remedy',
      remedy.id,
    );
    expect(late).toMatchObject({ ownerPersonId: expect.any(String), remedyId: remedy.id, daysOverdue: 3 });
    await json(
      'action',
      'add',
      ref,
      '--what',
      'Check the ceiling',
      '--owner',
      'Repairs team',
      '--owner-contact',
      'repairs@example.org',
      '--due',
      daysFrom(today, 7),
    );

    await json('case', 'respond', ref);
    const refused = await cli('case', 'close', ref);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/2 promised actions are still open: name who will manage them/);
    expect((await json('case', 'close', ref, '--actions-manager', 'Sam Lee, 0161 555 0100')).status).toBe(
      'closed',
    );

    const listed = await json('action', 'list');
    expect(listed).toEqual([
      {
        id: late.id,
        caseReference: ref,
        what: 'Replace the pipe',
        owner: 'Sam Lee',
        ownerContact: '0161 555 0100',
        due: daysFrom(today, -3),
        status: 'open',
        daysOverdue: 3,
      },
      expect.objectContaining({
        caseReference: ref,
        what: 'Check the ceiling',
        owner: 'Repairs team',
        due: daysFrom(today, 7),
        status: 'open',
        daysOverdue: 0,
      }),
    ]);
    expect((await json('action', 'list', '--overdue')).map((a: { what: string }) => a.what)).toEqual([
      'Replace the pipe',
    ]);
    expect(
      (await json('action', 'list', '--owner', 'Repairs team')).map((a: { what: string }) => a.what),
    ).toEqual(['Check the ceiling']);
    expect((await cli('action', 'list', '--overdue')).out).toMatch(
      /3 days overdue\s+Sam Lee: Replace the pipe/,
    );

    const updated = await cli(
      'action',
      'update',
      late.id,
      '--method',
      'phone',
      '--said',
      'Plumber booked',
      '--on',
      today,
    );
    expect(updated.code).toBe(0);
    expect((await cli('action', 'update', late.id, '--method', 'pigeon', '--said', 'x')).err).toMatch(
      /--method must be one of phone/,
    );
    const done = await json('action', 'complete', late.id, '--evidence', 'Job 4411 signed off');
    expect(done).toMatchObject({ status: 'done', completedOn: today, evidence: 'Job 4411 signed off' });
    expect((await cli('action', 'complete', late.id)).err).toMatch(/--evidence is required/);
    expect(await json('action', 'list', '--overdue')).toEqual([]);
    expect((await cli('action', 'list', '--overdue')).out).toBe('No open promised actions.');
  });
});

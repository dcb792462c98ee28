// A complaint's Code clock starts on the day it was received, not the day it was typed in: a call
// logged for an earlier day, or a letter entered on Monday that arrived on Friday, keeps its date,
// and every deadline counts from it.
import { afterEach, describe, expect, it } from 'vitest';
import { cliIn, openTestApp, tempDir } from '../helpers';

describe('the date a complaint was received', () => {
  const cleanups: Array<() => void | Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function fresh() {
    const tmp = tempDir();
    cleanups.push(tmp.remove);
    const t = await openTestApp(tmp.dir);
    cleanups.push(() => t.app.close());
    return { ...t, dir: tmp.dir };
  }

  it('is the date of the call a complaint is opened from', async () => {
    const { call } = await fresh();
    const logged = await call('contacts.log', {
      channel: 'letter',
      summary: 'Letter about the lift being out of order for a month',
      occurredAt: '2026-03-02T09:30:00Z',
      openCaseAs: 'complaint',
    });
    const detail = await call('cases.get', { idOrReference: logged.case!.id });
    expect(detail.complaint.facts.receivedOn).toBe('2026-03-02');
    // Five working days from Monday 2 March 2026.
    expect(detail.complaint.acknowledgeBy).toBe('2026-03-09');
  });

  it('is the London date of the call, not the UTC one', async () => {
    const { call } = await fresh();
    // 23:30 UTC on 29 June is 00:30 on 30 June in London (summer time).
    const logged = await call('contacts.log', {
      channel: 'phone',
      summary: 'Rang late about the noise from the flat above',
      occurredAt: '2026-06-29T23:30:00Z',
      openCaseAs: 'complaint',
    });
    const detail = await call('cases.get', { idOrReference: logged.case!.id });
    expect(detail.complaint.facts.receivedOn).toBe('2026-06-30');
  });

  it('can be given when a complaint is opened, and deadlines follow it', async () => {
    const { call } = await fresh();
    const opened = await call('cases.open', {
      type: 'complaint',
      summary: 'Letter that arrived on Friday',
      receivedOn: '2026-11-27',
    });
    const detail = await call('cases.get', { idOrReference: opened.id });
    expect(detail.complaint.facts.receivedOn).toBe('2026-11-27');
    expect(detail.complaint.acknowledgeBy).toBe('2026-12-04');
  });

  it('is refused in the future, or for a case that is not a complaint, with nothing written', async () => {
    const { call, app } = await fresh();
    await expect(
      call('cases.open', { type: 'complaint', summary: 'From next week', receivedOn: '2099-01-05' }),
    ).rejects.toThrow(/VALIDATION Date received: That date is in the future/);
    await expect(
      call('cases.open', { type: 'enquiry', summary: 'A question', receivedOn: '2026-11-27' }),
    ).rejects.toThrow(/VALIDATION Date received: Only a complaint has a date received/);
    const n = app.context.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
    expect(n.n).toBe(0);
  });

  it('from the command line: call log --at DATE --open-case complaint, and case open --received DATE', async () => {
    const { dir, call } = await fresh();
    const logged = await cliIn(
      dir,
      'call',
      'log',
      '--channel',
      'letter',
      '--summary',
      'Letter about damp',
      '--at',
      '2026-03-02',
      '--open-case',
      'complaint',
      '--json',
    );
    expect(logged.code, logged.err).toBe(0);
    const fromCall = JSON.parse(logged.out) as { case: { id: string } };
    expect((await call('cases.get', { idOrReference: fromCall.case.id })).complaint.facts.receivedOn).toBe(
      '2026-03-02',
    );

    const opened = await cliIn(
      dir,
      'case',
      'open',
      '--type',
      'complaint',
      '--summary',
      'Letter',
      '--received',
      '2026-11-27',
      '--json',
    );
    expect(opened.code, opened.err).toBe(0);
    const c = JSON.parse(opened.out) as { id: string };
    expect((await call('cases.get', { idOrReference: c.id })).complaint.facts.receivedOn).toBe('2026-11-27');

    const future = await cliIn(
      dir,
      'case',
      'open',
      '--type',
      'complaint',
      '--summary',
      'Later',
      '--received',
      '2099-01-05',
    );
    expect(future.code).toBe(2);
    expect(future.err).toMatch(/future/);
  });
});

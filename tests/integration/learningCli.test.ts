// Learning from complaints through the real CLI: learning set, satisfaction record, and the
// improvement tracker's add / link / list.
import { afterEach, describe, expect, it } from 'vitest';
import { cliIn, tempDir } from '../helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function store() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const cli = (...argv: string[]) => cliIn(tmp.dir, ...argv);
  expect((await cli('init', '--name', 'Sam Lee', '--initials', 'SL')).code).toBe(0);
  const open = async (type: string) =>
    JSON.parse((await cli('case', 'open', '--type', type, '--summary', 'Missed repairs', '--json')).out)
      .reference as string;
  return { cli, open };
}

describe('learning from complaints on the command line', () => {
  it('sets learning on a case, and refuses an unknown root cause by listing the known ones', async () => {
    const { cli, open } = await store();
    const ref = await open('complaint');
    const set = await cli(
      'learning',
      'set',
      ref,
      '--service-area',
      'repairs',
      '--root-cause',
      'contractor performance',
      '--lesson',
      'Check the contractor attended',
      '--json',
    );
    expect(set.code).toBe(0);
    expect(JSON.parse(set.out)).toMatchObject({
      reference: ref,
      serviceArea: 'repairs',
      rootCause: 'Contractor performance',
      lesson: 'Check the contractor attended',
    });
    const unknown = await cli('learning', 'set', ref, '--root-cause', 'Bad luck');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      '"Bad luck" is not on this landlord\'s list of root causes. Choose one of:',
    );
    expect(unknown.err).toContain('Appointment missed');
    const area = await cli('learning', 'set', ref, '--service-area', 'plumbing');
    expect(area.code).toBe(2);
    expect(area.err).toContain('--service-area must be one of: repairs, damp_and_mould');
  });

  it('records satisfaction on a closed case and refuses it plainly on an open one', async () => {
    const { cli, open } = await store();
    const ref = await open('enquiry');
    const refused = await cli('satisfaction', 'record', ref, '--handling', '4', '--outcome', '3');
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('Satisfaction is asked after the case is closed, and this case is still open.');
    expect((await cli('case', 'close', ref)).code).toBe(0);
    const recorded = await cli(
      'satisfaction',
      'record',
      ref,
      '--handling',
      '4',
      '--outcome',
      '3',
      '--comment',
      'Kept me informed',
      '--json',
    );
    expect(recorded.code).toBe(0);
    expect(JSON.parse(recorded.out).satisfaction).toMatchObject({
      handling: 4,
      outcome: 3,
      comment: 'Kept me informed',
    });
    const bad = await cli('satisfaction', 'record', ref, '--handling', '7', '--outcome', '3');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--handling must be a score from 1 to 5, not "7"');
  });

  it('adds an improvement (printing its id), links cases once each, and lists them as JSON', async () => {
    const { cli, open } = await store();
    const [a, b] = [await open('complaint'), await open('complaint')];
    const added = await cli('improvement', 'add', '--title', 'Text reminders', '--owner', 'Head of Repairs');
    expect(added.code).toBe(0);
    const id = added.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await cli('improvement', 'link', id, a)).code).toBe(0);
    expect((await cli('improvement', 'link', id, a)).code).toBe(0);
    expect((await cli('improvement', 'link', id, b)).code).toBe(0);
    const list = JSON.parse((await cli('improvement', 'list', '--json')).out);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id,
      title: 'Text reminders',
      owner: 'Head of Repairs',
      status: 'proposed',
      caseCount: 2,
    });
    expect(list[0].cases.map((c: { reference: string }) => c.reference)).toEqual([a, b]);
    const done = await cli(
      'improvement',
      'update',
      id,
      '--status',
      'done',
      '--we-did',
      'We text the day before',
      '--json',
    );
    expect(JSON.parse(done.out)).toMatchObject({ status: 'done', weDid: 'We text the day before' });
  });
});

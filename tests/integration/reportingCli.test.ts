// Performance reporting through the real CLI: homes per year, the measures for a reporting year as
// JSON (the contract scripts read) and as text, and the cases behind a figure. One store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn, tempDir } from '../helpers';

const tmp = tempDir();
const cli = (...argv: string[]) => cliIn(tmp.dir, ...argv);
const refs: string[] = [];

/** A complaint received on `received`, acknowledged then, responded to on `respondedOn`. */
async function answered(received: string, respondedOn: string) {
  const opened = await cli(
    'case',
    'open',
    '--type',
    'complaint',
    '--summary',
    'Boiler not fixed',
    '--received',
    received,
    '--json',
  );
  const ref = JSON.parse(opened.out).reference as string;
  expect((await cli('case', 'acknowledge', ref, '--on', received)).code).toBe(0);
  expect((await cli('case', 'respond', ref, '--on', respondedOn)).code).toBe(0);
  refs.push(ref);
}

beforeAll(async () => {
  expect((await cli('init', '--name', 'Mo Khan', '--initials', 'MK', '--role', 'manager')).code).toBe(0);
  // Acknowledged Wed 1 Apr 2026: the response is due Fri 17 Apr (10 working days, Good Friday and
  // Easter Monday between). On the day: on time. Mon 20 Apr: a working day late.
  await answered('2026-04-01', '2026-04-17');
  await answered('2026-04-01', '2026-04-20');
}, 60_000);

afterAll(() => tmp.remove());

describe('report measures, report cases and settings homes', () => {
  it('records and lists homes owned per reporting year, refusing half an instruction', async () => {
    const set = await cli('settings', 'homes', '--year', '2026', '--count', '2000', '--json');
    expect(JSON.parse(set.out)).toEqual({ years: [{ year: 2026, count: 2000 }] });
    expect((await cli('settings', 'homes')).out).toBe('2026/27  2,000 homes');
    const half = await cli('settings', 'homes', '--year', '2026');
    expect(half.code).toBe(2);
    expect(half.err).toContain('Give both --year and --count');
  });

  it('prints the measures for a reporting year in the contract’s JSON shape', async () => {
    const run = await cli('report', 'measures', '--year', '2026', '--json');
    expect(run.code).toBe(0);
    const m = JSON.parse(run.out);
    expect(Object.keys(m).slice(0, 6)).toEqual(['from', 'to', 'homes', 'stage1', 'stage2', 'ch01']);
    expect(m).toMatchObject({
      from: '2026-04-01',
      to: '2027-03-31',
      homes: 2000,
      stage1: {
        received: 2,
        acknowledged: 2,
        acknowledgedOnTime: 2,
        responded: 2,
        respondedOnTime: 1,
        respondedOnTimeWithExtensions: 1,
        medianWorkingDays: 10.5,
        meanWorkingDays: 10.5,
      },
      ch01: { stage1Per1000Homes: 1, stage2Per1000Homes: 0 },
      ch02: { stage1Pct: 50, stage2Pct: null },
    });
    // --homes overrides the setting; a quarter is a calendar quarter.
    const q = JSON.parse(
      (await cli('report', 'measures', '--quarter', '2026Q2', '--homes', '3000', '--json')).out,
    );
    expect([q.from, q.to, q.homes, q.ch01.stage1Per1000Homes]).toEqual([
      '2026-04-01',
      '2026-06-30',
      3000,
      0.7,
    ]);
  });

  it('says the figures in words without --json', async () => {
    const text = (await cli('report', 'measures', '--from', '2026-04-01', '--to', '2026-04-30')).out;
    expect(text).toContain('Complaints performance, 2026-04-01 to 2026-04-30');
    expect(text).toContain("within the Code's timescale   1 without extensions, 1 with agreed extensions");
    expect(text).toContain('Stage 1 50.0%');
  });

  it('lists the cases behind a figure, and refuses a measure it does not know', async () => {
    const late = JSON.parse(
      (await cli('report', 'cases', '--measure', 'stage1.respondedOnTime', '--year', '2026', '--json')).out,
    );
    expect(late).toMatchObject({
      measure: 'stage1.respondedOnTime',
      count: 1,
      cases: [{ reference: refs[0], dueOn: '2026-04-17' }],
    });
    const text = (await cli('report', 'cases', '--measure', 'stage1.responded', '--month', '2026-04')).out;
    expect(text).toContain('2 cases behind stage1.responded');
    expect(text).toContain("1 working day after the Code's deadline of 17 Apr 2026");
    const unknown = await cli('report', 'cases', '--measure', 'stage1.happy', '--year', '2026');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--measure must be one of: stage1.received');
    const twoPeriods = await cli('report', 'measures', '--year', '2026', '--month', '2026-04');
    expect(twoPeriods.code).toBe(2);
  });
});

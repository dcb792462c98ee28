// The command bar's search through the real dispatch on a real store: cases by the start of their
// reference, residents by name or by phone however it is written, nothing for nothing, and bad
// input refused in plain words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callProcedure } from '../../src/main/router/rpc';
import type { SearchHits } from '../../src/shared/contract/search';
import { openTestApp, tempDir } from '../helpers';

let t: Awaited<ReturnType<typeof openTestApp>>;
let remove: () => void;
const ids: Record<string, string> = {};
const refs: string[] = [];

beforeAll(async () => {
  const tmp = tempDir('redress-search-');
  remove = tmp.remove;
  t = await openTestApp(tmp.dir);
  const ada = await t.call('residents.create', { name: 'Ada Okafor', phone: '07700 900123' });
  const bo = await t.call('residents.create', { name: 'Bo Okafor-Reid', phone: '0113 496 0555' });
  await t.call('residents.create', { name: 'Cal Lowe', phone: null, email: 'ada@example.org' });
  ids.ada = ada.id;
  ids.bo = bo.id;
  for (let i = 0; i < 12; i++) {
    const c = await t.call('cases.open', {
      type: 'enquiry',
      summary: `Enquiry number ${i}`,
      residentId: i % 2 ? ada.id : bo.id,
    });
    refs.push(c.reference);
  }
});
afterAll(async () => {
  await t.app.close();
  remove();
});

const find = (text: string, limit?: number) =>
  t.call('search.find', limit ? { text, limit } : { text }) as Promise<SearchHits>;

describe('search.find', () => {
  it('finds cases by the start of their reference, newest first, a few at a time', async () => {
    const [prefix] = refs[0]!.split('-');
    const hits = await find(`${prefix!.toLowerCase()}-`);
    expect(hits.cases.map((c) => c.reference)).toEqual([...refs].reverse().slice(0, 8));
    expect(hits.cases[0]).toMatchObject({ type: 'enquiry', status: 'open', residentName: 'Ada Okafor' });

    const exact = await find(refs[3]!);
    expect(exact.cases.map((c) => c.reference)).toEqual([refs[3]]);
    // As read out on the phone: lower case, spaces for dashes.
    const spoken = await find(refs[3]!.toLowerCase().replace(/-/g, ' '));
    expect(spoken.cases.map((c) => c.reference)).toEqual([refs[3]]);
    expect((await find(`${prefix}-`, 3)).cases).toHaveLength(3);
  });

  it('finds residents by any part of their name, not by their email or address', async () => {
    const okafor = await find('okaf');
    expect(okafor.residents.map((r) => r.name)).toEqual(['Ada Okafor', 'Bo Okafor-Reid']);
    expect((await find('ada oka')).residents.map((r) => r.id)).toEqual([ids.ada]);
    // "ada" is in Cal Lowe's email, which the command bar does not search.
    expect((await find('ada')).residents.map((r) => r.name)).toEqual(['Ada Okafor']);
  });

  it('finds residents by phone, with or without spaces, or from +44', async () => {
    for (const typed of ['07700 900123', '07700900123', '07700 900', '+44 7700 900123']) {
      expect(
        (await find(typed)).residents.map((r) => r.id),
        typed,
      ).toEqual([ids.ada]);
    }
    expect((await find('0113 496')).residents.map((r) => r.id)).toEqual([ids.bo]);
  });

  it('answers nothing found with empty lists', async () => {
    expect(await find('Zebedee')).toEqual({ cases: [], residents: [] });
    expect(await find('XYZ-99')).toEqual({ cases: [], residents: [] });
    expect(await find('"*')).toEqual({ cases: [], residents: [] });
  });

  it('refuses empty, over-long or control-character text, and a silly limit, in plain words', async () => {
    const refused = async (input: unknown) => {
      const r = await callProcedure(t.app.dispatch, { procedure: 'search.find', input });
      expect(r.ok).toBe(false);
      return r.ok ? null : r.error;
    };
    expect(await refused({ text: '   ' })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ message: 'What to look for is required' }] },
    });
    expect((await refused({ text: 'a'.repeat(101) }))?.details?.issues?.[0]?.message).toMatch(/at most 100/);
    expect((await refused({ text: 'ab\u0000' }))?.details?.issues?.[0]?.message).toMatch(/control/);
    expect(await refused({ text: 'ada', limit: 500 })).toMatchObject({ code: 'VALIDATION' });
    expect(await refused({})).toMatchObject({ code: 'VALIDATION' });
  });
});

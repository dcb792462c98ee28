import { describe, expect, it } from 'vitest';
import { residentFtsRow, toFtsQuery } from '../../src/main/db/fts';

describe('turning what an officer types into a search', () => {
  it.each([
    ['damp', 'last', '"damp"*'],
    ['damp mould', 'last', '"damp" AND "mould"*'],
    ["O'Brien", 'all', '"o"* AND "brien"*'],
    ['mould AND NOT "x', 'last', '"mould" AND "and" AND "not" AND "x"'],
    ['SE1 7PB', 'all', '"se1"* AND "7pb"*'],
    ['  ', 'last', null],
    ['d', 'last', '"d"'],
  ] as const)('%s (%s prefix) → %s', (text, prefix, expected) => {
    expect(toFtsQuery(text, prefix, prefix === 'all' ? 1 : 2)).toBe(expected);
  });

  it('indexes phones and postcodes as written and run together', () => {
    const row = residentFtsRow({
      name: 'Joan',
      phone: '07700 900123',
      email: null,
      address: null,
      postcode: 'LS11 5QQ',
    });
    expect(row.phone).toBe('07700 900123 07700900123');
    expect(row.postcode).toBe('LS11 5QQ LS115QQ');
  });
});

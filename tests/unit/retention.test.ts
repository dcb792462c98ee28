import { describe, expect, it } from 'vitest';
import { dueForReview, initialsOf, retentionCutoff } from '../../src/shared/retention/retention';

describe('retention cut-off', () => {
  it.each([
    ['2032-03-10', 6, '2026-03-10'],
    ['2030-02-28', 6, '2024-02-28'],
    ['2028-02-29', 6, '2022-02-28'], // no 29 February in 2022
    ['2028-02-29', 4, '2024-02-29'],
    ['2026-01-01', 1, '2025-01-01'],
  ])('%s less %d years is %s', (today, years, cutoff) => {
    expect(retentionCutoff(today, years)).toBe(cutoff);
  });
});

describe('due for review', () => {
  it.each([
    [[], false],
    [[{ closedOn: '2019-05-01' }], true],
    [[{ closedOn: '2020-01-01' }], false], // closed on the cut-off day: exactly six years, not more
    [[{ closedOn: '2019-05-01' }, { closedOn: null }], false], // one still open
    [[{ closedOn: '2018-05-01' }, { closedOn: '2021-06-01' }], false], // the last closed too recently
  ] as const)('%j → %s', (cases, due) => {
    expect(dueForReview(cases, '2020-01-01')).toBe(due);
  });
});

describe('initials only', () => {
  it.each([
    ['Mary-Jane O’Brien', 'M.O.'],
    ['Tom Reid', 'T.R.'],
    ['  ada  ', 'A.'],
    ['Jean de la Fontaine', 'J.F.'],
    ['', '?'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

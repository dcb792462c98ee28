import { describe, expect, it } from 'vitest';
import { phoneDigits, referencePrefix } from '../../src/shared/domain/searchText';

describe('referencePrefix: the start of a case reference as an officer types it', () => {
  it.each([
    ['CMP-26-AB-0012', 'CMP-26-AB-0012'],
    ['cmp-26-ab', 'CMP-26-AB'],
    ['  cmp 26 ab 0012 ', 'CMP-26-AB-0012'],
    ['CMP', 'CMP'],
    ['cmp-', 'CMP-'],
    ['Priya', 'PRIYA'],
    ['07700 900123', null],
    ['26-AB-0012', null],
    ["O'Brien", null],
    ['ABCDEF', null],
  ])('%s → %s', (typed, expected) => {
    expect(referencePrefix(typed)).toBe(expected);
  });
});

describe('phoneDigits: a phone number as an officer types it', () => {
  it.each([
    ['07700 900123', '07700900123'],
    ['07700900123', '07700900123'],
    ['(0113) 496-0123', '01134960123'],
    ['+44 7700 900123', '07700900123'],
    ['+44 (0)7700 900123', '07700900123'],
    ['0770', '0770'],
    ['07', null],
    ['Priya', null],
    ['CMP-26', null],
  ])('%s → %s', (typed, expected) => {
    expect(phoneDigits(typed)).toBe(expected);
  });
});

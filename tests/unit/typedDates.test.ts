import { describe, expect, it } from 'vitest';
import {
  readTypedDate,
  readTypedDateTime,
  writeTypedDate,
  writeTypedDateTime,
} from '../../src/shared/domain/locale';

describe('dates as an officer types them', () => {
  it.each([
    ['02/03/2026', 'en-GB', '2026-03-02'],
    ['2/3/2026', 'en-GB', '2026-03-02'],
    [' 2-3-2026 ', 'en-GB', '2026-03-02'],
    ['2.3.2026', 'en-GB', '2026-03-02'],
    ['29/02/2028', 'en-GB', '2028-02-29'],
    ['2026-03-02', 'en-GB', '2026-03-02'],
    ['03/02/2026', 'en-US', '2026-03-02'],
    ['3/2/2026', 'en-US', '2026-03-02'],
    ['2026-03-02', 'en-US', '2026-03-02'],
  ] as const)('reads %s in %s as %s', (typed, locale, iso) => {
    expect(readTypedDate(typed, locale)).toBe(iso);
  });

  it.each([
    ['31/02/2026', 'en-GB'], // no such day
    ['29/02/2027', 'en-GB'],
    ['14/01/2026', 'en-US'], // no month 14
    ['02/03/26', 'en-GB'], // a two-digit year is not guessed
    ['02/03/202', 'en-GB'], // half typed
    ['2026-02-30', 'en-GB'],
    ['', 'en-GB'],
    ['tomorrow', 'en-GB'],
  ] as const)('refuses %s in %s', (typed, locale) => {
    expect(readTypedDate(typed, locale)).toBeNull();
  });

  it('writes a date back as typed, in each locale, and leaves anything else alone', () => {
    expect(writeTypedDate('2026-03-02', 'en-GB')).toBe('02/03/2026');
    expect(writeTypedDate('2026-03-02', 'en-US')).toBe('03/02/2026');
    expect(writeTypedDate('', 'en-GB')).toBe('');
    expect(writeTypedDate('31/02/2026', 'en-GB')).toBe('31/02/2026');
  });

  it('reads and writes a date and time (24-hour clock)', () => {
    expect(readTypedDateTime('2/3/2026 9:05', 'en-GB')).toBe('2026-03-02T09:05');
    expect(readTypedDateTime('02/03/2026 23:59', 'en-GB')).toBe('2026-03-02T23:59');
    expect(readTypedDateTime('2026-03-02T14:30', 'en-GB')).toBe('2026-03-02T14:30');
    expect(readTypedDateTime('03/02/2026 14:30', 'en-US')).toBe('2026-03-02T14:30');
    expect(readTypedDateTime('02/03/2026 24:00', 'en-GB')).toBeNull();
    expect(readTypedDateTime('02/03/2026 9:60', 'en-GB')).toBeNull();
    expect(readTypedDateTime('02/03/2026', 'en-GB')).toBeNull();
    expect(writeTypedDateTime('2026-03-02T09:05', 'en-GB')).toBe('02/03/2026 09:05');
    expect(writeTypedDateTime('2026-03-02T09:05', 'en-US')).toBe('03/02/2026 09:05');
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatCaseReference,
  isInstallationCode,
  parseCaseReference,
} from '../../src/shared/domain/caseReference';
import { isUuid, uuidv7 } from '../../src/shared/domain/ids';

describe('case references', () => {
  it.each([
    [{ prefix: 'RD', year: 2026, installationCode: 'K7', sequence: 42 }, 'RD-26-K7-0042'],
    [{ prefix: 'HX', year: 2030, installationCode: '0A', sequence: 12345 }, 'HX-30-0A-12345'],
    [{ prefix: 'RD', year: 2101, installationCode: 'ZZ', sequence: 1 }, 'RD-01-ZZ-0001'],
  ])('formats %o as %s and reads it back', (parts, text) => {
    expect(formatCaseReference(parts)).toBe(text);
    expect(parseCaseReference(text.toLowerCase())).toEqual({ ...parts, year: 2000 + (parts.year % 100) });
  });

  it('does not mistake other text for a reference', () => {
    expect(parseCaseReference('RD-26-K70042')).toBeNull();
    expect(parseCaseReference('damp')).toBeNull();
  });

  it('uses installation codes that cannot be misheard (no I, L, O, U)', () => {
    expect(isInstallationCode('K7')).toBe(true);
    expect(isInstallationCode('IO')).toBe(false);
    expect(isInstallationCode('k7')).toBe(false);
  });
});

describe('record ids', () => {
  it('are UUIDv7: unique, and ordered by creation time', () => {
    const ids = [uuidv7(1_700_000_000_000), uuidv7(1_700_000_000_001), uuidv7(1_800_000_000_000)];
    expect(ids.every(isUuid)).toBe(true);
    expect(ids.every((id) => id[14] === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1000 }, () => uuidv7())).size).toBe(1000);
  });
});

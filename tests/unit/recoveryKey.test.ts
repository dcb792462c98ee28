// The recovery key as an administrator types it back from paper: the same key however it is
// spaced, dashed or cased, and a zero or an eight (never printed) read as the letter meant.
import { describe, expect, it } from 'vitest';
import { newRecoveryKey, normalRecoveryKey, recoveryWrapKey } from '../../src/main/db/keys/recoveryKey';

describe('reading a typed recovery key', () => {
  const printed = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567';
  it.each([
    ['as printed', printed],
    ['lower case', printed.toLowerCase()],
    ['spaces for dashes', printed.replace(/-/g, ' ')],
    ['run together', printed.replace(/-/g, '')],
    ['stray spaces and a newline', ` ${printed.slice(0, 14)}\n${printed.slice(14)} `],
    ['zero for O and eight for B', printed.replace('O', '0').replace('B', '8')],
  ])('%s', (_, typed) => {
    expect(normalRecoveryKey(typed)).toBe(printed.replace(/-/g, ''));
    expect(recoveryWrapKey(typed).equals(recoveryWrapKey(printed))).toBe(true);
  });

  it('a different key is a different wrap key', () => {
    expect(recoveryWrapKey(printed.replace('A', 'C')).equals(recoveryWrapKey(printed))).toBe(false);
  });

  it('new keys are 8 groups of 4 letters and digits that cannot be misread', () => {
    const key = newRecoveryKey();
    expect(key).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    expect(normalRecoveryKey(key)).toHaveLength(32);
  });
});

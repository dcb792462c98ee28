// The administrator's recovery key: 160 random bits written as 8 groups of 4 base32 letters
// (no 0/1/8/9 to misread), shown once at set-up. Its own entropy makes a KDF unnecessary.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  const letters = (bits.match(/.{5}/g) ?? []).map((five) => ALPHABET[parseInt(five, 2)]).join('');
  return letters.match(/.{4}/g)!.join('-');
}

/**
 * The recovery key as typed, in the letters it was printed with: spaces, dashes and case do not
 * matter, and a zero or an eight (never printed) is read as the O or B it was taken for.
 */
export function normalRecoveryKey(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/0/g, 'O')
    .replace(/8/g, 'B')
    .replace(/[^A-Z2-7]/g, '');
}

/** The 32-byte key a recovery key stands for. */
export function recoveryWrapKey(recoveryKey: string): Buffer {
  const normal = normalRecoveryKey(recoveryKey);
  return createHash('sha256').update(`redress-recovery:${normal}`).digest();
}

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

/** The 32-byte key a recovery key stands for; spaces, dashes and case do not matter. */
export function recoveryWrapKey(recoveryKey: string): Buffer {
  const normal = recoveryKey.toUpperCase().replace(/[^A-Z2-7]/g, '');
  return createHash('sha256').update(`redress-recovery:${normal}`).digest();
}

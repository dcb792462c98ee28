// The password-derived key: Argon2id, memory-hard, so a copied key file cannot be guessed at
// speed. Its parameters are stored with every wrap, so a wrap is always unwrapped with the cost it
// was made with and the cost of new wraps can rise in a later version without breaking old ones.
import { randomBytes } from 'node:crypto';
import { hashRaw, type Algorithm } from '@node-rs/argon2';

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;

export interface KdfParams {
  /** KiB of memory. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** 128 MiB, 3 passes: about 0.4 s on a 2-core laptop (bench/keys.ts measures it). */
export const SIGN_IN_KDF: KdfParams = { memoryCost: 131072, timeCost: 3, parallelism: 1 };

/**
 * Test suites only (tests/setup.ts): new wraps are made with a cheap cost, so ~1,250 tests that
 * each set up an officer do not each spend 0.4 s in Argon2. Encryption is unchanged — the store is
 * still encrypted and every wrap still authenticated; only guessing a test password gets cheaper.
 * Never called by the app, the CLI or the host.
 */
export const TEST_ONLY_KDF: KdfParams = { memoryCost: 256, timeCost: 1, parallelism: 1 };
let newWrapCost: KdfParams = SIGN_IN_KDF;

export function useCheapKdfForTests(): void {
  newWrapCost = TEST_ONLY_KDF;
}

export function kdfForNewWraps(): KdfParams {
  return newWrapCost;
}

export function newSalt(): Buffer {
  return randomBytes(16);
}

export async function passwordKey(password: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return hashRaw(password.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryCost,
    timeCost: params.timeCost,
    parallelism: params.parallelism,
    outputLen: 32,
    salt,
  });
}

// Attachments' bytes, kept beside the store (never inside the SQLite file) under their SHA-256:
// DATA-DIR/blobs/<first two hex digits>/<sha256>. Sync keeps the share's copies in the same
// place, so a file that arrived from another computer and one attached here are the same file.
// Written under a temporary name and renamed into place, so a crash never leaves half a file
// under a real name; read back only when its bytes still hash to its name.
//
// On disk each file is encrypted with the store's data key (AES-256-GCM, its hash as associated
// data, so a file renamed to another's hash is refused). The name stays the SHA-256 of the
// plaintext, for dedupe and integrity; callers only ever see plaintext (sync hands the share
// plaintext, which the share's own encryption covers). The key is registered for the data folder
// when its store opens (app.ts), so the many callers keep passing just the folder.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { StoreKey } from '../db/cipher';
import { open, seal } from '../db/keys/wrap';

/** Nonce and tag around the ciphertext (which is as long as the plaintext). */
const SEAL_OVERHEAD = 12 + 16;
const keys = new Map<string, StoreKey>();

/** The open store's data key encrypts this folder's files until `forgetBlobKey`. */
export function useBlobKey(dataDir: string, key: StoreKey): void {
  keys.set(resolve(dataDir), key);
}

export function forgetBlobKey(dataDir: string): void {
  keys.delete(resolve(dataDir));
}

function keyFor(dataDir: string): StoreKey {
  const key = keys.get(resolve(dataDir));
  if (!key)
    throw new Error('The store is locked: its files cannot be read or written until someone signs in.');
  return key;
}

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

export function blobPath(dataDir: string, hash: string): string {
  if (!isSha256(hash)) throw new Error('Not a file fingerprint (SHA-256)');
  return join(dataDir, 'blobs', hash.slice(0, 2), hash);
}

/** Writes the bytes under `hash` (which the caller has checked is theirs), replacing any copy there. */
export function writeBlob(dataDir: string, hash: string, bytes: Uint8Array): void {
  const path = blobPath(dataDir, hash);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, seal(keyFor(dataDir), bytes, hash), { mode: 0o600 });
  renameSync(temp, path);
}

/** Keeps the bytes under their SHA-256 and returns it; an intact copy already there is left alone. */
export function saveBlob(dataDir: string, bytes: Uint8Array): string {
  const hash = sha256Of(bytes);
  const intact =
    blobSize(dataDir, hash) === bytes.length && typeof readVerifiedBlob(dataDir, hash) !== 'string';
  if (!intact) writeBlob(dataDir, hash, bytes);
  return hash;
}

/** The file's size (of its plaintext), or null when it is not here: a cheap look, no hashing. */
export function blobSize(dataDir: string, hash: string): number | null {
  try {
    return Math.max(0, statSync(blobPath(dataDir, hash)).size - SEAL_OVERHEAD);
  } catch {
    return null;
  }
}

/** The bytes, if they are here and still hash to their name. */
export function readVerifiedBlob(dataDir: string, hash: string): Uint8Array | 'missing' | 'damaged' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(blobPath(dataDir, hash));
  } catch {
    return 'missing';
  }
  const plain = open(keyFor(dataDir), bytes, hash);
  if (plain) return sha256Of(plain) === hash ? plain : 'damaged';
  // A file kept before encryption: encrypted now, in place.
  if (sha256Of(bytes) !== hash) return 'damaged';
  writeBlob(dataDir, hash, bytes);
  return bytes;
}

/** Encrypts every file kept before encryption (an upgraded store's attachments and letters). */
export function encryptPlainBlobs(dataDir: string): number {
  const root = join(dataDir, 'blobs');
  let done = 0;
  let folders: string[];
  try {
    folders = readdirSync(root);
  } catch {
    return 0;
  }
  for (const folder of folders)
    for (const name of readdirSync(join(root, folder)).filter(isSha256)) {
      const bytes = readFileSync(join(root, folder, name));
      if (sha256Of(bytes) === name) {
        writeBlob(dataDir, name, bytes);
        done++;
      }
    }
  return done;
}

/** After set-up re-keys the store: the few files written under the interim key follow it. */
export function rekeyBlobs(dataDir: string, from: StoreKey, to: StoreKey): void {
  const root = join(dataDir, 'blobs');
  let folders: string[];
  try {
    folders = readdirSync(root);
  } catch {
    folders = [];
  }
  useBlobKey(dataDir, to);
  for (const folder of folders)
    for (const name of readdirSync(join(root, folder)).filter(isSha256)) {
      const plain = open(from, readFileSync(join(root, folder, name)), name);
      if (plain) writeBlob(dataDir, name, plain);
    }
}

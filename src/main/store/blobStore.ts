// Attachments' bytes, kept beside the store (never inside the SQLite file) under their SHA-256:
// DATA-DIR/blobs/<first two hex digits>/<sha256>. Sync keeps the share's copies in the same
// place, so a file that arrived from another computer and one attached here are the same file.
// Written under a temporary name and renamed into place, so a crash never leaves half a file
// under a real name; read back only when its bytes still hash to its name.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
  writeFileSync(temp, bytes);
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

/** The file's size on disk, or null when it is not here: a cheap look, no hashing. */
export function blobSize(dataDir: string, hash: string): number | null {
  try {
    return statSync(blobPath(dataDir, hash)).size;
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
  return sha256Of(bytes) === hash ? bytes : 'damaged';
}

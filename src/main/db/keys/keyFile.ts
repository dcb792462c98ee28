// keys.json in the data folder: what this computer needs to open its encrypted store, and nothing
// about residents. For each person who may sign in here, their password-derived wrap of their
// person key and the store's data key wrapped by that person key; the data key wrapped by the
// administrator's recovery key; and this computer's sign-in settings (lock after, back-off),
// which must be readable before anyone has signed in.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE } from '../storeMarkers';
import type { KdfParams } from './kdf';

export const KEY_FILE = 'keys.json';

export interface KeyEntry {
  personId: string;
  /** Shown in the sign-in list (officers, never residents). */
  name: string;
  initials: string;
  salt: string;
  kdf: KdfParams;
  /** The person key, sealed by the password-derived key (base64). */
  wrappedKp: string;
  /** The store's data key, sealed by the person key (base64). */
  wrappedDk: string;
}

export interface KeyFile {
  version: 1;
  /** Not secret: shown by app.status before anyone signs in. */
  installation: { id: string; code: string } | null;
  people: KeyEntry[];
  /** The data key sealed by the recovery key printed once at set-up (base64). */
  recovery: string | null;
  /**
   * A new store before anyone has set up: its interim data key (hex). The store holds nothing but
   * its empty tables then; set-up re-keys it with a fresh key and clears this.
   */
  pending: string | null;
  lockAfterMinutes: number;
  signIn: { failures: number; lastFailureAt: string | null };
}

export const DEFAULT_LOCK_AFTER_MINUTES = 10;

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE);
}

export function emptyKeyFile(): KeyFile {
  return {
    version: 1,
    installation: null,
    people: [],
    recovery: null,
    pending: null,
    lockAfterMinutes: DEFAULT_LOCK_AFTER_MINUTES,
    signIn: { failures: 0, lastFailureAt: null },
  };
}

export function readKeyFile(dataDir: string): KeyFile | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`${path} is damaged (not readable JSON): restore it from a backup of this folder.`);
  }
  return { ...emptyKeyFile(), ...(parsed as Partial<KeyFile>) } as KeyFile;
}

/** Written whole under a temporary name and renamed, so a crash never leaves half a key file. */
export function writeKeyFile(dataDir: string, file: KeyFile): void {
  const path = keyFilePath(dataDir);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: PRIVATE_FILE });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true }); // a full disk leaves no half-written temporary behind
    throw error;
  }
}

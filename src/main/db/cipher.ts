// Every handle on a store file goes through here: SQLite3 Multiple Ciphers (the
// better-sqlite3-multiple-ciphers build, same API as better-sqlite3) with the store's 32-byte data
// key. Pages are encrypted on their way to disk — the main file, its write-ahead log and any
// copy SQLite writes — with ChaCha20-Poly1305 (authenticated: a wrong key or an altered page is
// refused, never read as garbage). Temporary tables and sorts stay in memory (temp_store).
import { closeSync, openSync, readSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import Cipher from 'better-sqlite3-multiple-ciphers';

export type StoreKey = Buffer;

export const STORE_CIPHER = 'chacha20';

/**
 * The cipher's own passphrase stretching (PBKDF2, 64,007 rounds by default) is turned off: the key
 * is 32 random bytes, never a password (passwords go through Argon2id before they unwrap it), so
 * stretching it would add ~90 ms to every connection and no strength.
 */
function cipherPragmas(): string[] {
  return [`cipher = '${STORE_CIPHER}'`, 'kdf_iter = 1'];
}

function hex(key: StoreKey): string {
  if (key.length !== 32) throw new Error('A store key is 32 bytes');
  return key.toString('hex');
}

export function keyPragmas(key: StoreKey): string[] {
  return [...cipherPragmas(), `hexkey = '${hex(key)}'`];
}

/** Re-encrypts an open store under `key` (rollback journal only: not in WAL mode). */
export function rekeyPragmas(key: StoreKey): string[] {
  return [...cipherPragmas(), `hexrekey = '${hex(key)}'`];
}

/** Opens `file` with `key` (null: a plain, unencrypted file — only to upgrade one). */
export function openSqlite(
  file: string,
  key: StoreKey | null,
  options: BetterSqlite3.Options = {},
): BetterSqlite3.Database {
  const sqlite = new Cipher(file, options) as unknown as BetterSqlite3.Database;
  try {
    if (key) for (const pragma of keyPragmas(key)) sqlite.pragma(pragma);
    // Reading the schema is what checks the key: a wrong one fails here with SQLITE_NOTADB.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}

/** A store from before encryption: its first bytes are SQLite's plain header. */
export function isPlainSqlite(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

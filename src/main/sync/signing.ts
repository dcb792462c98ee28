// Each installation's signing key pair (Ed25519). Created the first time the installation uses
// a share; the private key stays in this store's local meta (never synced; the store itself is
// encrypted at rest), the public key travels in the hello file. What is signed is always a
// SHA-256 (of a segment's or snapshot's plaintext body, of a vouch), prefixed with what it is,
// so a signature made for one kind of file never verifies as another.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { readMeta as meta } from '../store/meta';

const PRIVATE_META = 'signing_private_key';
const PUBLIC_META = 'signing_public_key';
/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the raw 32-byte key follows it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface Signer {
  /** The raw public key, base64. */
  publicKey: string;
  privateKey: KeyObject;
}

/** This installation's key pair, created (and kept) on first use. */
export function ownSigner(db: BetterSqlite3.Database): Signer {
  const stored = meta(db, PRIVATE_META);
  if (stored) {
    return {
      publicKey: meta(db, PUBLIC_META)!,
      privateKey: createPrivateKey({ key: Buffer.from(stored, 'base64'), format: 'der', type: 'pkcs8' }),
    };
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    insert.run(PRIVATE_META, privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
    insert.run(PUBLIC_META, raw.toString('base64'));
  })();
  return { publicKey: raw.toString('base64'), privateKey };
}

export type SignedKind = 'segment' | 'snapshot' | 'vouch' | 'gc';

const message = (kind: SignedKind, sha256: string) => Buffer.from(`redress-${kind}-signature\n${sha256}`);

export function signHash(signer: Signer, kind: SignedKind, sha256: string): string {
  return sign(null, message(kind, sha256), signer.privateKey).toString('base64');
}

const publicKeys = new Map<string, KeyObject | null>();

function publicKeyOf(raw: string): KeyObject | null {
  if (!publicKeys.has(raw)) {
    const bytes = Buffer.from(raw, 'base64');
    let key: KeyObject | null = null;
    if (bytes.length === 32) {
      try {
        key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, bytes]), format: 'der', type: 'spki' });
      } catch {
        key = null;
      }
    }
    publicKeys.set(raw, key);
  }
  return publicKeys.get(raw)!;
}

export function verifyHash(publicKey: string, kind: SignedKind, sha256: string, signature: unknown): boolean {
  const key = publicKeyOf(publicKey);
  if (!key || typeof signature !== 'string') return false;
  try {
    return verify(null, message(kind, sha256), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function isPublicKey(value: unknown): value is string {
  return typeof value === 'string' && value.length < 100 && publicKeyOf(value) !== null;
}

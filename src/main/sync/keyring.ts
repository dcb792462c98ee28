// What this installation holds to read and trust the share (all local meta, never synced):
// the share key, its own signing key (signing.ts), the public key each installation's hello
// declares, and the keys it trusts — its own, those it learnt with its join code, and those
// vouched for by a key it already trusts (vouches.ts).
import type BetterSqlite3 from 'better-sqlite3';
import { isPublicKey, ownSigner, verifyHash, type SignedKind, type Signer } from './signing';
import { readMeta as meta, writeMeta as setMeta } from '../store/meta';

const SHARE_KEY_META = 'share_key';
const TRUSTED_META = 'share_trusted_keys';
const RID_KEYS_META = 'share_installation_keys';
/** Set when the share was set up without encryption (only ever for measuring its cost). */
const PLAIN_META = 'share_plain';

export type HowTrusted = 'self' | 'join_code' | 'approval' | 'invite' | 'vouch';

export interface TrustedKey {
  rid: string;
  how: HowTrusted;
  at: string;
}

export function shareKeyOf(db: BetterSqlite3.Database): Buffer | null {
  const raw = meta(db, SHARE_KEY_META);
  return raw ? Buffer.from(raw, 'base64') : null;
}

export function hasShareKeys(db: BetterSqlite3.Database): boolean {
  return meta(db, SHARE_KEY_META) !== null || meta(db, PLAIN_META) !== null;
}

/** Keeps the share key (null: a share set up without encryption, for measuring only). */
export function keepShareKey(db: BetterSqlite3.Database, key: Uint8Array | null): void {
  if (key) setMeta(db, SHARE_KEY_META, Buffer.from(key).toString('base64'));
  else setMeta(db, PLAIN_META, '1');
}

export function trustedKeys(db: BetterSqlite3.Database): Record<string, TrustedKey> {
  const raw = meta(db, TRUSTED_META);
  return raw ? (JSON.parse(raw) as Record<string, TrustedKey>) : {};
}

/** Adds keys to those trusted (never removes); returns how many were new. */
export function trustKeys(
  db: BetterSqlite3.Database,
  keys: ReadonlyArray<{ publicKey: string } & TrustedKey>,
): number {
  const trusted = trustedKeys(db);
  let added = 0;
  for (const { publicKey, rid, how, at } of keys) {
    if (!isPublicKey(publicKey) || trusted[publicKey]) continue;
    trusted[publicKey] = { rid, how, at };
    added++;
  }
  if (added) setMeta(db, TRUSTED_META, JSON.stringify(trusted));
  return added;
}

export function installationKeys(db: BetterSqlite3.Database): Record<string, string> {
  const raw = meta(db, RID_KEYS_META);
  return raw ? (JSON.parse(raw) as Record<string, string>) : {};
}

/** The public key an installation's newest hello declares. */
export function noteInstallationKey(db: BetterSqlite3.Database, rid: string, publicKey: string): void {
  const keys = installationKeys(db);
  if (keys[rid] === publicKey || !isPublicKey(publicKey)) return;
  keys[rid] = publicKey;
  setMeta(db, RID_KEYS_META, JSON.stringify(keys));
}

/** Whether a file from `rid` signed over `sha256` is believed: signed by its vouched-for key. */
export type SignatureVerdict = 'ok' | 'unvouched' | 'bad';

/** Everything reading and writing share files needs, read from the store in one piece. */
export interface ShareKeys {
  /** null: the share is not encrypted (set up so only for measuring). */
  key: Buffer | null;
  signer: Signer;
  verdict(rid: string, kind: SignedKind, sha256: string, signature: unknown): SignatureVerdict;
  /** The public key `rid` declared, when this installation trusts it. */
  trustedKeyOf(rid: string): string | null;
}

export function shareKeysOf(db: BetterSqlite3.Database, me: string): ShareKeys {
  const signer = ownSigner(db);
  const trusted = trustedKeys(db);
  const byRid = installationKeys(db);
  byRid[me] = signer.publicKey;
  const trustedKeyOf = (rid: string) => {
    const key = byRid[rid];
    return key && (trusted[key] || key === signer.publicKey) ? key : null;
  };
  return {
    key: shareKeyOf(db),
    signer,
    trustedKeyOf,
    verdict(rid, kind, sha256, signature) {
      const key = trustedKeyOf(rid);
      if (!key) return 'unvouched';
      return verifyHash(key, kind, sha256, signature) ? 'ok' : 'bad';
    },
  };
}

// Join codes. A computer already in the share shows a code (20 characters, read out or typed in
// four groups of five); the new computer types it. From the code alone both sides derive an
// invitation's name, the key that seals it, and a proof key. The invitation file on the share
// holds the share key and the keys the inviting computer trusts, sealed with the code's key: the
// share folder alone reveals nothing. The newcomer proves it had the code by a MAC over its own
// signing key in its hello; the inviting computer checks it and vouches for that key
// (vouches.ts). A code works once, for 24 hours; the inviting computer removes the invitation
// when it has been used or has expired.
import { createHash, createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import { open, seal } from './shareCrypto';

/** Crockford's base32: no I, L, O or U, so nothing reads as another character. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 5;
export const JOIN_CODE_LIFETIME_MS = 24 * 3600_000;
export const INVITES_DIR = 'invites';

export function newJoinCode(): string {
  const chars = Array.from({ length: GROUPS * GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return Array.from({ length: GROUPS }, (_, g) =>
    chars.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH).join(''),
  ).join('-');
}

/** The code as typed (any case, spaces or dashes, I/L for 1 and O for 0), or null if it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (plain.length !== GROUPS * GROUP_LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return null;
  return plain.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

const derive = (code: string, what: string) =>
  Buffer.from(hkdfSync('sha256', code, 'redress-join-code', what, 32));

export const inviteIdOf = (code: string) =>
  createHash('sha256').update(`redress-invite-id\n${code}`).digest('hex').slice(0, 24);
export const invitePath = (id: string) => `${INVITES_DIR}/${id}.json`;
export const proofKeyOf = (code: string) => derive(code, 'proof');

export interface Invitation {
  shareId: string;
  /** The share key, base64 (null: a share set up without encryption, for measuring only). */
  shareKey: string | null;
  issuer: string;
  expiresAt: string;
  /** Installations the inviting computer trusts (itself included), with their public keys. */
  trusted: Array<{ rid: string; publicKey: string }>;
}

export function sealInvitation(code: string, invitation: Invitation): Buffer {
  return seal(derive(code, 'wrap'), 'invite', Buffer.from(JSON.stringify(invitation)));
}

export const WRONG_CODE =
  'That join code does not work for this share: it may be mistyped, already used, or expired (a code works once, for 24 hours). Ask for a new one in Settings → Central share on a computer already in the share.';

export function openInvitation(code: string, sealed: Uint8Array): Invitation {
  try {
    return JSON.parse(open(derive(code, 'wrap'), 'invite', sealed).toString('utf8')) as Invitation;
  } catch {
    throw new AppError('VALIDATION', WRONG_CODE);
  }
}

const proofMessage = (rid: string, publicKey: string) => `redress-join-proof\n${rid}\n${publicKey}`;

export function joinProof(proofKey: Buffer, rid: string, publicKey: string): string {
  return createHmac('sha256', proofKey).update(proofMessage(rid, publicKey)).digest('base64');
}

export function proofMatches(proofKey: Buffer, rid: string, publicKey: string, mac: unknown): boolean {
  if (typeof mac !== 'string') return false;
  const expected = Buffer.from(joinProof(proofKey, rid, publicKey), 'base64');
  const given = Buffer.from(mac, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Vouches: how every computer in the share learns which signing keys to trust. A computer that
// accepts a newcomer (its join code was used, or an administrator approved it there) writes a
// vouch file in its own folder, signed with its own key and sealed with the share key. Others
// take in a vouch only when it is signed by a key they already trust, so trust spreads from the
// computer that set up the share and from each join code's invitation, and a forged folder can
// vouch for nothing. Vouches are only ever added.
import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { listOtherReplicas } from './importer';
import {
  inviteIdOf,
  invitePath,
  JOIN_CODE_LIFETIME_MS,
  newJoinCode,
  proofKeyOf,
  proofMatches,
  sealInvitation,
} from './joinCode';
import { shareKeyOf, shareKeysOf, trustedKeys, trustKeys, type HowTrusted } from './keyring';
import { open, seal } from './shareCrypto';
import { isShareLevel, readCapped, replicaDir, type ShareFs } from './shareFs';
import { isPublicKey, ownSigner, signHash, verifyHash } from './signing';
import type { AtStore } from './storeAccess';
import { readMeta as meta, writeMeta as setMeta } from '../store/meta';

const VOUCH_FILE = /^vouch-\d{13}-[0-9a-f]{12}\.json$/;
const SEEN_META = 'share_vouches_seen';
const CODES_META = 'share_join_codes';
const REQUESTS_META = 'share_join_requests';
const SMALL_FILE_MAX_BYTES = 1_048_576;

interface Vouched {
  rid: string;
  publicKey: string;
  how: HowTrusted;
  at: string;
}

interface VouchBody {
  voucher: string;
  publicKey: string;
  keys: Vouched[];
}

const json = <T>(db: BetterSqlite3.Database, key: string, fallback: T): T => {
  const raw = meta(db, key);
  return raw ? (JSON.parse(raw) as T) : fallback;
};

const bodyHash = (body: VouchBody) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/** Trusts these keys here and tells every other computer, in a signed vouch in our own folder. */
export async function vouchFor(store: AtStore, fs: ShareFs, me: string, keys: Vouched[]): Promise<void> {
  const { bytes } = await store((db) => {
    trustKeys(db, keys);
    const signer = ownSigner(db);
    const body: VouchBody = { voucher: me, publicKey: signer.publicKey, keys };
    const plain = Buffer.from(JSON.stringify({ ...body, sig: signHash(signer, 'vouch', bodyHash(body)) }));
    const key = shareKeyOf(db);
    return { bytes: key ? seal(key, 'vouch', plain) : plain };
  });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  await fs.mkdirp(replicaDir(me));
  try {
    await fs.writeNew(
      `${replicaDir(me)}/vouch-${Date.parse(keys[0]?.at ?? '') || Date.now()}-${hash}.json`,
      bytes,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Takes in the vouches on the share signed by trusted keys, until no more can be (a vouch may be
 * signed by a key another vouch brings in). Files taken in are not read again; the others are,
 * next time (their signer may be trusted by then). Returns how many keys became trusted.
 */
export async function readVouches(store: AtStore, fs: ShareFs, me: string): Promise<number> {
  const seen = new Set(await store((db) => json<string[]>(db, SEEN_META, [])));
  const bodies: Array<{ path: string; body: VouchBody & { sig?: unknown } }> = [];
  const key = await store((db) => shareKeyOf(db));
  for (const rid of await listOtherReplicas(fs, me)) {
    for (const name of await fs.list(replicaDir(rid))) {
      const path = `${replicaDir(rid)}/${name}`;
      if (!VOUCH_FILE.test(name) || seen.has(path)) continue;
      try {
        const bytes = await readCapped(fs, path, SMALL_FILE_MAX_BYTES);
        const plain = key ? open(key, 'vouch', bytes) : Buffer.from(bytes);
        bodies.push({ path, body: JSON.parse(plain.toString('utf8')) as VouchBody & { sig?: unknown } });
      } catch (error) {
        if (isShareLevel(error)) throw error;
        // Damaged, altered or still being copied: read again next time.
      }
    }
  }
  if (bodies.length === 0) return 0;
  return store((db) =>
    db.transaction(() => {
      let added = 0;
      for (let progress = true; progress;) {
        progress = false;
        const trusted = trustedKeys(db);
        const own = ownSigner(db).publicKey;
        for (const entry of bodies) {
          if (seen.has(entry.path)) continue;
          const { voucher, publicKey, keys, sig } = entry.body;
          if (!isPublicKey(publicKey) || !(trusted[publicKey] || publicKey === own)) continue;
          if (!Array.isArray(keys) || typeof voucher !== 'string') continue;
          if (!verifyHash(publicKey, 'vouch', bodyHash({ voucher, publicKey, keys }), sig)) continue;
          const at = new Date().toISOString();
          const n = trustKeys(
            db,
            keys
              .filter((k) => k && typeof k.rid === 'string' && isPublicKey(k.publicKey))
              .slice(0, 500)
              .map((k) => ({ rid: k.rid, publicKey: k.publicKey, how: 'vouch' as const, at })),
          );
          seen.add(entry.path);
          added += n;
          progress = true;
        }
      }
      setMeta(db, SEEN_META, JSON.stringify([...seen]));
      return added;
    })(),
  );
}

interface IssuedCode {
  id: string;
  proofKey: string;
  expiresAt: string;
  usedBy: string | null;
}

/** A new join code: its invitation goes on the share, its proof key stays here. */
export async function issueJoinCode(
  store: AtStore,
  fs: ShareFs,
  me: string,
  shareId: string,
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const code = newJoinCode();
  const expiresAt = new Date(now.getTime() + JOIN_CODE_LIFETIME_MS).toISOString();
  const id = inviteIdOf(code);
  const invitation = await store((db) => {
    const keys = shareKeysOf(db, me);
    const trusted = Object.entries(trustedKeys(db)).map(([publicKey, t]) => ({ rid: t.rid, publicKey }));
    return {
      shareId,
      shareKey: keys.key ? keys.key.toString('base64') : null,
      issuer: me,
      expiresAt,
      trusted: [{ rid: me, publicKey: keys.signer.publicKey }, ...trusted],
    };
  });
  await fs.mkdirp('invites');
  await fs.writeNew(invitePath(id), sealInvitation(code, invitation));
  await store((db) => {
    const codes = json<IssuedCode[]>(db, CODES_META, []);
    codes.push({ id, proofKey: proofKeyOf(code).toString('base64'), expiresAt, usedBy: null });
    setMeta(db, CODES_META, JSON.stringify(codes));
  });
  return { code, expiresAt };
}

export interface JoinRequest {
  invite: string;
  mac: string;
  publicKey: string;
  writtenAt: string;
}

/** A hello asking to be vouched for by a join code, kept until the code's computer has judged it. */
export function noteJoinRequest(db: BetterSqlite3.Database, rid: string, request: JoinRequest): void {
  const requests = json<Record<string, JoinRequest>>(db, REQUESTS_META, {});
  requests[rid] = request;
  setMeta(db, REQUESTS_META, JSON.stringify(requests));
}

/**
 * On the computer that issued the codes: newcomers that proved they had one (first use only,
 * within its 24 hours) are vouched for; invitations used or expired are removed from the share.
 */
export async function acceptJoinRequests(
  store: AtStore,
  fs: ShareFs,
  me: string,
  now: Date,
): Promise<number> {
  const { accepted, stale } = await store((db) =>
    db.transaction(() => {
      const codes = json<IssuedCode[]>(db, CODES_META, []);
      const requests = json<Record<string, JoinRequest>>(db, REQUESTS_META, {});
      const accepted: Vouched[] = [];
      for (const [rid, r] of Object.entries(requests)) {
        const code = codes.find((c) => c.id === r.invite);
        if (!code) continue; // another computer's code: its issuer judges it
        delete requests[rid];
        if (code.usedBy !== null || r.writtenAt > code.expiresAt) continue;
        if (!proofMatches(Buffer.from(code.proofKey, 'base64'), rid, r.publicKey, r.mac)) continue;
        code.usedBy = rid;
        accepted.push({ rid, publicKey: r.publicKey, how: 'join_code', at: now.toISOString() });
      }
      const stale = codes
        .filter((c) => c.usedBy !== null || c.expiresAt <= now.toISOString())
        .map((c) => c.id);
      setMeta(db, REQUESTS_META, JSON.stringify(requests));
      setMeta(db, CODES_META, JSON.stringify(codes));
      return { accepted, stale };
    })(),
  );
  if (accepted.length) await vouchFor(store, fs, me, accepted);
  // An invitation used or expired leaves the share; it is forgotten here only once it has gone.
  const removed: string[] = [];
  for (const id of stale) {
    try {
      await fs.remove(invitePath(id));
      removed.push(id);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') removed.push(id);
      else if (isShareLevel(error)) throw error;
    }
  }
  if (removed.length)
    await store((db) =>
      setMeta(
        db,
        CODES_META,
        JSON.stringify(json<IssuedCode[]>(db, CODES_META, []).filter((c) => !removed.includes(c.id))),
      ),
    );
  return accepted.length;
}

// Setting up and joining a central share: the format file (written once, by the first
// installation), and each installation's hello file. A hello says, in clear, only what a reader
// needs to route files and tell installations apart — its id, reference code (two letters in
// case references), schema and signing public key, and a join proof — and holds its label
// (which names a person: "Priya's laptop") sealed with the share key.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import { INSTALLATION_CODE_ALPHABET } from '../../shared/domain/caseReference';
import { uuidv7 } from '../../shared/domain/ids';
import { listOtherReplicas } from './importer';
import { noteInstallationKey, shareKeyOf } from './keyring';
import { open, seal } from './shareCrypto';
import { isPublicKey } from './signing';
import { noteJoinRequest, type JoinRequest } from './vouches';
import { isShareLevel, readCapped, replicaDir, SHARE_FORMAT_FILE, type ShareFs } from './shareFs';
import type { AtStore } from './storeAccess';

/** Format and hello files are a few hundred bytes: anything much bigger is not one. */
const SMALL_FILE_MAX_BYTES = 1_048_576;

/** 2: encrypted and signed files (shares of format 1, before encryption, are not joined). */
export const SHARE_FORMAT = 2;

export interface ShareFormat {
  app: 'redress';
  format: number;
  minReader: number;
  shareId: string;
  createdAt: string;
  createdBy: string;
  /** 'none' only for a share set up to measure what encryption costs. */
  encryption: 'aes-256-gcm' | 'none';
}

export interface Hello {
  rid: string;
  label: string;
  code: string;
  schema: number;
  writtenAt: string;
  /** The installation's Ed25519 public key (base64). */
  publicKey?: string;
  /** A newcomer's proof that it had a join code (joinCode.ts). */
  joinProof?: { invite: string; mac: string };
}

export async function readShareFormat(fs: ShareFs): Promise<ShareFormat | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(fs, SHARE_FORMAT_FILE, SMALL_FILE_MAX_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if ((error as NodeJS.ErrnoException).code === 'EFBIG')
      throw new AppError(
        'VALIDATION',
        `${fs.label} holds a ${SHARE_FORMAT_FILE} that is not a Redress share.`,
      );
    throw error;
  }
  let format: ShareFormat;
  try {
    format = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new AppError(
      'VALIDATION',
      `${SHARE_FORMAT_FILE} in ${fs.label} is damaged or still being copied; try again shortly.`,
    );
  }
  if (format.app !== 'redress' || typeof format.shareId !== 'string') {
    throw new AppError('VALIDATION', `${fs.label} holds a ${SHARE_FORMAT_FILE} that is not a Redress share.`);
  }
  if (format.minReader > SHARE_FORMAT) {
    throw new AppError(
      'CONFLICT',
      'This share was set up by a newer version of Redress. Update Redress on this computer to join it.',
    );
  }
  if (format.format < 2) {
    throw new AppError(
      'CONFLICT',
      `${fs.label} holds a share set up by an older version of Redress, which did not encrypt it. Set up a new share in an empty folder and connect every computer to it.`,
    );
  }
  return format;
}

export async function writeShareFormat(
  fs: ShareFs,
  rid: string,
  at: string,
  encryption: ShareFormat['encryption'] = 'aes-256-gcm',
): Promise<ShareFormat> {
  const format: ShareFormat = {
    app: 'redress',
    format: SHARE_FORMAT,
    minReader: 2,
    shareId: uuidv7(),
    createdAt: at,
    createdBy: rid,
    encryption,
  };
  await fs.mkdirp('replicas');
  await fs.writeNew(SHARE_FORMAT_FILE, Buffer.from(JSON.stringify(format, null, 2)));
  return format;
}

/**
 * The newest hello of every other installation (hello files are written once; the latest wins).
 * Listing and reading happen outside the store; each known hello is looked up, and each new one
 * recorded, in a short piece of store work of its own.
 */
export async function readHellos(fs: ShareFs, store: AtStore, me: string): Promise<Hello[]> {
  const hellos: Hello[] = [];
  for (const rid of await listOtherReplicas(fs, me)) {
    const names = (await fs.list(replicaDir(rid)))
      .filter((n) => /^hello-\d{13}-[0-9a-f]{12}\.json$/.test(n))
      .sort();
    const newest = names[names.length - 1];
    if (!newest) continue;
    const known = await store(
      (db) =>
        db.prepare('SELECT hello, label, code FROM sync_replicas WHERE rid = ?').get(rid) as
          { hello: string | null; label: string; code: string } | undefined,
    );
    if (known?.hello === newest) {
      hellos.push({ rid, label: known.label, code: known.code, schema: 0, writtenAt: '' });
      continue;
    }
    let hello: Hello;
    try {
      const key = await store((db) => shareKeyOf(db));
      hello = openHello(
        key,
        Buffer.from(await readCapped(fs, `${replicaDir(rid)}/${newest}`, SMALL_FILE_MAX_BYTES)),
      );
    } catch (error) {
      if (isShareLevel(error)) throw error;
      continue; // still being copied, damaged or altered: read again next time
    }
    if (!hello || hello.rid !== rid || typeof hello.label !== 'string' || typeof hello.code !== 'string')
      continue;
    await store((db) =>
      db.transaction(() => {
        db.prepare(
          `INSERT INTO sync_replicas (rid, label, code, hello) VALUES (?, ?, ?, ?)
           ON CONFLICT(rid) DO UPDATE SET label = excluded.label, code = excluded.code, hello = excluded.hello`,
        ).run(rid, hello.label.slice(0, 80), hello.code.slice(0, 2), newest);
        if (isPublicKey(hello.publicKey)) {
          noteInstallationKey(db, rid, hello.publicKey);
          const proof = hello.joinProof;
          if (proof && typeof proof.invite === 'string' && typeof proof.mac === 'string')
            noteJoinRequest(db, rid, {
              invite: proof.invite,
              mac: proof.mac,
              publicKey: hello.publicKey,
              writtenAt: String(hello.writtenAt),
            } satisfies JoinRequest);
        }
      })(),
    );
    hellos.push(hello);
  }
  return hellos;
}

/** A hello as it goes on the share: the label sealed (with a share key), the rest in clear. */
export function sealHello(key: Buffer | null, hello: Hello): Buffer {
  if (!key) return Buffer.from(JSON.stringify(hello, null, 2));
  const { label, ...clear } = hello;
  const sealed = seal(key, 'hello', Buffer.from(JSON.stringify({ label }))).toString('base64');
  return Buffer.from(JSON.stringify({ ...clear, sealed }, null, 2));
}

function openHello(key: Buffer | null, bytes: Buffer): Hello {
  const parsed = JSON.parse(bytes.toString('utf8')) as Hello & { sealed?: unknown };
  if (!key) return parsed;
  if (typeof parsed.sealed !== 'string') throw new Error('the hello is not sealed');
  const { label } = JSON.parse(open(key, 'hello', Buffer.from(parsed.sealed, 'base64')).toString('utf8')) as {
    label: unknown;
  };
  const { sealed: _sealed, ...clear } = parsed;
  return { ...clear, label: typeof label === 'string' ? label : '' };
}

export async function writeHello(fs: ShareFs, key: Buffer | null, hello: Hello): Promise<void> {
  const bytes = sealHello(key, hello);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  await fs.mkdirp(replicaDir(hello.rid));
  const name = `${replicaDir(hello.rid)}/hello-${Date.parse(hello.writtenAt)}-${hash}.json`;
  try {
    await fs.writeNew(name, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** A reference code no other installation on the share uses (case references stay unique). */
export function freeCode(current: string, taken: ReadonlySet<string>): string {
  if (!taken.has(current)) return current;
  const free: string[] = [];
  for (const a of INSTALLATION_CODE_ALPHABET)
    for (const b of INSTALLATION_CODE_ALPHABET) if (!taken.has(a + b)) free.push(a + b);
  // Random, so two computers joining at once with the same clash are unlikely to pick alike.
  const pick = new Uint32Array(1);
  globalThis.crypto.getRandomValues(pick);
  return free.length ? free[pick[0]! % free.length]! : current;
}

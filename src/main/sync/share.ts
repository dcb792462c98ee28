// Setting up and joining a central share: the format file (written once, by the first
// installation), and each installation's hello file (its label and reference code).
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import { INSTALLATION_CODE_ALPHABET } from '../../shared/domain/caseReference';
import { uuidv7 } from '../../shared/domain/ids';
import { listOtherReplicas } from './importer';
import { isShareLevel, readCapped, replicaDir, SHARE_FORMAT_FILE, type ShareFs } from './shareFs';
import type { AtStore } from './storeAccess';

/** Format and hello files are a few hundred bytes: anything much bigger is not one. */
const SMALL_FILE_MAX_BYTES = 1_048_576;

export const SHARE_FORMAT = 1;

export interface ShareFormat {
  app: 'redress';
  format: number;
  minReader: number;
  shareId: string;
  createdAt: string;
  createdBy: string;
}

export interface Hello {
  rid: string;
  label: string;
  code: string;
  schema: number;
  writtenAt: string;
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
  return format;
}

export async function writeShareFormat(fs: ShareFs, rid: string, at: string): Promise<ShareFormat> {
  const format: ShareFormat = {
    app: 'redress',
    format: SHARE_FORMAT,
    minReader: 1,
    shareId: uuidv7(),
    createdAt: at,
    createdBy: rid,
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
      hello = JSON.parse(
        Buffer.from(await readCapped(fs, `${replicaDir(rid)}/${newest}`, SMALL_FILE_MAX_BYTES)).toString(
          'utf8',
        ),
      ) as Hello;
    } catch (error) {
      if (isShareLevel(error)) throw error;
      continue; // still being copied, or damaged: read again next time
    }
    if (!hello || hello.rid !== rid || typeof hello.label !== 'string' || typeof hello.code !== 'string')
      continue;
    await store((db) =>
      db
        .prepare(
          `INSERT INTO sync_replicas (rid, label, code, hello) VALUES (?, ?, ?, ?)
           ON CONFLICT(rid) DO UPDATE SET label = excluded.label, code = excluded.code, hello = excluded.hello`,
        )
        .run(rid, hello.label.slice(0, 80), hello.code.slice(0, 2), newest),
    );
    hellos.push(hello);
  }
  return hellos;
}

export async function writeHello(fs: ShareFs, hello: Hello): Promise<void> {
  const bytes = Buffer.from(JSON.stringify(hello, null, 2));
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

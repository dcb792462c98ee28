// Setting up and joining a central share: the format file (written once, by the first
// installation), and each installation's hello file (its label and reference code).
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import { INSTALLATION_CODE_ALPHABET } from '../../shared/domain/caseReference';
import { uuidv7 } from '../../shared/domain/ids';
import { listOtherReplicas } from './importer';
import { replicaDir, SHARE_FORMAT_FILE, type ShareFs } from './shareFs';

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
    bytes = await fs.read(SHARE_FORMAT_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
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

/** The newest hello of every other installation (hello files are written once; the latest wins). */
export async function readHellos(fs: ShareFs, db: BetterSqlite3.Database, me: string): Promise<Hello[]> {
  const hellos: Hello[] = [];
  for (const rid of await listOtherReplicas(fs, me)) {
    const names = (await fs.list(replicaDir(rid)))
      .filter((n) => /^hello-\d{13}-[0-9a-f]{12}\.json$/.test(n))
      .sort();
    const newest = names[names.length - 1];
    if (!newest) continue;
    const known = db.prepare('SELECT hello, label, code FROM sync_replicas WHERE rid = ?').get(rid) as
      { hello: string | null; label: string; code: string } | undefined;
    if (known?.hello === newest) {
      hellos.push({ rid, label: known.label, code: known.code, schema: 0, writtenAt: '' });
      continue;
    }
    try {
      const hello = JSON.parse(
        Buffer.from(await fs.read(`${replicaDir(rid)}/${newest}`)).toString('utf8'),
      ) as Hello;
      if (hello.rid !== rid || typeof hello.label !== 'string' || typeof hello.code !== 'string') continue;
      db.prepare(
        `INSERT INTO sync_replicas (rid, label, code, hello) VALUES (?, ?, ?, ?)
         ON CONFLICT(rid) DO UPDATE SET label = excluded.label, code = excluded.code, hello = excluded.hello`,
      ).run(rid, hello.label.slice(0, 80), hello.code.slice(0, 2), newest);
      hellos.push(hello);
    } catch {
      // Still being copied, or damaged: read again next time.
    }
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

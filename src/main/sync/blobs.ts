// Attachments and issued letters travel content-addressed: stored under their SHA-256 in the
// uploading installation's own folder, verified on arrival, cached locally (in the store's blob
// folder, store/blobStore.ts). Until a file has arrived, readers get null and show a placeholder.
// Each sync uploads the files here (of every record kind with blob fields, see the registry) that the share does not have yet, and afterwards
// fetches those of arrived attachments in the background; the store is never held during share I/O.
// On the share a blob is sealed with the share key and named by a keyed hash of its content hash
// (shareCrypto.ts). It needs no signature of its own: the change that names it is signed, and
// the content is checked against the hash that change carries.
import { shareKeyOf } from './keyring';
import type { SyncContext } from './port';
import { blobNameOf, open, seal } from './shareCrypto';
import { listOtherReplicas } from './importer';
import { blobDir, isShareLevel, type ShareFs } from './shareFs';
import type { AtStore } from './storeAccess';
import { RECORD_KINDS, SETTING_BLOBS } from '../store/registry';
import { blobSize, isSha256, readVerifiedBlob, sha256Of, writeBlob } from '../store/blobStore';

/** The share key, read once per use (a share set up without encryption has none). */
const keyOf = (ctx: SyncContext) => shareKeyOf(ctx.sqlite);

export const sharedBlobPath = (key: Buffer | null, rid: string, hash: string) =>
  `${blobDir(rid)}/${key ? blobNameOf(key, hash) : hash}.bin`;

async function upload(ctx: SyncContext, fs: ShareFs, hash: string, bytes: Uint8Array): Promise<void> {
  const key = keyOf(ctx);
  try {
    await fs.writeNew(sharedBlobPath(key, ctx.installation.id, hash), key ? seal(key, 'blob', bytes) : bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Keeps the file locally and puts it on the share; returns its SHA-256, which is its name. */
export async function putBlob(ctx: SyncContext, fs: ShareFs | null, bytes: Uint8Array): Promise<string> {
  const hash = sha256Of(bytes);
  if (blobSize(ctx.dataDir, hash) !== bytes.length) writeBlob(ctx.dataDir, hash, bytes);
  if (fs) await upload(ctx, fs, hash, bytes);
  return hash;
}

/** The file with this hash, from the local cache or any installation's folder on the share; null until it has arrived intact. */
export async function getBlob(
  ctx: SyncContext,
  fs: ShareFs | null,
  hash: string,
): Promise<Uint8Array | null> {
  if (!isSha256(hash)) throw new Error('Not a file hash');
  const local = readVerifiedBlob(ctx.dataDir, hash);
  if (typeof local !== 'string') return local;
  if (!fs) return null;
  const key = keyOf(ctx);
  for (const rid of [ctx.installation.id, ...(await listOtherReplicas(fs, ctx.installation.id))]) {
    // Read straight away: a folder without it answers ENOENT, so asking its size first would
    // only double the requests (a HEAD before each GET on an object store).
    const sealed = await fs.read(sharedBlobPath(key, rid, hash)).catch((error: unknown) => {
      if (isShareLevel(error)) throw error;
      return null;
    });
    let bytes: Uint8Array | null = sealed;
    if (sealed && key) {
      try {
        bytes = open(key, 'blob', sealed);
      } catch {
        bytes = null; // altered, or cut short: not accepted, like a damaged copy
      }
    }
    if (bytes && sha256Of(bytes) === hash) {
      writeBlob(ctx.dataDir, hash, bytes);
      return bytes;
    }
    // Truncated or still copying: not accepted; another copy or a later sync may have it whole.
  }
  return null;
}

type Db = Parameters<Parameters<AtStore>[0]>[0];

/** A string as an SQL literal (the registry's own constants, never input). */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The files records name (attachments, issued letters, templates), from the registry's blob
 * fields, and those named inside settings' JSON values (the house style's logo).
 */
function namedFiles(extraWhere: string): string {
  const selects = Object.values(RECORD_KINDS).flatMap((k) =>
    (k.blobs as readonly string[]).map(
      (field) =>
        `SELECT ${field} AS sha256 FROM ${k.table} WHERE ${field} IS NOT NULL` +
        ((k.fields as readonly string[]).includes('deleted_at') ? ' AND deleted_at IS NULL' : ''),
    ),
  );
  // A damaged value names no file (json_extract would fail on it; CASE never evaluates it then).
  const inSettings = SETTING_BLOBS.map(
    ({ setting, path }) =>
      `SELECT sha256 FROM (SELECT CASE WHEN json_valid(value) THEN json_extract(value, ${literal(path)}) END AS sha256 ` +
      `FROM settings WHERE id = ${literal(setting)}) WHERE typeof(sha256) = 'text'`,
  );
  return `SELECT DISTINCT sha256 FROM (${[...selects, ...inSettings].join(' UNION ')}) ${extraWhere}`;
}

/**
 * Whether a file held here waits to go up (a quiet sync must not stop while one does: engine.ts).
 * Files named by records from elsewhere and not here yet are another computer's to upload.
 */
export function blobsWaiting(db: Db, dataDir: string): boolean {
  return notYetOnShare(db).some((hash) => blobSize(dataDir, hash) !== null);
}

/** Files (of records not deleted) that this computer does not yet know are on the share. */
function notYetOnShare(db: Db): string[] {
  return (
    db.prepare(namedFiles('WHERE sha256 NOT IN (SELECT sha256 FROM sync_blobs)')).all() as Array<{
      sha256: string;
    }>
  ).map((r) => r.sha256);
}

function noteOnShare(store: AtStore, hashes: string[], at: string): Promise<void> {
  return store((db) => {
    const insert = db.prepare('INSERT OR IGNORE INTO sync_blobs (sha256, on_share_at) VALUES (?, ?)');
    db.transaction(() => hashes.forEach((h) => insert.run(h, at)))();
  });
}

/**
 * Uploads the intact files this computer holds that the share does not yet have (those
 * attached here, or attached here before a share was set up). Files not here are another
 * computer's to upload; a damaged one is never uploaded. Returns how many went up.
 */
export async function uploadBlobs(ctx: SyncContext, store: AtStore, fs: ShareFs): Promise<number> {
  const pending = await store(notYetOnShare);
  let uploaded = 0;
  const done: string[] = [];
  for (const hash of pending) {
    if (blobSize(ctx.dataDir, hash) === null) continue;
    const bytes = readVerifiedBlob(ctx.dataDir, hash);
    if (typeof bytes === 'string') continue;
    await upload(ctx, fs, hash, bytes);
    done.push(hash);
    uploaded++;
    // Noted in batches: an interrupted sync re-uploads at most a few (writeNew finds them there).
    if (done.length >= 50) await noteOnShare(store, done.splice(0), ctx.now().toISOString());
  }
  if (done.length) await noteOnShare(store, done, ctx.now().toISOString());
  return uploaded;
}

/**
 * Fetches the files of records that arrived from other computers and are not here yet.
 * Those not on the share yet (their computer has not synced since) are tried again next time.
 */
export async function fetchMissingBlobs(ctx: SyncContext, store: AtStore, fs: ShareFs): Promise<number> {
  const wanted = (await store((db) => db.prepare(namedFiles('')).all() as Array<{ sha256: string }>))
    .map((r) => r.sha256)
    .filter((hash) => isSha256(hash) && blobSize(ctx.dataDir, hash) === null);
  const fetched: string[] = [];
  for (const hash of wanted) if (await getBlob(ctx, fs, hash)) fetched.push(hash);
  if (fetched.length) await noteOnShare(store, fetched, ctx.now().toISOString());
  return fetched.length;
}

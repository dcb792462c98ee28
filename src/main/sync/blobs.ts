// Attachments and issued letters travel content-addressed: stored under their SHA-256 in the
// uploading installation's own folder, verified on arrival, cached locally. Until a file has
// arrived, readers get null and show a placeholder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncContext } from './port';
import { listOtherReplicas } from './importer';
import { blobDir, type ShareFs } from './shareFs';

const SHA256 = /^[0-9a-f]{64}$/;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function cachePath(ctx: SyncContext, hash: string): string {
  return join(ctx.dataDir, 'blobs', hash.slice(0, 2), hash);
}

function cache(ctx: SyncContext, hash: string, bytes: Uint8Array): void {
  const path = cachePath(ctx, hash);
  mkdirSync(join(path, '..'), { recursive: true });
  const temp = `${path}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

/** Keeps the file locally and puts it on the share; returns its SHA-256, which is its name. */
export async function putBlob(ctx: SyncContext, fs: ShareFs | null, bytes: Uint8Array): Promise<string> {
  const hash = sha(bytes);
  if (!existsSync(cachePath(ctx, hash))) cache(ctx, hash, bytes);
  if (fs) {
    try {
      await fs.writeNew(`${blobDir(ctx.installation.id)}/${hash}.bin`, bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return hash;
}

/** The file with this hash, from the local cache or any installation's folder on the share; null until it has arrived intact. */
export async function getBlob(
  ctx: SyncContext,
  fs: ShareFs | null,
  hash: string,
): Promise<Uint8Array | null> {
  if (!SHA256.test(hash)) throw new Error('Not a file hash');
  const local = cachePath(ctx, hash);
  if (existsSync(local)) {
    const bytes = readFileSync(local);
    if (sha(bytes) === hash) return bytes;
  }
  if (!fs) return null;
  for (const rid of [ctx.installation.id, ...(await listOtherReplicas(fs, ctx.installation.id))]) {
    const path = `${blobDir(rid)}/${hash}.bin`;
    if ((await fs.size(path)) === null) continue;
    const bytes = await fs.read(path).catch(() => null);
    if (bytes && sha(bytes) === hash) {
      cache(ctx, hash, bytes);
      return bytes;
    }
    // Truncated or still copying: not accepted; another copy or a later sync may have it whole.
  }
  return null;
}

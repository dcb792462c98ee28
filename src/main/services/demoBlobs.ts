// Demo attachments' bytes, written content-addressed beside the store as the attachments service
// writes them: DATA-DIR/blobs/<first two hex digits>/<sha256>, via a temporary file and a rename so
// a reader never sees half a file.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Stores `bytes` under their SHA-256 (once: the same bytes are the same file) and returns it. */
export function writeDemoBlob(dataDir: string, bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const dir = join(dataDir, 'blobs', sha256.slice(0, 2));
  const path = join(dir, sha256);
  if (existsSync(path)) return sha256;
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, bytes);
  renameSync(temp, path);
  return sha256;
}

// "Open" in the desktop app: the window has already fetched the attachment's verified bytes; main
// writes them to a fresh private temporary folder under a safe version of their name and hands
// that copy to the system's viewer. The store's own copy is never handed out (a viewer that
// saves would change it, and its fingerprint would no longer match).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** The attachment limit's ceiling, with room: anything larger is not an attachment. */
const MAX_OPEN_BYTES = 64 * 1_048_576;

/** A file name any system accepts: no folders, no reserved characters, never empty or hidden. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 120);
  return cleaned || 'attachment';
}

/** Writes the temporary copy to open; throws on anything that is not a file name and bytes. */
export function writeTempCopy(fileName: unknown, bytes: unknown): string {
  if (typeof fileName !== 'string' || !(bytes instanceof Uint8Array) || bytes.length > MAX_OPEN_BYTES)
    throw new Error('Not a file to open');
  const dir = mkdtempSync(join(tmpdir(), 'redress-open-'));
  const path = join(dir, safeFileName(fileName));
  writeFileSync(path, bytes, { mode: 0o600 });
  return path;
}

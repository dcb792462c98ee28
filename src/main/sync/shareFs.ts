// The central share as the sync engine sees it: a folder of immutable files. Every file is
// written once, under a temporary name, then renamed into place (SMB clients cannot reopen a
// file for writing; cloud folders must never see half a file under its real name). Nothing
// here infers anything from modification times: `mtime` exists only so a writer can compare its
// own clock with the share's (a hint shown to people, never used to decide what to read or apply).

export interface ListOptions {
  /**
   * Only names that sort after this one (exclusive). A hint to save requests on an object store
   * (S3 StartAfter, Azure startFrom): a share may return more, so callers still filter.
   */
  after?: string;
}

/** One name in a listing with its size: object stores list sizes for free (no request per file). */
export interface ShareEntry {
  name: string;
  size: number;
}

export interface ShareFs {
  /** Names in a folder; a folder that does not exist (yet) lists as empty. */
  list(dir: string, options?: ListOptions): Promise<string[]>;
  /**
   * Names with sizes, files only. Optional: offered where the listing carries sizes anyway (object
   * stores); elsewhere callers ask `size` for the few files they need (see entriesOf).
   */
  listDetailed?(dir: string, options?: ListOptions): Promise<ShareEntry[]>;
  /** What kind of share this is; a folder when it does not say. */
  readonly backend?: 'folder' | 'azure' | 's3';
  /**
   * How `writeNew` refuses a taken name: 'atomic' when the share itself refuses it (a rename, an
   * If-None-Match: * write), 'check-then-write' when it looks first (a store that ignores or
   * rejects conditional writes). Every name has one writer and carries its hash, so both are safe
   * for sync; only two first computers setting up at once, or a copied computer, are best-effort.
   */
  readonly createOnly?: 'atomic' | 'check-then-write';
  /** When the credential stops working (an Azure SAS's expiry), ISO; null when it does not expire or say. */
  readonly credentialExpires?: string | null;
  /**
   * Setting up or joining: finds out whether the store really refuses a second create of one name,
   * by writing a scratch file under `dir` twice (and removing it where the credential may).
   * Optional: a folder needs no probe.
   */
  probe?(dir: string): Promise<'atomic' | 'check-then-write'>;
  /** The whole file. Throws (code ENOENT) if it is not there. For small files: see readChunks. */
  read(path: string): Promise<Uint8Array>;
  /**
   * The file in chunks, never holding it whole. Fails with code EFBIG, before reading anything,
   * when the file is larger than `maxBytes` (and again if it grows past it while being read).
   * Optional: a share without it is read with `read` after a size check (see chunksOf).
   */
  readChunks?(path: string, maxBytes: number): AsyncIterable<Uint8Array>;
  /** Size in bytes, or null if absent. */
  size(path: string): Promise<number | null>;
  /**
   * When the share says the file was last written (ms since 1970), or null if absent or the share
   * does not say. Optional: a share without it simply skips the writer's clock check.
   */
  mtime?(path: string): Promise<number | null>;
  /** Writes a new file atomically (temp name, flush, rename). Fails with EEXIST if the name is taken. */
  writeNew(path: string, data: Uint8Array): Promise<void>;
  /** Removes one of this installation's own files (never another's). */
  remove(path: string): Promise<void>;
  /** Creates a folder and its parents. */
  mkdirp(dir: string): Promise<void>;
  /** A human description for messages ("\\\\nas\\complaints" or a local path). */
  readonly label: string;
}

/** Paths on the share are '/'-separated and relative to its root. */
export const SHARE_FORMAT_FILE = 'redress-share.json';
export const replicaDir = (rid: string) => `replicas/${rid}`;
export const segmentDir = (rid: string) => `replicas/${rid}/seg`;
export const snapshotDir = (rid: string) => `replicas/${rid}/snap`;
export const blobDir = (rid: string) => `replicas/${rid}/blob`;

/** Names after `after` (exclusive), for shares that ignored the hint. */
export function namesAfter(names: string[], after: string | undefined): string[] {
  return after === undefined ? names : names.filter((n) => n > after);
}

/** A file too large to read: it is treated as unreadable (quarantined), never loaded into memory. */
export function tooLarge(path: string, size: number, maxBytes: number): Error & { code: string } {
  const mb = (n: number) => `${Math.ceil(n / 1_048_576)} MB`;
  return Object.assign(
    new Error(`it is larger than Redress reads (${mb(size)}; the limit is ${mb(maxBytes)})`),
    { code: 'EFBIG', path, size },
  );
}

/** A file's chunks through whichever way the share offers, capped at `maxBytes`. */
export async function* chunksOf(fs: ShareFs, path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
  if (fs.readChunks) {
    yield* fs.readChunks(path, maxBytes);
    return;
  }
  const size = await fs.size(path);
  if (size === null) throw Object.assign(new Error(`${path} is not there`), { code: 'ENOENT' });
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  const bytes = await fs.read(path);
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  yield bytes;
}

/** A small file read whole, with the same cap (format and hello files). */
export async function readCapped(fs: ShareFs, path: string, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunksOf(fs, path, maxBytes)) parts.push(chunk);
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** A share that stopped answering, or a sync being cancelled (guardedFs.ts): never one file's fault alone. */
export function isShareLevel(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ETIMEDOUT' || code === 'ABORT_ERR';
}

/** Errors that say something about one file (too big, not a file at all, not text), not about the share. */
export function isFileLevel(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return (
    error instanceof RangeError ||
    code === 'EFBIG' ||
    code === 'EISDIR' ||
    code === 'ELOOP' ||
    code === 'EINVAL'
  );
}

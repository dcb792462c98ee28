// The central share as the sync engine sees it: a folder of immutable files. Every file is
// written once, under a temporary name, then renamed into place (SMB clients cannot reopen a
// file for writing; cloud folders must never see half a file under its real name). Nothing
// here infers anything from modification times: `mtime` exists only so a writer can compare its
// own clock with the share's (a hint shown to people, never used to decide what to read or apply).

export interface ShareFs {
  /** Names in a folder; a folder that does not exist (yet) lists as empty. */
  list(dir: string): Promise<string[]>;
  /** The whole file. Throws (code ENOENT) if it is not there. */
  read(path: string): Promise<Uint8Array>;
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

// The case store's troubles in plain words. Whatever SQLite or the file system says — a full disk,
// a read-only folder, damaged pages, a file that has gone — reaches a person as one sentence that
// says what to do, carried by one typed error (STORE_UNAVAILABLE, with `problem` naming which).
import { AppError } from '../../shared/contract/errors';

export type StoreProblem =
  | 'damaged'
  | 'missing'
  | 'empty_file'
  | 'read_only'
  | 'disk_full'
  | 'disk_error'
  | 'network_folder'
  | 'cloud_folder'
  | 'not_a_folder';

export function storeUnavailable(
  problem: StoreProblem,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('STORE_UNAVAILABLE', message, { problem, ...details });
}

export const DISK_FULL_MESSAGE =
  'The disk is full, so Redress could not save: free some space on this computer and try again (nothing was half-saved).';

/** What to do about a damaged store, said the same way wherever it is found. */
export const DAMAGED_WAY_FORWARD =
  'Redress has not changed it: restore your latest backup into a new data folder (npm run cli -- restore --from FILE --data-dir NEW-FOLDER, or "Replacing a computer?" on a new computer), or rebuild this computer from the central share by joining it from a new data folder.';

function codeOf(error: unknown): string {
  return typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
}

/**
 * The plain sentence for a low-level error from the store's file or folder, or null when the
 * error is something else (a bug, which callers report as such). `dataDir` names the folder.
 */
export function plainStoreError(error: unknown, dataDir?: string): AppError | null {
  if (error instanceof AppError) return error.code === 'STORE_UNAVAILABLE' ? error : null;
  const code = codeOf(error);
  const folder = dataDir ? ` (${dataDir})` : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return storeUnavailable('disk_full', DISK_FULL_MESSAGE);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return storeUnavailable(
      'read_only',
      `Redress cannot write to its data folder${folder}: it is read-only or you do not have permission to change it, so choose a folder you can write to (--data-dir) or ask your administrator to fix its permissions.`,
      { dataDir },
    );
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return storeUnavailable(
      'damaged',
      `The case store${folder} is damaged (${(error as Error).message}). ${DAMAGED_WAY_FORWARD}`,
      { dataDir },
    );
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return storeUnavailable(
      'not_a_folder',
      `Redress cannot use ${dataDir ?? 'its data folder'} as its data folder: part of that path is a file, not a folder, so choose another folder with --data-dir.`,
      { dataDir },
    );
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'EIO')
    return storeUnavailable(
      'disk_error',
      `Redress could not read or write its case store${folder} (${code}): the disk may have been removed, be failing or be disconnected, so check it and start Redress again.`,
      { dataDir },
    );
  return null;
}

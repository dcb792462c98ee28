// Backup and restore as procedures: the whole store to one checked file, and back into an empty
// store. The app passes the file's text; scripts name a file, which is streamed both ways. Also
// copies of the store file itself (SQLite's online backup: by hand, and daily), which restore
// reads too, and the store's integrity check on demand.
import type {
  BackupFile,
  DailyBackups,
  RestoreResult,
  SavedBackup,
  SavedStoreCopy,
  StoreCheck,
} from '../../shared/contract/backup';
import { AppError } from '../../shared/contract/errors';
import { BackupError, restoreBackup, writeBackup } from '../store/backup';
import { fileLines, writeWholeFile } from '../store/backupIo';
import { isSqliteFile, opensWithKey, storeCopyAsBackup } from '../store/backupSqlite';
import type { ServiceContext } from '../store/context';
import { keepDailyBackup } from '../store/dailyBackups';
import { copyStore } from '../store/onlineBackup';
import { checkStore, plainStoreError } from '../store/storeHealth';

function header(ctx: ServiceContext) {
  return {
    exportedAt: ctx.now().toISOString(),
    installation: { id: ctx.installation.id, code: ctx.installation.code },
  };
}

/** For the app's download: the backup as text. */
export function exportBackup(ctx: ServiceContext): BackupFile {
  const chunks: string[] = [];
  const summary = writeBackup(ctx.sqlite, header(ctx), (chunk) => chunks.push(chunk));
  try {
    return { content: chunks.join(''), summary };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new AppError(
      'VALIDATION',
      'This case store is too large to download from the app. Make the backup from the command line: npm run cli -- export --json --out FILE',
    );
  }
}

/** For scripts: the backup written to `path` (replacing it only once the new one is whole). */
export function exportBackupToFile(ctx: ServiceContext, path: string): SavedBackup {
  try {
    const summary = writeWholeFile(path, (write) => writeBackup(ctx.sqlite, header(ctx), write));
    return { file: path, summary };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new AppError(
      'UNAVAILABLE',
      `The backup could not be written to ${path} (${code}). Nothing was changed there.`,
    );
  }
}

export async function restoreFromBackup(ctx: ServiceContext, content: string): Promise<RestoreResult> {
  return restore(ctx, content.split('\n'));
}

/** From a JSON backup or a copy of the store file (told apart by SQLite's header). */
export async function restoreFromBackupFile(ctx: ServiceContext, path: string): Promise<RestoreResult> {
  let copy: Awaited<ReturnType<typeof storeCopyAsBackup>> | null = null;
  try {
    try {
      if (isSqliteFile(path) || (ctx.storeKey && opensWithKey(path, ctx.storeKey)))
        copy = await storeCopyAsBackup(path, ctx.storeKey!);
    } catch (error) {
      if (error instanceof BackupError || !(error as NodeJS.ErrnoException).code) throw error;
      // Unreadable: the restore below says so in its own words.
    }
    return await restore(ctx, fileLines(copy ? copy.file : path), path);
  } catch (error) {
    throw restoreError(error, path);
  } finally {
    copy?.cleanup();
  }
}

/** For scripts: a copy of the store file, consistent even while the app writes to it. */
export async function copyStoreToFile(ctx: ServiceContext, path: string): Promise<SavedStoreCopy> {
  try {
    const { bytes } = await copyStore(ctx.sqlite, path);
    const cases = (ctx.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    return { file: path, bytes, cases };
  } catch (error) {
    const plain = plainStoreError(error);
    const code = (error as NodeJS.ErrnoException).code;
    if (plain?.details?.problem === 'disk_full')
      throw new AppError(
        'UNAVAILABLE',
        `The disk holding ${path} is full, so the copy was not made. Nothing was changed there.`,
      );
    if (!code) throw error;
    throw new AppError(
      'UNAVAILABLE',
      `The store copy could not be written to ${path} (${code}). Nothing was changed there.`,
    );
  }
}

export async function dailyBackup(ctx: ServiceContext): Promise<DailyBackups> {
  return keepDailyBackup(ctx.sqlite, ctx.dataDir, ctx.now());
}

export function checkStoreNow(ctx: ServiceContext): StoreCheck {
  return checkStore(ctx.sqlite, ctx.dataDir, ctx.now());
}

async function restore(ctx: ServiceContext, lines: Iterable<string>, path?: string): Promise<RestoreResult> {
  try {
    const { summary, maxHlc, me } = restoreBackup(ctx.sqlite, lines, ctx.installation.id);
    if (maxHlc) ctx.clock.receive(maxHlc);
    ctx.me = me;
    // The restored people sign in here with their own passwords (the key file follows the store).
    // The restore has committed, so a failure here does not undo its answer: the key file is
    // brought up to date at the next sign-in or write, and an unfinished re-key when the store opens.
    let recoveryKey: string | null = null;
    try {
      recoveryKey = (await ctx.session?.afterRestore()) ?? null;
    } catch (error) {
      // The kind of failure only: its message could quote a value.
      console.error(`Redress: the key file will be updated later (${(error as Error)?.name ?? 'error'}).`);
    }
    return { summary, officerName: me?.name ?? null, recoveryKey };
  } catch (error) {
    throw restoreError(error, path);
  }
}

function restoreError(error: unknown, path?: string): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof BackupError) {
    const code =
      error.reason === 'newer' ? 'STORE_TOO_NEW' : error.reason === 'not_empty' ? 'CONFLICT' : 'VALIDATION';
    return new AppError(code, error.message);
  }
  const errno = (error as NodeJS.ErrnoException).code;
  if (path && errno && !errno.startsWith('SQLITE_'))
    return new AppError(
      'VALIDATION',
      `Cannot read the backup file ${path} (${errno}). Nothing was restored.`,
    );
  return error;
}

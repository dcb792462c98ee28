// Backup and restore as procedures: the whole store to one checked file, and back into an empty
// store. The app passes the file's text; scripts name a file, which is streamed both ways.
import type { BackupFile, RestoreResult, SavedBackup } from '../../shared/contract/backup';
import { AppError } from '../../shared/contract/errors';
import { BackupError, restoreBackup, writeBackup } from '../store/backup';
import { fileLines, writeWholeFile } from '../store/backupIo';
import type { ServiceContext } from '../store/context';
import { loadMe } from './installation';

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

export async function restoreFromBackupFile(ctx: ServiceContext, path: string): Promise<RestoreResult> {
  return restore(ctx, fileLines(path), path);
}

async function restore(ctx: ServiceContext, lines: Iterable<string>, path?: string): Promise<RestoreResult> {
  try {
    const { summary, maxHlc } = restoreBackup(ctx.sqlite, lines, ctx.installation.id);
    if (maxHlc) ctx.clock.receive(maxHlc);
    ctx.me = await loadMe(ctx.db);
    return { summary, officerName: ctx.me?.name ?? null };
  } catch (error) {
    if (error instanceof BackupError) {
      const code =
        error.reason === 'newer' ? 'STORE_TOO_NEW' : error.reason === 'not_empty' ? 'CONFLICT' : 'VALIDATION';
      throw new AppError(code, error.message);
    }
    const errno = (error as NodeJS.ErrnoException).code;
    if (path && errno)
      throw new AppError(
        'VALIDATION',
        `Cannot read the backup file ${path} (${errno}). Nothing was restored.`,
      );
    throw error;
  }
}

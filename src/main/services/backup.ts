// Backup and restore as procedures: the whole store to one checked file, and back into an empty
// store. The file's reading and writing rules are the store's (store/backup.ts).
import type { BackupFile, RestoreResult } from '../../shared/contract/backup';
import { AppError } from '../../shared/contract/errors';
import { BackupError, notEmptyReason, readBackup, restoreBackup, writeBackup } from '../store/backup';
import type { ServiceContext } from '../store/context';
import { loadMe } from './installation';

export function exportBackup(ctx: ServiceContext): BackupFile {
  return writeBackup(ctx.sqlite, {
    exportedAt: ctx.now().toISOString(),
    installation: { id: ctx.installation.id, code: ctx.installation.code },
  });
}

export async function restoreFromBackup(ctx: ServiceContext, content: string): Promise<RestoreResult> {
  try {
    // Refuse a store with data before reading a large file.
    const busy = notEmptyReason(ctx.sqlite, ctx.installation.id);
    if (busy) throw new BackupError(busy, 'not_empty');
    const { document, summary } = readBackup(content);
    const { maxHlc } = restoreBackup(ctx.sqlite, document, ctx.installation.id);
    if (maxHlc) ctx.clock.receive(maxHlc);
    ctx.me = await loadMe(ctx.db);
    return { summary, officerName: ctx.me?.name ?? null };
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    const code =
      error.reason === 'newer' ? 'STORE_TOO_NEW' : error.reason === 'not_empty' ? 'CONFLICT' : 'VALIDATION';
    throw new AppError(code, error.message);
  }
}

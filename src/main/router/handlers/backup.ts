import type { backupProcedures } from '../../../shared/contract/backup';
import {
  checkStoreNow,
  copyStoreToFile,
  dailyBackup,
  exportBackup,
  exportBackupToFile,
  restoreFromBackup,
  restoreFromBackupFile,
} from '../../services/backup';
import type { HandlersFor } from '../types';
import { viewed } from '../../services/audit/recordView';

export const backupHandlers: HandlersFor<typeof backupProcedures> = {
  'backup.export': async (ctx) =>
    viewed(ctx, Promise.resolve(exportBackup(ctx)), () => ({
      action: 'backed_up',
      entity: 'store',
      id: ctx.installation.id,
    })),
  'backup.restore': (ctx, input) => restoreFromBackup(ctx, input.content),
  'backup.exportToFile': async (ctx, input) =>
    viewed(ctx, Promise.resolve(exportBackupToFile(ctx, input.path)), () => ({
      action: 'backed_up',
      entity: 'store',
      id: ctx.installation.id,
    })),
  'backup.restoreFromFile': (ctx, input) => restoreFromBackupFile(ctx, input.path),
  'backup.copyToFile': async (ctx, input) =>
    viewed(ctx, Promise.resolve(copyStoreToFile(ctx, input.path)), () => ({
      action: 'backed_up',
      entity: 'store',
      id: ctx.installation.id,
    })),
  'backup.daily': (ctx) => dailyBackup(ctx),
  'store.check': async (ctx) => checkStoreNow(ctx),
};

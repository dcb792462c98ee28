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

export const backupHandlers: HandlersFor<typeof backupProcedures> = {
  'backup.export': async (ctx) => exportBackup(ctx),
  'backup.restore': (ctx, input) => restoreFromBackup(ctx, input.content),
  'backup.exportToFile': async (ctx, input) => exportBackupToFile(ctx, input.path),
  'backup.restoreFromFile': (ctx, input) => restoreFromBackupFile(ctx, input.path),
  'backup.copyToFile': (ctx, input) => copyStoreToFile(ctx, input.path),
  'backup.daily': (ctx) => dailyBackup(ctx),
  'store.check': async (ctx) => checkStoreNow(ctx),
};

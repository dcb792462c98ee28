import type { backupProcedures } from '../../../shared/contract/backup';
import { exportBackup, restoreFromBackup } from '../../services/backup';
import type { HandlersFor } from '../types';

export const backupHandlers: HandlersFor<typeof backupProcedures> = {
  'backup.export': async (ctx) => exportBackup(ctx),
  'backup.restore': (ctx, input) => restoreFromBackup(ctx, input.content),
};

import type { shareProcedures } from '../../../shared/contract/share';
import {
  approveComputer,
  collectShareGarbage,
  connectShare,
  disconnectShare,
  joinShare,
  migrateShare,
  newIdentity,
  reidentifyShare,
  shareJoinCode,
  shareStatus,
  snapshotShare,
  stateHashNow,
  syncFolder,
  syncNow,
} from '../../services/share';
import type { HandlersFor } from '../types';

export const shareHandlers: HandlersFor<typeof shareProcedures> = {
  'share.status': (ctx) => shareStatus(ctx),
  'share.connect': (ctx, input) => connectShare(ctx, input),
  'share.disconnect': (ctx) => disconnectShare(ctx),
  'share.reidentify': (ctx, input) => reidentifyShare(ctx, input),
  'sync.now': (ctx) => syncNow(ctx),
  'share.join': (ctx, input) => joinShare(ctx, input),
  'share.newIdentity': (ctx, input) => newIdentity(ctx, input),
  'share.snapshot': (ctx, input) => snapshotShare(ctx, input.path),
  'share.gc': (ctx, input) => collectShareGarbage(ctx, input.path),
  'share.migrate': (ctx, input) => migrateShare(ctx, input),
  'sync.folder': (ctx, input) => syncFolder(ctx, input.path),
  'sync.stateHash': (ctx) => stateHashNow(ctx),
  'share.joinCode': (ctx) => shareJoinCode(ctx),
  'share.approve': (ctx, input) => approveComputer(ctx, input),
};

// The central share, as the app's procedures see it: the sync runtime does the work.
import { AppError } from '../../shared/contract/errors';
import type { ParsedInputOf } from '../../shared/contract';
import type { ShareStatus, SyncReport } from '../../shared/contract/types';
import type { ServiceContext, ShareControl } from '../store/context';

function runtime(ctx: ServiceContext): ShareControl {
  if (!ctx.sync) throw new AppError('INTERNAL', 'Sync is not available from here.');
  return ctx.sync;
}

export async function shareStatus(ctx: ServiceContext): Promise<ShareStatus> {
  return runtime(ctx).status();
}

export async function connectShare(
  ctx: ServiceContext,
  input: ParsedInputOf<'share.connect'>,
): Promise<ShareStatus> {
  return runtime(ctx).connect(input);
}

export async function reidentifyShare(
  ctx: ServiceContext,
  input: ParsedInputOf<'share.reidentify'>,
): Promise<ShareStatus> {
  return runtime(ctx).reidentify(input);
}

export async function disconnectShare(ctx: ServiceContext): Promise<ShareStatus> {
  return runtime(ctx).disconnect();
}

export async function syncNow(ctx: ServiceContext): Promise<SyncReport> {
  return runtime(ctx).syncNow();
}

// The central share, as the app's procedures see it: the sync runtime does the work.
import { AppError } from '../../shared/contract/errors';
import type { ParsedInputOf } from '../../shared/contract';
import type {
  JoinCode,
  NewIdentity,
  ShareGc,
  ShareMigration,
  ShareStatus,
  Snapshot,
  StateHash,
  SyncReport,
} from '../../shared/contract/types';
import type { ServiceContext, ShareControl } from '../store/context';
import { stateHash } from '../store/stateHash';

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

export async function joinShare(
  ctx: ServiceContext,
  input: ParsedInputOf<'share.join'>,
): Promise<ShareStatus> {
  return runtime(ctx).join(input);
}

export async function newIdentity(
  ctx: ServiceContext,
  input: ParsedInputOf<'share.newIdentity'>,
): Promise<NewIdentity> {
  return runtime(ctx).newIdentity(input);
}

export async function snapshotShare(ctx: ServiceContext, path: string): Promise<Snapshot> {
  return { snapshot: await runtime(ctx).snapshot(path) };
}

export async function collectShareGarbage(ctx: ServiceContext, path: string): Promise<ShareGc> {
  return runtime(ctx).gc(path);
}

export async function migrateShare(
  ctx: ServiceContext,
  input: ParsedInputOf<'share.migrate'>,
): Promise<ShareMigration> {
  return runtime(ctx).migrate(input);
}

export async function syncFolder(ctx: ServiceContext, path: string): Promise<SyncReport> {
  return runtime(ctx).syncFolder(path);
}

export async function stateHashNow(ctx: ServiceContext): Promise<StateHash> {
  return { stateHash: stateHash(ctx.sqlite) };
}

export async function shareJoinCode(ctx: ServiceContext): Promise<JoinCode> {
  return runtime(ctx).joinCode();
}

export async function approveComputer(
  ctx: ServiceContext,
  input: ParsedInputOf<'share.approve'>,
): Promise<ShareStatus> {
  return runtime(ctx).approve(input.replicaId);
}

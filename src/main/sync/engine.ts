// The sync engine: set up or join a share, and sync (bootstrap from a snapshot the first time,
// read others' new segments, write our own). Independent of Electron and of the UI; the merge
// rules it applies are the pure functions in src/shared/sync.
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import type { SyncReport } from '../../shared/contract/types';
import { SCHEMA_VERSION } from '../db/migrations';
import type { SyncContext } from './port';
import { Applier, type ApplyResult } from './apply';
import { exportChangesChecked, outboxSize } from './exporter';
import { clearFork, forkDetected, type FormerIdentity, formerIdentities } from './identity';
import { catchUpSearch } from '../store/searchCatchUp';
import { importChanges } from './importer';
import { noteInvalid, noteRejected } from './refused';
import { freeCode, type Hello, readHellos, readShareFormat, writeHello, writeShareFormat } from './share';
import {
  invitePath,
  inviteIdOf,
  joinProof,
  normaliseJoinCode,
  openInvitation,
  proofKeyOf,
  WRONG_CODE,
} from './joinCode';
import { hasShareKeys, installationKeys, keepShareKey, shareKeyOf, trustedKeys, trustKeys } from './keyring';
import { newShareKey } from './shareCrypto';
import { ownSigner } from './signing';
import { acceptJoinRequests, issueJoinCode, readVouches, vouchFor } from './vouches';
import { readCapped } from './shareFs';
import { uuidv7 } from '../../shared/domain/ids';
import type { ShareFs } from './shareFs';
import { bootstrapFromSnapshot } from './snapshot';
import { blobsWaiting, uploadBlobs } from './blobs';
import { finishErasures } from './erasureShare';
import { storeAccess, type AtStore } from './storeAccess';
import { ListedOnce } from './listedOnce';
import {
  afterLook,
  BACKSTOP_MS,
  leaveTip,
  lookAtTips,
  readTipState,
  saveTipState,
  type TipState,
} from './tips';
import { ERASURE_SHARE_DUE } from '../store/erasure';
import { readMeta as meta, writeMeta as setMeta } from '../store/meta';

export interface SyncOptions {
  deviceLabel?: string | null;
  /** Joining: the join code shown on a computer already in the share. */
  code?: string | null;
  /**
   * Setting up: false sets up a share whose files are not encrypted (still signed). Only for
   * measuring what encryption costs (bench/sync.ts); never offered to people.
   */
  encryption?: boolean;
  /**
   * Stop after one listing of the share's tips when no other computer wrote since and nothing
   * here waits to go out (tips.ts). The running app's syncs after its first; never a script's.
   */
  skipIfQuiet?: boolean;
  /** Changes stamped further ahead of this computer's clock than this are held (default 24 h). */
  maxAheadMs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The first installation sets up the share in an empty folder, then joins it. */
export async function createShare(ctx: SyncContext, fs: ShareFs, options: SyncOptions = {}): Promise<void> {
  if (await readShareFormat(fs)) {
    throw new AppError(
      'CONFLICT',
      `${fs.label} already holds a Redress share: join it instead of setting up a new one.`,
    );
  }
  const format = await writeShareFormat(
    fs,
    ctx.installation.id,
    ctx.now().toISOString(),
    options.encryption === false ? 'none' : 'aes-256-gcm',
  );
  // The share key is born with the share; this computer's signing key is the first one trusted.
  await storeAccess(ctx)((db) =>
    db.transaction(() => {
      keepShareKey(db, options.encryption === false ? null : newShareKey());
      ownSigner(db);
      setMeta(db, 'share_id', format.shareId);
    })(),
  );
  await joinShare(ctx, fs, options);
}

export const NEEDS_CODE =
  'This central share is encrypted: to join it, ask someone whose computer is already in the share for a join code (Settings → Central share → Show a join code) and enter it here.';

/**
 * Joining with a join code: the invitation it opens gives this computer the share key and the
 * keys to trust; the proof it writes in its hello lets the inviting computer vouch for this one.
 */
async function redeemJoinCode(ctx: SyncContext, fs: ShareFs, typed: string, shareId: string): Promise<void> {
  const code = normaliseJoinCode(typed);
  if (!code)
    throw new AppError(
      'VALIDATION',
      'A join code is 20 letters and digits in four groups of five, like 7K3QM-XP2RD-H9TVA-4WNBE.',
    );
  const id = inviteIdOf(code);
  let sealed: Uint8Array;
  try {
    sealed = await readCapped(fs, invitePath(id), 65_536);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === 'ENOENT' || errno === 'EFBIG') throw new AppError('VALIDATION', WRONG_CODE);
    throw error;
  }
  const invitation = openInvitation(code, sealed);
  if (invitation.shareId !== shareId) throw new AppError('VALIDATION', WRONG_CODE);
  if (invitation.expiresAt <= ctx.now().toISOString())
    throw new AppError(
      'VALIDATION',
      'That join code has expired (a code works for 24 hours). Ask for a new one in Settings → Central share on a computer already in the share.',
    );
  const at = ctx.now().toISOString();
  await storeAccess(ctx)((db) =>
    db.transaction(() => {
      keepShareKey(db, invitation.shareKey ? Buffer.from(invitation.shareKey, 'base64') : null);
      trustKeys(
        db,
        (Array.isArray(invitation.trusted) ? invitation.trusted : []).map((t) => ({
          publicKey: t.publicKey,
          rid: t.rid,
          how: 'invite' as const,
          at,
        })),
      );
      const signer = ownSigner(db);
      setMeta(
        db,
        'share_join_proof',
        JSON.stringify({
          invite: id,
          mac: joinProof(proofKeyOf(code), ctx.installation.id, signer.publicKey),
        }),
      );
    })(),
  );
}

/** Joins the share in this folder: checks it, keeps our case-reference code unique on it, says hello. */
export async function joinShare(ctx: SyncContext, fs: ShareFs, options: SyncOptions = {}): Promise<void> {
  const format = await readShareFormat(fs);
  if (!format) {
    throw new AppError(
      'NOT_FOUND',
      `There is no Redress share in ${fs.label}. Check the folder, or set up a new share there if this is the first computer.`,
    );
  }
  const store = storeAccess(ctx);
  const joined = await store((db) => meta(db, 'share_id'));
  if (joined && joined !== format.shareId) {
    throw new AppError(
      'CONFLICT',
      'This computer’s cases already belong to a different central share; it cannot join a second one.',
    );
  }
  if (!(joined === format.shareId && (await store(hasShareKeys)))) {
    if (!options.code) throw new AppError('CONFLICT', NEEDS_CODE);
    await redeemJoinCode(ctx, fs, options.code, format.shareId);
  }
  const hellos = await readHellos(fs, store, ctx.installation.id);
  const code = freeCode(ctx.installation.code, new Set(hellos.map((h) => h.code)));
  if (code !== ctx.installation.code) {
    // Only references issued from now on change; those already shown keep their code.
    await store((db) => setMeta(db, 'installation_code', code));
    ctx.installation.code = code;
  }
  const label = await store(
    (db) => options.deviceLabel || meta(db, 'device_label') || `${ctx.me?.name ?? 'Redress'}’s computer`,
  );
  const hello = await store((db) => helloOf(ctx, db, label));
  await writeHello(fs, await store(shareKeyOf), hello);
  await store((db) =>
    db.transaction(() => {
      setMeta(db, 'share_id', format.shareId);
      setMeta(db, 'share_path', fs.label);
      setMeta(db, 'device_label', label);
    })(),
  );
  // The hello is news to everyone (and to the computer whose join code this was).
  await leaveTip(store, fs, ctx.installation.id, ctx.now());
}

/** This installation's hello: its label, reference code, public key (and join proof, after a code). */
function helloOf(ctx: SyncContext, db: BetterSqlite3.Database, label: string): Hello {
  const proof = meta(db, 'share_join_proof');
  return {
    rid: ctx.installation.id,
    label,
    code: ctx.installation.code,
    schema: SCHEMA_VERSION,
    writtenAt: ctx.now().toISOString(),
    publicKey: ownSigner(db).publicKey,
    ...(proof ? { joinProof: JSON.parse(proof) as Hello['joinProof'] } : {}),
  };
}

/** What a sync that found nothing new and had nothing to send reports (after one request). */
const QUIET: Omit<SyncReport, 'millis'> = {
  imported: 0,
  exported: 0,
  segmentsRead: 0,
  held: 0,
  quarantined: 0,
  conflicts: 0,
  searchMillis: 0,
  quiet: true,
};

/**
 * Something here must go out (so the sync cannot stop at the tips): changes not yet written, a
 * hello, files not yet uploaded, an erasure's clean-up, or a tip a sync could not leave.
 */
function waitingToGoOut(db: BetterSqlite3.Database, ctx: SyncContext, tips: TipState): boolean {
  const me = ctx.installation.id;
  if (tips.due || meta(db, 'hello_pending') || meta(db, ERASURE_SHARE_DUE)) return true;
  // A forked identity sends nothing, so what it keeps is not waiting.
  if (forkDetected(db, me)) return false;
  return outboxSize(db, me) > 0 || blobsWaiting(db, ctx.dataDir);
}

/**
 * One sync. With `skipIfQuiet` (the running app's syncs after its first), it first lists the
 * share's tips (tips.ts): when no other computer has written since, nothing here waits to go out
 * and a full sync is not due, that one request is the whole sync. Otherwise a full sync:
 * bootstrap (first time), import, export, and a tip when it wrote anything. Safe to interrupt
 * at any point.
 */
export async function syncOnce(
  ctx: SyncContext,
  fs: ShareFs,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const started = performance.now();
  const store = storeAccess(ctx);
  const me = ctx.installation.id;
  const before = await store((db) => {
    const tips = readTipState(db);
    return { tips, waiting: waitingToGoOut(db, ctx, tips) };
  });
  const look = await lookAtTips(fs, before.tips, me);
  const backstopDue = before.tips.fullAt === null || ctx.now().getTime() - before.tips.fullAt >= BACKSTOP_MS;
  if (options.skipIfQuiet && look && !look.changed && !before.waiting && !backstopDue) {
    await store((db) =>
      db.transaction(() => {
        saveTipState(db, afterLook(readTipState(db), look, ctx.now().getTime()));
        setMeta(db, 'last_sync_at', ctx.now().toISOString());
      })(),
    );
    return { ...QUIET, millis: Math.round(performance.now() - started) };
  }
  // What waits to go out is owed a tip even if this sync is cut short after sending it.
  if (before.waiting) await store((db) => saveTipState(db, { ...readTipState(db), due: true }));
  // The thorough fork check (our whole folder) on every sync but those the tips started.
  const report = await fullSync(
    ctx,
    fs,
    { ...options, thorough: !options.skipIfQuiet || backstopDue },
    started,
  );
  const due = await store((db) => {
    const state = afterLook(readTipState(db), look, ctx.now().getTime());
    // A forked identity writes nothing at all on the share, not even a hint.
    const due = !report.forked && (state.due || report.wrote);
    saveTipState(db, { ...state, fullAt: ctx.now().getTime(), due });
    return due;
  });
  if (due) await leaveTip(store, fs, me, ctx.now());
  const { wrote: _wrote, ...rest } = report;
  return rest;
}

/** Bootstrap (first time), import, export; says whether anything went on the share for others to read. */
async function fullSync(
  ctx: SyncContext,
  shareFs: ShareFs,
  options: SyncOptions & { thorough: boolean },
  started: number,
): Promise<SyncReport & { wrote: boolean }> {
  // Hellos, vouches and the importer walk the same folders: each is listed once per sync.
  const fs = new ListedOnce(shareFs);
  const format = await readShareFormat(fs);
  if (!format)
    throw Object.assign(new Error(`The central share is not reachable at ${fs.label}.`), { code: 'ENOENT' });
  const store = storeAccess(ctx);
  const joined = await store((db) => meta(db, 'share_id'));
  if (joined !== format.shareId) {
    throw new AppError(
      'CONFLICT',
      joined
        ? 'That folder holds a different central share from the one this computer belongs to.'
        : 'Join the share first.',
    );
  }
  if (!(await store(hasShareKeys))) throw new AppError('CONFLICT', NEEDS_CODE);
  await readHellos(fs, store, ctx.installation.id);
  // Who to trust: newcomers that used our join codes, then every vouch signed by a trusted key.
  const vouched = await acceptJoinRequests(store, fs, ctx.installation.id, ctx.now());
  await readVouches(store, fs, ctx.installation.id);
  // A new identity whose hello did not get out.
  const helloDue = !!(await store((db) => meta(db, 'hello_pending')));
  if (helloDue) await sayHello(ctx, store, fs);
  // Once per schema version: what an older version of this installation kept unapplied.
  const replayed = await store((db) => {
    if (meta(db, 'pending_replayed_for') === String(SCHEMA_VERSION)) return 0;
    return db.transaction(() => {
      const result = new Applier(db).replayUnderstood(ctx.now().toISOString());
      noteRefusedOf(db, result, ctx.now().toISOString());
      setMeta(db, 'pending_replayed_for', String(SCHEMA_VERSION));
      return result.applied;
    })();
  });
  const boot = (await bootstrapFromSnapshot(store, fs, ctx)) + replayed;
  const imported = await importChanges({
    store,
    fs,
    me: ctx.installation.id,
    code: ctx.installation.code,
    clock: ctx.clock,
    domain: ctx.domain,
    now: ctx.now,
    maxAheadMs: options.maxAheadMs,
    onProgress: options.onProgress,
  });
  const merged = performance.now();
  const reindexed = await store((db) => catchUpSearch(db));
  const searchMillis = Math.round(performance.now() - merged);
  // After a big merge, fold the write-ahead log back now rather than on the next small write.
  if (imported.imported + boot + reindexed > 10_000)
    await store((db) => db.pragma('wal_checkpoint(TRUNCATE)'));
  // An erasure applied here (made here or just read) cleans our own files first (erasureShare.ts).
  const erased =
    !(await store((db) => forkDetected(db, ctx.installation.id))) && (await finishErasures(ctx, store, fs));
  const { exported, forked } = await exportChangesChecked(store, fs, ctx.installation.id, {
    now: ctx.now,
    thorough: options.thorough,
  });
  // The files of attachments made here go up after their records (a reader shows "not yet
  // arrived" in between); a forked identity shares nothing.
  const uploaded = forked ? 0 : await uploadBlobs(ctx, store, fs);
  await store((db) => setMeta(db, 'last_sync_at', ctx.now().toISOString()));
  return {
    ...imported,
    imported: imported.imported + boot,
    exported,
    millis: Math.round(performance.now() - started),
    searchMillis,
    ...(forked ? { forked } : {}),
    wrote: vouched > 0 || helloDue || erased || exported > 0 || uploaded > 0,
  };
}

function noteRefusedOf(db: BetterSqlite3.Database, result: ApplyResult, at: string): void {
  if (result.rejected.length) noteRejected(db, null, result.rejected, at);
  if (result.invalid.length) noteInvalid(db, result.invalid, at);
}

export { SNAPSHOT_EVERY_CHANGES, snapshotDue, writeSnapshot } from './snapshot';

async function sayHello(ctx: SyncContext, store: AtStore, fs: ShareFs): Promise<void> {
  const { hello, key } = await store((db) => ({
    hello: helloOf(ctx, db, meta(db, 'device_label') || `${ctx.me?.name ?? 'Redress'}’s computer`),
    key: shareKeyOf(db),
  }));
  await writeHello(fs, key, hello);
  await store((db) => db.prepare(`DELETE FROM meta WHERE key = 'hello_pending'`).run());
}

export interface Reidentified {
  previousId: string;
  id: string;
  code: string;
}

/**
 * The fix for a copied computer (see identity.ts): this installation takes a new id and a
 * reference code no other computer on the share uses, says hello under it, and its next export
 * writes all of its own changes again under the new id (original ids and clock values, so nothing
 * is duplicated anywhere). The old id's folder becomes "another computer" to it, so what the other
 * computer wrote there comes in too. Only offered while the fork item is open.
 */
export async function reidentify(
  ctx: SyncContext,
  fs: ShareFs,
  options: { deviceLabel?: string | null } = {},
): Promise<Reidentified> {
  const format = await readShareFormat(fs);
  if (!format)
    throw Object.assign(new Error(`The central share is not reachable at ${fs.label}.`), { code: 'ENOENT' });
  const store = storeAccess(ctx);
  const check = (db: BetterSqlite3.Database) => {
    if (meta(db, 'share_id') !== format.shareId) {
      throw new AppError(
        'CONFLICT',
        'That folder holds a different central share from the one this computer belongs to.',
      );
    }
    if (!forkDetected(db, ctx.installation.id)) {
      throw new AppError(
        'CONFLICT',
        'No other computer is using this computer’s identity on the share, so there is nothing to sort out.',
      );
    }
  };
  await store(check);
  const id = uuidv7();
  const node = id.replace(/-/g, '').slice(-16);
  // The old identity now counts as another computer: its code (still used by the other
  // computer) and every other computer's are taken.
  const hellos = await readHellos(fs, store, id);
  // The switch itself is one piece of store work: no write can slip in between the last change
  // counted under the old identity and the first made under the new one.
  const old = await store((db) => {
    check(db);
    const old = { ...ctx.installation };
    const taken = new Set([
      old.code,
      ...hellos.map((h) => h.code),
      ...formerIdentities(db).map((f) => f.code),
      ...(
        db.prepare('SELECT code FROM sync_replicas WHERE code IS NOT NULL').all() as Array<{ code: string }>
      ).map((r) => r.code),
    ]);
    const code = freeCode(old.code, taken);
    const at = ctx.now().toISOString();
    const upToChange = (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM changes').get() as { n: number })
      .n;
    const former: FormerIdentity[] = [
      ...formerIdentities(db),
      { rid: old.id, code: old.code, upToChange, until: at },
    ];
    db.transaction(() => {
      setMeta(db, 'former_installations', JSON.stringify(former));
      setMeta(db, 'installation_id', id);
      setMeta(db, 'installation_code', code);
      if (options.deviceLabel) setMeta(db, 'device_label', options.deviceLabel);
      setMeta(db, 'hello_pending', '1');
      // What we wrote under the old id stays there; under the new one we start again at 1.
      db.prepare('DELETE FROM sync_exports').run();
      // Others' acknowledgements counted the old identity's files.
      db.prepare('UPDATE sync_replicas SET acked_our_seq = NULL').run();
      clearFork(db, old.id, at);
    })();
    // From here on, new changes carry the new id and clock node (the node is not persisted: it
    // comes from the id when the store opens).
    ctx.clock.rekey(node);
    ctx.installation.id = id;
    ctx.installation.code = code;
    ctx.installation.node = node;
    return old;
  });
  try {
    await sayHello(ctx, store, fs);
    await leaveTip(store, fs, ctx.installation.id, ctx.now());
  } catch {
    // The switch is made and kept; the next sync says hello (hello_pending) before writing anything.
  }
  return { previousId: old.id, id, code: ctx.installation.code };
}

/** Checks the folder is this computer's share (the one it joined), for the trust steps below. */
async function ownShare(ctx: SyncContext, fs: ShareFs) {
  const format = await readShareFormat(fs);
  if (!format)
    throw Object.assign(new Error(`The central share is not reachable at ${fs.label}.`), { code: 'ENOENT' });
  const store = storeAccess(ctx);
  if ((await store((db) => meta(db, 'share_id'))) !== format.shareId)
    throw new AppError('CONFLICT', 'Join the share first.');
  return { format, store };
}

/** A join code for a new computer (Settings → Central share), valid once, for 24 hours. */
export async function newJoinCode(
  ctx: SyncContext,
  fs: ShareFs,
): Promise<{ code: string; expiresAt: string }> {
  const { format, store } = await ownShare(ctx, fs);
  const issued = await issueJoinCode(store, fs, ctx.installation.id, format.shareId, ctx.now());
  await leaveTip(store, fs, ctx.installation.id, ctx.now());
  return issued;
}

/** An administrator's approval of a computer that joined without a code: its key is vouched for. */
export async function approveInstallation(ctx: SyncContext, fs: ShareFs, rid: string): Promise<void> {
  const { store } = await ownShare(ctx, fs);
  await readHellos(fs, store, ctx.installation.id);
  const publicKey = await store((db) => installationKeys(db)[rid] ?? null);
  if (!publicKey)
    throw new AppError(
      'NOT_FOUND',
      'That computer has not said hello on the share yet (or is not on it): let it connect first, then approve it.',
    );
  if (await store((db) => trustedKeys(db)[publicKey]))
    throw new AppError('CONFLICT', 'That computer is already approved.');
  await vouchFor(store, fs, ctx.installation.id, [
    { rid, publicKey, how: 'approval', at: ctx.now().toISOString() },
  ]);
  await leaveTip(store, fs, ctx.installation.id, ctx.now());
}

/**
 * What a sync does first about trust, on its own: newcomers that used this computer's join codes
 * are vouched for, and vouches on the share are taken in.
 */
export async function admitNewcomers(ctx: SyncContext, fs: ShareFs): Promise<number> {
  const { store } = await ownShare(ctx, fs);
  await readHellos(fs, store, ctx.installation.id);
  const accepted = await acceptJoinRequests(store, fs, ctx.installation.id, ctx.now());
  await readVouches(store, fs, ctx.installation.id);
  if (accepted) await leaveTip(store, fs, ctx.installation.id, ctx.now());
  return accepted;
}

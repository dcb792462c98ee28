// Sync as the running app sees it: one sync at a time, soon after every write and every half
// minute while a share is set up, never blocking a window (it runs in the domain process), with
// a status the header indicator can show.
import { AppError } from '../../shared/contract/errors';
import type { DeviceStatus, ShareStatus, SyncReport } from '../../shared/contract/types';
import type { SyncContext } from './port';
import type { ShareJoinInput } from '../store/context';
import {
  approveInstallation,
  createShare,
  joinShare,
  newJoinCode,
  reidentify,
  snapshotDue,
  syncOnce,
  writeSnapshot,
} from './engine';
import { installationKeys, trustedKeys } from './keyring';
import { outboxSize } from './exporter';
import { GuardedShareFs, ShareNotRespondingError, StalledCalls, SyncCancelledError } from './guardedFs';
import { NodeShareFs } from './nodeShareFs';
import type { ShareFs } from './shareFs';
import { fetchMissingBlobs, getBlob } from './blobs';
import { storeAccess } from './storeAccess';

const UNREACHABLE = new Set([
  'ENOENT',
  'EIO',
  'EACCES',
  'EPERM',
  'ENOTCONN',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EROFS',
  'ENOTDIR',
  'ESTALE',
]);

export interface SyncRuntimeOptions {
  intervalMs?: number;
  debounceMs?: number;
  makeFs?: (path: string) => ShareFs;
  /** How long one share operation may take before the share counts as not responding (guardedFs.ts). */
  shareTimeoutMs?: number;
}

export class SyncRuntime {
  private running: Promise<SyncReport> | null = null;
  private progress: { done: number; total: number } | null = null;
  private lastError: string | null = null;
  private unreachable = false;
  private timer: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private readonly rawFs: (path: string) => ShareFs;
  /** Share calls that timed out and are still out: never started again behind themselves. */
  private readonly stalled = new StalledCalls();
  /** Cancels the share work under way (stop, disconnect, or `cancel`). */
  private abort = new AbortController();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: SyncContext,
    private readonly options: SyncRuntimeOptions = {},
  ) {
    this.rawFs = options.makeFs ?? ((path) => new NodeShareFs(path));
  }

  /** Every share operation sync makes has a deadline and can be cancelled. */
  private makeFs(path: string): ShareFs {
    if (this.abort.signal.aborted) this.abort = new AbortController();
    return new GuardedShareFs(this.rawFs(path), {
      timeoutMs: this.options.shareTimeoutMs,
      signal: this.abort.signal,
      stalled: this.stalled,
    });
  }

  /**
   * Share work (syncs, joins, snapshots, a new identity) runs one at a time, in the order asked
   * for. The store's connection used to serialize it; now nothing holds the store across share
   * I/O, so this does.
   */
  private one<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Stops the share work under way at once (it ends with "stopped"); nothing half-applied is kept. */
  cancel(): void {
    this.abort.abort();
  }

  private meta(key: string): string | null {
    return (
      (
        this.ctx.sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
          { value: string } | undefined
      )?.value ?? null
    );
  }

  /** Starts syncing in the background: on a timer, and shortly after each write. */
  start(): void {
    this.timer ??= setInterval(() => void this.syncQuietly(), this.options.intervalMs ?? 30_000);
    this.timer.unref?.();
    void this.syncQuietly();
  }

  /** Stops the timers and lets a sync under way finish (so the store can close cleanly). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.debounce) clearTimeout(this.debounce);
    this.timer = this.debounce = null;
    // Closing never waits on a share that stopped answering (a sync, a join, a snapshot…).
    this.cancel();
    await this.running?.catch(() => undefined);
    await this.tail;
  }

  afterWrite(): void {
    if (!this.timer) return;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncQuietly(), this.options.debounceMs ?? 3_000);
    this.debounce.unref?.();
  }

  private async syncQuietly(): Promise<void> {
    if (!this.meta('share_path')) return;
    await this.syncNow().catch(() => undefined); // the status shows what went wrong
  }

  async connect(input: ShareJoinInput): Promise<ShareStatus> {
    await this.join(input);
    await this.syncNow().catch(() => undefined);
    return this.status();
  }

  async join(input: ShareJoinInput): Promise<ShareStatus> {
    const fs = this.makeFs(input.path);
    try {
      await this.one(() =>
        input.create
          ? createShare(this.ctx, fs, { deviceLabel: input.deviceLabel })
          : joinShare(this.ctx, fs, { deviceLabel: input.deviceLabel, code: input.code ?? null }),
      );
    } catch (error) {
      throw this.explain(error, input.path);
    }
    return this.status();
  }

  private sharePath(): string {
    const path = this.meta('share_path');
    if (!path)
      throw new AppError(
        'NOT_SET_UP',
        'No central share is set up on this computer. Choose one in Settings.',
      );
    return path;
  }

  /** A join code for a new computer; its invitation goes on the share now. */
  async joinCode(): Promise<{ code: string; expiresAt: string }> {
    const path = this.sharePath();
    try {
      return await this.one(() => newJoinCode(this.ctx, this.makeFs(path)));
    } catch (error) {
      throw this.explain(error, path);
    }
  }

  /** Approves a computer that joined without a code, then syncs (its held changes come in). */
  async approve(replicaId: string): Promise<ShareStatus> {
    const path = this.sharePath();
    try {
      await this.one(() => approveInstallation(this.ctx, this.makeFs(path), replicaId));
    } catch (error) {
      throw this.explain(error, path);
    }
    await this.syncNow().catch(() => undefined);
    return this.status();
  }

  /** Gives this computer a new identity on the share (the fix for a `fork` item), then syncs. */
  async reidentify(input: { deviceLabel: string | null }): Promise<ShareStatus> {
    const path = this.meta('share_path');
    if (!path)
      throw new AppError(
        'NOT_SET_UP',
        'No central share is set up on this computer. Choose one in Settings.',
      );
    await this.newIdentity({ path, deviceLabel: input.deviceLabel });
    await this.syncNow().catch(() => undefined); // the status shows what went wrong
    return this.status();
  }

  async newIdentity(input: { path: string; deviceLabel: string | null }): Promise<{ code: string }> {
    try {
      const { code } = await this.one(() =>
        reidentify(this.ctx, this.makeFs(input.path), { deviceLabel: input.deviceLabel }),
      );
      return { code };
    } catch (error) {
      throw this.explain(error, input.path);
    }
  }

  /** A script's step: waits for a background sync under way, then writes the snapshot. */
  async snapshot(path: string): Promise<string> {
    try {
      return await this.one(() => writeSnapshot(this.ctx, this.makeFs(path)));
    } catch (error) {
      throw this.explain(error, path);
    }
  }

  /**
   * A script's sync (`sync --share DIR`): with the folder it names, reported in full and failing
   * loudly. Unlike syncNow it writes no snapshot (that is `share snapshot`, or the running app's).
   */
  async syncFolder(path: string): Promise<SyncReport> {
    try {
      const fs = this.makeFs(path);
      return await this.one(async () => {
        const report = await syncOnce(this.ctx, fs);
        // A script waits for the files too: its process may end as soon as this returns.
        await fetchMissingBlobs(this.ctx, storeAccess(this.ctx), fs);
        return report;
      });
    } catch (error) {
      throw this.explain(error, path);
    }
  }

  /**
   * An attachment's file from the share, when someone opens one not here yet (or damaged here):
   * null when no share is set up or no intact copy is on it. Runs beside a sync (it touches only
   * the blob folder, never the store), under the share's deadline.
   */
  async fetchBlob(hash: string): Promise<Uint8Array | null> {
    const path = this.meta('share_path');
    if (!path) return null;
    try {
      return await getBlob(this.ctx, this.makeFs(path), hash);
    } catch (error) {
      throw this.explain(error, path);
    }
  }

  /** After a sync, the files of attachments that arrived are fetched in the background, one sync's worth at a time. */
  private fetchInBackground(fs: ShareFs): void {
    void this.one(() => fetchMissingBlobs(this.ctx, storeAccess(this.ctx), fs)).catch(() => undefined);
  }

  disconnect(): ShareStatus {
    this.cancel();
    // The share's id stays: this computer may rejoin the same share, never another.
    this.ctx.sqlite.prepare(`DELETE FROM meta WHERE key = 'share_path'`).run();
    this.lastError = null;
    this.unreachable = false;
    return this.status();
  }

  /** Syncs now, or joins the sync already under way. */
  syncNow(): Promise<SyncReport> {
    const path = this.meta('share_path');
    if (!path)
      return Promise.reject(
        new AppError('NOT_SET_UP', 'No central share is set up on this computer. Choose one in Settings.'),
      );
    this.running ??= (async () => {
      try {
        const fs = this.makeFs(path);
        const report = await this.one(async () => {
          const report = await syncOnce(this.ctx, fs, {
            onProgress: (done, total) => (this.progress = { done, total }),
          });
          if (!report.forked && snapshotDue(this.ctx)) await writeSnapshot(this.ctx, fs);
          return report;
        });
        this.fetchInBackground(fs);
        // Nothing goes out while another computer writes as this one: say so, not "syncing" forever.
        this.lastError = report.forked
          ? 'Another computer is using this computer’s identity on the share. Changes made here are kept but not shared: see Needs attention.'
          : null;
        this.unreachable = false;
        return report;
      } catch (error) {
        const explained = this.explain(error, path);
        this.lastError = explained.message;
        throw explained;
      } finally {
        this.progress = null;
        this.running = null;
      }
    })();
    return this.running;
  }

  private explain(error: unknown, path: string): AppError {
    if (error instanceof AppError) return error;
    if (error instanceof ShareNotRespondingError) {
      this.unreachable = true;
      return new AppError(
        'UNAVAILABLE',
        `The share is not responding: the central share at ${path} stopped answering, so this sync was given up. Your work is kept on this computer and will go out when it answers again.`,
        { errno: 'ETIMEDOUT' },
      );
    }
    if (error instanceof SyncCancelledError)
      return new AppError('UNAVAILABLE', 'Sync was stopped before it finished; it starts again later.', {
        errno: 'ABORT_ERR',
      });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (UNREACHABLE.has(code)) {
      this.unreachable = true;
      const why =
        code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'this computer may not write to it'
          : 'it may be offline or not mounted';
      return new AppError(
        'UNAVAILABLE',
        `The central share at ${path} cannot be used right now (${why}). Your work is kept on this computer and will go out when it can.`,
        { errno: code },
      );
    }
    return new AppError('INTERNAL', `Sync failed: ${(error as Error).message}`);
  }

  status(): ShareStatus {
    const db = this.ctx.sqlite;
    const path = this.meta('share_path');
    const outbox = outboxSize(db, this.ctx.installation.id);
    const trusted = trustedKeys(db);
    const keyOf = installationKeys(db);
    const devices: DeviceStatus[] = (
      db
        .prepare(
          'SELECT rid, label, code, last_seen_at, last_hlc, acked_our_seq, held FROM sync_replicas ORDER BY label',
        )
        .all() as Array<{
        rid: string;
        label: string | null;
        code: string | null;
        last_seen_at: string | null;
        last_hlc: string | null;
        acked_our_seq: number | null;
        held: number;
      }>
    ).map((r) => ({
      replicaId: r.rid,
      label: r.label ?? 'Another computer',
      code: r.code,
      lastSeenAt: r.last_seen_at,
      lastChangeAt: r.last_hlc ? r.last_hlc.slice(0, 24) : null,
      behind: r.acked_our_seq === null ? null : Math.max(0, this.ourLastSegment() - r.acked_our_seq),
      held: r.held === 1,
      approved: !!keyOf[r.rid] && !!trusted[keyOf[r.rid]!],
    }));
    const attention = (
      db.prepare('SELECT count(*) AS n FROM attention WHERE resolved_at IS NULL').get() as { n: number }
    ).n;
    const state: ShareStatus['state'] = !path
      ? 'not_set_up'
      : this.running
        ? 'syncing'
        : this.unreachable
          ? 'offline'
          : this.lastError
            ? 'error'
            : outbox > 0
              ? 'syncing'
              : 'up_to_date';
    return {
      state,
      path,
      shareId: this.meta('share_id'),
      progress: this.progress,
      lastSyncAt: this.meta('last_sync_at'),
      lastError: this.lastError,
      outbox,
      devices,
      attention,
    };
  }

  private ourLastSegment(): number {
    return (
      this.ctx.sqlite
        .prepare(`SELECT coalesce(max(seq), 0) AS seq FROM sync_exports WHERE state = 'done'`)
        .get() as { seq: number }
    ).seq;
  }
}

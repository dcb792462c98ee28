// Sync as the running app sees it: one sync at a time, soon after every write and every half
// minute while a share is set up, never blocking a window (it runs in the domain process), with
// a status the header indicator can show.
import { AppError } from '../../shared/contract/errors';
import type {
  DeviceStatus,
  ShareGc,
  ShareMigration,
  ShareStatus,
  SyncReport,
} from '../../shared/contract/types';
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
import type { ShareFs } from './shareFs';
import { openShareFs } from './backends/open';
import type { BackendOptions } from './backends/options';
import {
  parseShareLocation,
  ShareLocationError,
  shareLabel,
  withoutSecrets,
  type ShareLocation,
} from '../../shared/share/location';
import { fetchMissingBlobs, getBlob } from './blobs';
import { storeAccess } from './storeAccess';
import { readMeta, writeMeta } from '../store/meta';
import { collectGarbage } from './gc';
import { migrateShare } from './migrate';
import { CountingShareFs } from './countingFs';
import { leaveTip } from './tips';

function quietRequests(kept: string | null): number | null {
  const n = kept === null ? NaN : Number(kept);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

function locationOf(line: string | null): ShareLocation | null {
  try {
    return line ? parseShareLocation(line) : null;
  } catch {
    return null;
  }
}

/** A share's line as people see it (no SAS, no key); a line that cannot be read is shown as given. */
function labelOf(line: string): string {
  try {
    return shareLabel(parseShareLocation(line));
  } catch {
    return withoutSecrets(line);
  }
}

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
  /** Opens the share named by its line (a folder path or a cloud address, secrets included). */
  makeFs?: (line: string, options: BackendOptions) => ShareFs | Promise<ShareFs>;
  /** How long one share operation may take before the share counts as not responding (guardedFs.ts). */
  shareTimeoutMs?: number;
}

/**
 * How far the background timer stretches while syncs find nothing, as multiples of its interval
 * (30 s → 1, 2, 5 min): an idle office's laptops then ask an object store for a fraction of the
 * requests, and any write here or any change found brings it back to the interval at once.
 */
export const IDLE_BACKOFF = [1, 2, 4, 10] as const;

export class SyncRuntime {
  private running: Promise<SyncReport> | null = null;
  private progress: { done: number; total: number } | null = null;
  private lastError: string | null = null;
  private unreachable = false;
  private timer: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private readonly rawFs: (line: string, options: BackendOptions) => ShareFs | Promise<ShareFs>;
  /** Share calls that timed out and are still out: never started again behind themselves. */
  private readonly stalled = new StalledCalls();
  /** Cancels the share work under way (stop, disconnect, or `cancel`). */
  private abort = new AbortController();
  private tail: Promise<unknown> = Promise.resolve();
  /** The next sync reads the whole share, whatever the tips say: the first after start or a (re)join. */
  private fullNext = true;
  /** Where the background timer is in IDLE_BACKOFF. */
  private idleStep = 0;
  /** The counter of the share view made last (share requests are counted under the deadline guard). */
  private counter: CountingShareFs | null = null;

  constructor(
    private readonly ctx: SyncContext,
    private readonly options: SyncRuntimeOptions = {},
  ) {
    this.rawFs = options.makeFs ?? openShareFs;
  }

  /** Every share operation sync makes has a deadline and can be cancelled. */
  private async makeFs(line: string): Promise<ShareFs> {
    if (this.abort.signal.aborted) this.abort = new AbortController();
    const createOnly = this.meta('share_create_only');
    const raw = await this.rawFs(line, {
      timeoutMs: this.options.shareTimeoutMs,
      signal: this.abort.signal,
      ...(createOnly === 'atomic' || createOnly === 'check-then-write' ? { createOnly } : {}),
    });
    this.counter = new CountingShareFs(raw);
    return new GuardedShareFs(this.counter, {
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
    return readMeta(this.ctx.sqlite, key);
  }

  /** Starts syncing in the background: on a timer, and shortly after each write. */
  start(): void {
    if (this.timer) return;
    this.fullNext = true;
    this.idleStep = 0;
    this.schedule();
    void this.syncQuietly();
  }

  /** The background timer's next round: the interval, stretched while syncs find nothing (IDLE_BACKOFF). */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const interval = (this.options.intervalMs ?? 30_000) * IDLE_BACKOFF[this.idleStep]!;
    this.timer = setTimeout(() => {
      void this.syncQuietly().finally(() => {
        if (this.timer) this.schedule();
      });
    }, interval);
    this.timer.unref?.();
  }

  /** The background interval now (ms), for status and tests. */
  get backgroundIntervalMs(): number {
    return (this.options.intervalMs ?? 30_000) * IDLE_BACKOFF[this.idleStep]!;
  }

  /** Stops the timers and lets a sync under way finish (so the store can close cleanly). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.debounce) clearTimeout(this.debounce);
    this.timer = this.debounce = null;
    // Closing never waits on a share that stopped answering (a sync, a join, a snapshot…).
    this.cancel();
    await this.running?.catch(() => undefined);
    await this.tail;
  }

  afterWrite(): void {
    if (!this.timer) return;
    // Someone is working here: back to the short interval.
    if (this.idleStep !== 0) {
      this.idleStep = 0;
      this.schedule();
    }
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncQuietly(), this.options.debounceMs ?? 3_000);
    this.debounce.unref?.();
  }

  private async syncQuietly(): Promise<void> {
    if (!this.shareLine()) return;
    // In the background a sync may stop at the share's tips (tips.ts); asked for, it reads everything.
    await this.syncNow({ background: true }).catch(() => undefined); // the status shows what went wrong
  }

  async connect(input: ShareJoinInput): Promise<ShareStatus> {
    await this.join(input);
    await this.syncNow().catch(() => undefined);
    return this.status();
  }

  async join(input: ShareJoinInput): Promise<ShareStatus> {
    const line = this.lineFor(input.path);
    try {
      await this.one(async () => {
        const fs = await this.makeFs(line);
        // Setting up or joining asks the store once whether it refuses a second write of a name.
        const createOnly = fs.probe ? await fs.probe(`replicas/${this.ctx.installation.id}`) : fs.createOnly;
        if (input.create) await createShare(this.ctx, fs, { deviceLabel: input.deviceLabel });
        else await joinShare(this.ctx, fs, { deviceLabel: input.deviceLabel, code: input.code ?? null });
        this.remember(line, createOnly ?? null);
        this.fullNext = true;
      });
    } catch (error) {
      throw this.explain(error, line);
    }
    return this.status();
  }

  /** The share's line, secrets and all, kept inside the (encrypted) store; the label is kept beside it. */
  private remember(line: string, createOnly: string | null): void {
    const db = this.ctx.sqlite;
    db.transaction(() => {
      writeMeta(db, 'share_location', line);
      if (createOnly) writeMeta(db, 'share_create_only', createOnly);
      else this.ctx.sqlite.prepare(`DELETE FROM meta WHERE key = 'share_create_only'`).run();
    })();
  }

  /** The line of the share this computer belongs to (older stores kept only a folder's path). */
  private shareLine(): string | null {
    return this.meta('share_location') ?? this.meta('share_path');
  }

  /**
   * A script names the share by its line, or by the label status shows (which has no secrets in
   * it): the label of this computer's own share means the line kept here.
   */
  private lineFor(given: string): string {
    const kept = this.shareLine();
    if (kept && given !== kept && given === this.meta('share_path')) return kept;
    try {
      parseShareLocation(given);
    } catch (error) {
      if (error instanceof ShareLocationError) throw new AppError('VALIDATION', error.message);
      throw error;
    }
    return given;
  }

  private sharePath(): string {
    const line = this.shareLine();
    if (!line)
      throw new AppError(
        'NOT_SET_UP',
        'No central share is set up on this computer. Choose one in Settings.',
      );
    return line;
  }

  /** A join code for a new computer; its invitation goes on the share now. */
  async joinCode(): Promise<{ code: string; expiresAt: string }> {
    const path = this.sharePath();
    try {
      return await this.one(async () => newJoinCode(this.ctx, await this.makeFs(path)));
    } catch (error) {
      throw this.explain(error, path);
    }
  }

  /** Approves a computer that joined without a code, then syncs (its held changes come in). */
  async approve(replicaId: string): Promise<ShareStatus> {
    const path = this.sharePath();
    try {
      await this.one(async () => approveInstallation(this.ctx, await this.makeFs(path), replicaId));
    } catch (error) {
      throw this.explain(error, path);
    }
    await this.syncNow().catch(() => undefined);
    return this.status();
  }

  /** Gives this computer a new identity on the share (the fix for a `fork` item), then syncs. */
  async reidentify(input: { deviceLabel: string | null }): Promise<ShareStatus> {
    await this.newIdentity({ path: this.sharePath(), deviceLabel: input.deviceLabel });
    await this.syncNow().catch(() => undefined); // the status shows what went wrong
    return this.status();
  }

  async newIdentity(input: { path: string; deviceLabel: string | null }): Promise<{ code: string }> {
    const line = this.lineFor(input.path);
    try {
      const { code } = await this.one(async () =>
        reidentify(this.ctx, await this.makeFs(line), { deviceLabel: input.deviceLabel }),
      );
      this.fullNext = true;
      return { code };
    } catch (error) {
      throw this.explain(error, line);
    }
  }

  /** A script's step: waits for a background sync under way, then writes the snapshot. */
  async snapshot(path: string): Promise<string> {
    const line = this.lineFor(path);
    try {
      return await this.one(async () => writeSnapshot(this.ctx, await this.makeFs(line)));
    } catch (error) {
      throw this.explain(error, line);
    }
  }

  /**
   * A script's sync (`sync --share DIR`): with the folder it names, reported in full and failing
   * loudly. Unlike syncNow it writes no snapshot (that is `share snapshot`, or the running app's).
   */
  async syncFolder(path: string): Promise<SyncReport> {
    const line = this.lineFor(path);
    try {
      const fs = await this.makeFs(line);
      const counter = this.counter!;
      return await this.one(async () => {
        const report = { ...(await syncOnce(this.ctx, fs)), requests: counter.requests };
        // A script waits for the files too: its process may end as soon as this returns.
        await fetchMissingBlobs(this.ctx, storeAccess(this.ctx), fs);
        return report;
      });
    } catch (error) {
      throw this.explain(error, line);
    }
  }

  /**
   * An attachment's file from the share, when someone opens one not here yet (or damaged here):
   * null when no share is set up or no intact copy is on it. Runs beside a sync (it touches only
   * the blob folder, never the store), under the share's deadline.
   */
  async fetchBlob(hash: string): Promise<Uint8Array | null> {
    const path = this.shareLine();
    if (!path) return null;
    try {
      return await getBlob(this.ctx, await this.makeFs(path), hash);
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
    this.ctx.sqlite
      .prepare(
        `DELETE FROM meta WHERE key IN ('share_path', 'share_location', 'share_create_only', 'share_quiet_requests')`,
      )
      .run();
    this.lastError = null;
    this.unreachable = false;
    return this.status();
  }

  /**
   * Syncs now, or joins the sync already under way. A background sync after the first may stop
   * after one look at the share's tips when nothing is new (tips.ts); one asked for reads everything.
   */
  syncNow(options: { background?: boolean } = {}): Promise<SyncReport> {
    const path = this.shareLine();
    if (!path)
      return Promise.reject(
        new AppError('NOT_SET_UP', 'No central share is set up on this computer. Choose one in Settings.'),
      );
    this.running ??= (async () => {
      try {
        const fs = await this.makeFs(path);
        const counter = this.counter!;
        const report = await this.one(async () => {
          const report = await syncOnce(this.ctx, fs, {
            skipIfQuiet: options.background === true && !this.fullNext,
            onProgress: (done, total) => (this.progress = { done, total }),
          });
          const requests = counter.requests;
          if (!report.forked && snapshotDue(this.ctx)) {
            await writeSnapshot(this.ctx, fs);
            // With a new snapshot out, what everyone has read can go (gc.ts); never a reason to fail a sync.
            await collectGarbage(this.ctx, fs, { snapshot: false }).catch(() => undefined);
            // A newcomer bootstraps from it: a hint, so those waiting on one look soon.
            await leaveTip(storeAccess(this.ctx), fs, this.ctx.installation.id, this.ctx.now());
          }
          return { ...report, requests };
        });
        this.fullNext = false;
        this.noteQuiet(report);
        // A sync that stopped at the tips brought nothing whose files could be fetched.
        if (!report.quiet) this.fetchInBackground(fs);
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

  /**
   * After a sync: one that imported and exported nothing is what an idle share costs (kept for
   * status) and stretches the background interval; one that moved anything shortens it again.
   */
  private noteQuiet(report: SyncReport): void {
    const quiet = report.imported === 0 && report.exported === 0;
    // What a sync that stopped at the change hint cost: the figure a cloud bill multiplies. Kept in
    // the store, so `share status` in a script shows what the app measured.
    if (
      report.quiet &&
      report.requests !== undefined &&
      this.meta('share_quiet_requests') !== String(report.requests)
    )
      writeMeta(this.ctx.sqlite, 'share_quiet_requests', String(report.requests));
    const step = quiet ? Math.min(this.idleStep + 1, IDLE_BACKOFF.length - 1) : 0;
    if (step !== this.idleStep) {
      this.idleStep = step;
      if (this.timer) this.schedule();
    }
  }

  /** What went wrong, in words, naming the share by its label: no secret ever reaches a message. */
  private explain(error: unknown, line: string): AppError {
    const path = labelOf(line);
    if (error instanceof AppError)
      return error.message.includes(line) || withoutSecrets(error.message) !== error.message
        ? new AppError(error.code, withoutSecrets(error.message.split(line).join(path)), error.details)
        : error;
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
      // A cloud store's refusal says what to do (a new link or key, the clock): pass it on.
      const message = String((error as Error).message ?? '');
      if (code === 'EACCES' && message && locationOf(line)?.backend !== 'folder')
        return new AppError(
          'UNAVAILABLE',
          `${withoutSecrets(message.split(line).join(path))} Your work is kept on this computer and will go out when it can.`,
          { errno: code },
        );
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
    return new AppError(
      'INTERNAL',
      `Sync failed: ${withoutSecrets(
        String((error as Error).message)
          .split(line)
          .join(path),
      )}`,
    );
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
      ...this.shareFacts(),
    };
  }

  /** What kind of share this is, how it refuses a taken name, and when its credential runs out. */
  private shareFacts(): Pick<
    ShareStatus,
    'backend' | 'createOnly' | 'requestsPerQuietSync' | 'credentialExpires'
  > {
    const location = locationOf(this.shareLine());
    const kept = this.meta('share_create_only');
    return {
      backend: location?.backend ?? null,
      createOnly: !location
        ? null
        : kept === 'atomic' || kept === 'check-then-write'
          ? kept
          : 'check-then-write',
      requestsPerQuietSync: location ? quietRequests(this.meta('share_quiet_requests')) : null,
      credentialExpires: location?.backend === 'azure' ? location.expiresAt : null,
    };
  }

  private ourLastSegment(): number {
    return (
      this.ctx.sqlite
        .prepare(`SELECT coalesce(max(seq), 0) AS seq FROM sync_exports WHERE state = 'done'`)
        .get() as { seq: number }
    ).seq;
  }
  /** `share gc`: removes this computer's old segments everyone has read (gc.ts), saying what it kept. */
  async gc(path: string): Promise<ShareGc> {
    const line = this.lineFor(path);
    try {
      return await this.one(async () => collectGarbage(this.ctx, await this.makeFs(line)));
    } catch (error) {
      throw this.explain(error, line);
    }
  }

  /**
   * `share migrate`: copies the share at `from` to `to`, file by file (migrate.ts). This computer
   * keeps its line until it re-points with `share join --share NEW`.
   */
  async migrate(input: { from: string; to: string }): Promise<ShareMigration> {
    const from = this.lineFor(input.from);
    const to = this.lineFor(input.to);
    try {
      return await this.one(async () => migrateShare(await this.anyFs(from), await this.anyFs(to)));
    } catch (error) {
      throw this.explain(this.explain(error, from), to);
    }
  }

  /** A share that may not be this computer's own: deadlines and cancelling, no hint kept for ours. */
  private async anyFs(line: string): Promise<ShareFs> {
    if (this.abort.signal.aborted) this.abort = new AbortController();
    const options = { timeoutMs: this.options.shareTimeoutMs, signal: this.abort.signal };
    return new GuardedShareFs(await this.rawFs(line, options), { ...options, stalled: this.stalled });
  }
}

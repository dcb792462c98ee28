// Every share operation with a deadline and a way to cancel it. A network share can stop
// answering mid-read (a stalled SMB server, a cloud placeholder that never downloads); the app
// must then say "the share is not responding" and carry on, never wait with it. A stalled call
// cannot be interrupted (the operating system holds it), so it is abandoned: its caller gets a
// timeout at once, and the same call on the same file is not started again while the first is
// still out (`StalledCalls`), so a dead share ties up at most one background thread per file
// rather than one more on every sync.
import { chunksOf, type ListOptions, type ShareEntry, type ShareFs } from './shareFs';

/** How long one share operation (a listing, a look at a file's size, one piece of a read) may take. */
export const SHARE_TIMEOUT_MS = 20_000;
/** Writes get this much longer per megabyte (a snapshot on a slow link is big, not stalled). */
const WRITE_MS_PER_MB = 1_000;

export class ShareNotRespondingError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(
    label: string,
    readonly path: string,
    seconds: number,
  ) {
    super(`The central share at ${label} is not responding (nothing came back within ${seconds} s).`);
  }
}

export class SyncCancelledError extends Error {
  readonly code = 'ABORT_ERR';
  constructor() {
    super('Sync was stopped before it finished.');
  }
}

/** Share calls that timed out and have not come back since, kept across syncs (one set per runtime). */
export class StalledCalls {
  private readonly since = new Map<string, number>();
  has(key: string): boolean {
    return this.since.has(key);
  }
  add(key: string): void {
    if (!this.since.has(key)) this.since.set(key, Date.now());
  }
  delete(key: string): void {
    this.since.delete(key);
  }
  get size(): number {
    return this.since.size;
  }
}

export interface GuardOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  stalled?: StalledCalls;
}

export class GuardedShareFs implements ShareFs {
  readonly label: string;
  readonly backend: ShareFs['backend'];
  readonly credentialExpires: ShareFs['credentialExpires'];
  private readonly timeoutMs: number;
  private readonly stalled: StalledCalls;

  constructor(
    private readonly inner: ShareFs,
    private readonly options: GuardOptions = {},
  ) {
    this.label = inner.label;
    this.backend = inner.backend;
    this.credentialExpires = inner.credentialExpires;
    this.timeoutMs = options.timeoutMs ?? SHARE_TIMEOUT_MS;
    this.stalled = options.stalled ?? new StalledCalls();
    if (inner.mtime) this.mtime = (path) => this.run(`stat:${path}`, path, () => inner.mtime!(path));
    if (inner.listDetailed)
      this.listDetailed = (dir, options) =>
        this.run(`list:${dir}`, dir, () => inner.listDetailed!(dir, options));
    // Two writes and a removal: three calls' worth of time.
    if (inner.probe)
      this.probe = (dir) => this.run(`probe:${dir}`, dir, () => inner.probe!(dir), 2 * this.timeoutMs);
  }

  /** Asked of the share each time: a store can learn mid-sync that it must look before writing (S3's 501). */
  get createOnly(): ShareFs['createOnly'] {
    return this.inner.createOnly;
  }

  probe?: (dir: string) => Promise<'atomic' | 'check-then-write'>;

  mtime?: (path: string) => Promise<number | null>;
  listDetailed?: (dir: string, options?: ListOptions) => Promise<ShareEntry[]>;

  /** Runs one call against the deadline and the cancel signal; a call abandoned is remembered until it returns. */
  private run<T>(key: string, path: string, work: () => Promise<T>, extraMs = 0): Promise<T> {
    const { signal } = this.options;
    if (signal?.aborted) return Promise.reject(new SyncCancelledError());
    const seconds = Math.round((this.timeoutMs + extraMs) / 1000);
    // The same call is still out from an earlier attempt: do not start another one behind it.
    if (this.stalled.has(key)) return Promise.reject(new ShareNotRespondingError(this.label, path, seconds));
    const call = work();
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const abandon = (error: Error) => {
        if (settled) return;
        settled = true;
        cleanUp();
        this.stalled.add(key);
        const done = () => this.stalled.delete(key);
        call.then(done, done);
        reject(error);
      };
      const timer = setTimeout(
        () => abandon(new ShareNotRespondingError(this.label, path, seconds)),
        this.timeoutMs + extraMs,
      );
      const onAbort = () => abandon(new SyncCancelledError());
      signal?.addEventListener('abort', onAbort, { once: true });
      const cleanUp = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      call.then(
        (value) => {
          if (settled) return;
          settled = true;
          cleanUp();
          resolve(value);
        },
        (error) => {
          if (settled) return;
          settled = true;
          cleanUp();
          reject(error);
        },
      );
    });
  }

  list(dir: string, options?: ListOptions): Promise<string[]> {
    return this.run(`list:${dir}`, dir, () => this.inner.list(dir, options));
  }

  read(path: string): Promise<Uint8Array> {
    return this.run(`read:${path}`, path, () => this.inner.read(path));
  }

  /** Each piece of the file has its own deadline: a big file on a slow link is fine, a stalled one is not. */
  async *readChunks(path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
    const iterator = chunksOf(this.inner, path, maxBytes);
    let running = false;
    try {
      for (;;) {
        running = true;
        const next = await this.run(`read:${path}`, path, () => iterator.next());
        running = false;
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A piece still out (abandoned) is never waited for: the file is closed once it comes back.
      if (running) void iterator.return(undefined).catch(() => undefined);
      else await iterator.return(undefined).catch(() => undefined);
    }
  }

  size(path: string): Promise<number | null> {
    return this.run(`stat:${path}`, path, () => this.inner.size(path));
  }

  writeNew(path: string, data: Uint8Array): Promise<void> {
    const extra = Math.ceil((data.length / 1_048_576) * WRITE_MS_PER_MB);
    return this.run(`write:${path}`, path, () => this.inner.writeNew(path, data), extra);
  }

  remove(path: string): Promise<void> {
    return this.run(`remove:${path}`, path, () => this.inner.remove(path));
  }

  mkdirp(dir: string): Promise<void> {
    return this.run(`mkdir:${dir}`, dir, () => this.inner.mkdirp(dir));
  }
}

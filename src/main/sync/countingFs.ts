// Counts what sync asks of the share: one call here is one request to an object store (a listing
// page aside), and the number people pay for. The runtime wraps each share in one (under the
// deadline guard) and keeps the count of a sync that found nothing new (requestsPerQuietSync).
import type { ListOptions, ShareEntry, ShareFs } from './shareFs';

export class CountingShareFs implements ShareFs {
  /** Every call made through this view, of any kind. */
  requests = 0;
  readonly label: string;
  readonly backend: ShareFs['backend'];
  readonly createOnly: ShareFs['createOnly'];
  readonly credentialExpires: ShareFs['credentialExpires'];
  listDetailed?: (dir: string, options?: ListOptions) => Promise<ShareEntry[]>;
  readChunks?: (path: string, maxBytes: number) => AsyncIterable<Uint8Array>;
  mtime?: (path: string) => Promise<number | null>;
  probe?: (dir: string) => Promise<'atomic' | 'check-then-write'>;

  constructor(private readonly inner: ShareFs) {
    this.label = inner.label;
    this.backend = inner.backend;
    this.createOnly = inner.createOnly;
    this.credentialExpires = inner.credentialExpires;
    // Only what the share offers is offered: callers choose their way by what is there.
    if (inner.listDetailed)
      this.listDetailed = (dir, options) => this.count(() => inner.listDetailed!(dir, options));
    if (inner.readChunks) {
      // One file read in pieces is one request (one GET streamed, one open handle).
      this.readChunks = (path, maxBytes) => {
        this.requests++;
        return inner.readChunks!(path, maxBytes);
      };
    }
    if (inner.mtime) this.mtime = (path) => this.count(() => inner.mtime!(path));
    if (inner.probe) this.probe = (dir) => this.count(() => inner.probe!(dir));
  }

  private count<T>(work: () => Promise<T>): Promise<T> {
    this.requests++;
    return work();
  }

  list(dir: string, options?: ListOptions): Promise<string[]> {
    return this.count(() => this.inner.list(dir, options));
  }
  read(path: string): Promise<Uint8Array> {
    return this.count(() => this.inner.read(path));
  }
  size(path: string): Promise<number | null> {
    return this.count(() => this.inner.size(path));
  }
  writeNew(path: string, data: Uint8Array): Promise<void> {
    return this.count(() => this.inner.writeNew(path, data));
  }
  remove(path: string): Promise<void> {
    return this.count(() => this.inner.remove(path));
  }
  mkdirp(dir: string): Promise<void> {
    return this.count(() => this.inner.mkdirp(dir));
  }
}

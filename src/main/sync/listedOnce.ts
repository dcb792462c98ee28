// One full sync lists each folder once. Hellos, vouches and the importer each walk replicas/ and
// every installation's folder; on an object store every listing is a request (a full sync with
// 30 installations made ~90), so within one sync a folder's listing is kept and handed out again.
// A write or removal in a folder forgets its listing; a listing with an `after` hint is never
// kept (it is not the whole folder). Kept for one sync only: the next one lists afresh.
import type { ListOptions, ShareEntry, ShareFs } from './shareFs';

export class ListedOnce implements ShareFs {
  readonly label: string;
  readonly backend: ShareFs['backend'];
  readonly createOnly: ShareFs['createOnly'];
  readonly credentialExpires: ShareFs['credentialExpires'];
  listDetailed?: (dir: string, options?: ListOptions) => Promise<ShareEntry[]>;
  readChunks?: (path: string, maxBytes: number) => AsyncIterable<Uint8Array>;
  mtime?: (path: string) => Promise<number | null>;
  private readonly listed = new Map<string, Promise<string[]>>();

  constructor(private readonly inner: ShareFs) {
    this.label = inner.label;
    this.backend = inner.backend;
    this.createOnly = inner.createOnly;
    this.credentialExpires = inner.credentialExpires;
    if (inner.listDetailed) this.listDetailed = (dir, options) => inner.listDetailed!(dir, options);
    if (inner.readChunks) this.readChunks = (path, maxBytes) => inner.readChunks!(path, maxBytes);
    if (inner.mtime) this.mtime = (path) => inner.mtime!(path);
  }

  list(dir: string, options?: ListOptions): Promise<string[]> {
    if (options?.after !== undefined) return this.inner.list(dir, options);
    let names = this.listed.get(dir);
    if (!names) {
      names = this.inner.list(dir);
      this.listed.set(dir, names);
      // A listing that failed is not kept: the next caller asks again.
      names.catch(() => this.listed.delete(dir));
    }
    // Each caller gets its own array (callers sort and filter theirs).
    return names.then((n) => [...n]);
  }

  /** A folder changed here: its listing (and its parent's, which may gain a subfolder) is asked again. */
  private forget(path: string): void {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    this.listed.delete(dir);
    this.listed.delete(dir.slice(0, Math.max(0, dir.lastIndexOf('/'))));
  }

  read(path: string): Promise<Uint8Array> {
    return this.inner.read(path);
  }
  size(path: string): Promise<number | null> {
    return this.inner.size(path);
  }
  writeNew(path: string, data: Uint8Array): Promise<void> {
    this.forget(path);
    return this.inner.writeNew(path, data).finally(() => this.forget(path));
  }
  remove(path: string): Promise<void> {
    this.forget(path);
    return this.inner.remove(path).finally(() => this.forget(path));
  }
  mkdirp(dir: string): Promise<void> {
    this.forget(`${dir}/`);
    return this.inner.mkdirp(dir).finally(() => this.forget(`${dir}/`));
  }
}

// The central share as an Azure Blob Storage container (or a folder inside one), reached with the
// container's SAS link. Blob names are the share's paths: there are no folders, a PUT is never
// visible half-written (no temp file and rename), and a create-only write is the service's own
// If-None-Match: * (or, with a SAS that has create but no write right, the SAS itself). Every
// request has a deadline: the SDK waits forever on a server that accepts and never answers.
import { randomBytes } from 'node:crypto';
import {
  AnonymousCredential,
  ContainerClient,
  isRestError,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import type { AzureLocation } from '../../../shared/share/location';
import { shareLabel } from '../../../shared/share/location';
import { namesAfter, tooLarge, type ListOptions, type ShareEntry, type ShareFs } from '../shareFs';
import { azureError, errorCode, nameTaken, notAllowed, type ErrorContext } from './azureErrors';
import { REQUEST_TIMEOUT_MS, type BackendOptions } from './options';

/** Azure lists at most this many names per page. */
const PAGE = 5000;

/**
 * A deadline for one request, restarted for each page of a listing or piece of a download: a
 * long listing or a big file on a slow link is fine, a stalled one is not.
 */
class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout;
  readonly signal: AbortSignal;

  constructor(
    private readonly ms: number,
    outer: AbortSignal | undefined,
  ) {
    this.signal = outer ? AbortSignal.any([outer, this.controller.signal]) : this.controller.signal;
    this.timer = this.arm();
  }

  private arm(): NodeJS.Timeout {
    const timer = setTimeout(
      () => this.controller.abort(new DOMException('The request timed out.', 'TimeoutError')),
      this.ms,
    );
    timer.unref?.();
    return timer;
  }

  restart(): void {
    clearTimeout(this.timer);
    this.timer = this.arm();
  }

  end(): void {
    clearTimeout(this.timer);
  }
}

/** The SDK's proxy setting from a proxy's address (`http://user:pass@host:port`). */
function proxyOptions(proxy: string): StoragePipelineOptions['proxyOptions'] {
  const url = new URL(proxy);
  return {
    host: `${url.protocol}//${url.hostname}`,
    port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}

export class AzureShareFs implements ShareFs {
  readonly label: string;
  readonly backend = 'azure' as const;
  readonly credentialExpires: string | null;
  /** Set by the setup probe's finding (kept by the runtime); a real Azure container refuses atomically. */
  createOnly: 'atomic' | 'check-then-write';
  private readonly container: ContainerClient;
  private readonly timeoutMs: number;

  constructor(
    private readonly location: AzureLocation,
    private readonly options: BackendOptions,
  ) {
    this.label = shareLabel(location);
    this.credentialExpires = location.expiresAt;
    this.createOnly = options.createOnly ?? 'atomic';
    this.timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    this.container = new ContainerClient(
      `${location.serviceUrl}/${location.container}?${location.sas}`,
      new AnonymousCredential(),
      {
        // A few quick retries for a busy store (429/503, a dropped connection); the deadline
        // around each call bounds them all, so a dead store still fails within timeoutMs.
        retryOptions: { maxTries: 3, retryDelayInMs: 300, maxRetryDelayInMs: 2000 },
        // Without proxyOptions the SDK reads HTTPS_PROXY / NO_PROXY itself.
        ...(options.proxy ? { proxyOptions: proxyOptions(options.proxy) } : {}),
      },
    );
  }

  /** The blob name of a share path (the share may live in a folder of the container). */
  private key(path: string): string {
    return [this.location.prefix, path].filter(Boolean).join('/');
  }

  private deadline(): Deadline {
    return new Deadline(this.timeoutMs, this.options.signal);
  }

  private context(path: string): ErrorContext {
    return {
      label: this.label,
      path,
      expiresAt: this.location.expiresAt,
      cancelled: this.options.signal?.aborted ?? false,
    };
  }

  /** Runs one request under its own deadline, with its failure in the engine's terms. */
  private async call<T>(path: string, doing: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const deadline = this.deadline();
    try {
      return await work(deadline.signal);
    } catch (error) {
      throw azureError(error, this.context(path), doing);
    } finally {
      deadline.end();
    }
  }

  /** One delimited listing of `dir`, page by page: sub-folder names and files with their sizes. */
  private async listing(dir: string, after: string | undefined) {
    const prefix = dir ? `${this.key(dir)}/` : this.location.prefix ? `${this.location.prefix}/` : '';
    const folders: string[] = [];
    const files: ShareEntry[] = [];
    const deadline = this.deadline();
    try {
      const pages = this.container
        .listBlobsByHierarchy('/', {
          prefix,
          // Inclusive on the service: `after` itself is filtered out below (namesAfter).
          ...(after !== undefined ? { startFrom: `${prefix}${after}` } : {}),
          abortSignal: deadline.signal,
        })
        .byPage({ maxPageSize: PAGE });
      for await (const page of pages) {
        deadline.restart();
        for (const p of page.segment.blobPrefixes ?? [])
          folders.push(p.name.slice(prefix.length).replace(/\/$/, ''));
        for (const b of page.segment.blobItems)
          files.push({ name: b.name.slice(prefix.length), size: b.properties.contentLength ?? 0 });
      }
    } catch (error) {
      throw azureError(error, this.context(dir), 'listing files');
    } finally {
      deadline.end();
    }
    return { folders, files };
  }

  async list(dir: string, options: ListOptions = {}): Promise<string[]> {
    const { folders, files } = await this.listing(dir, options.after);
    return namesAfter([...folders, ...files.map((f) => f.name)].sort(), options.after);
  }

  async listDetailed(dir: string, options: ListOptions = {}): Promise<ShareEntry[]> {
    const { files } = await this.listing(dir, options.after);
    return files.filter((f) => options.after === undefined || f.name > options.after);
  }

  async read(path: string): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for await (const chunk of this.readChunks(path, Number.MAX_SAFE_INTEGER)) parts.push(chunk);
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /**
   * One GET (download(); downloadToBuffer would HEAD first), its size checked from the answer
   * before any of the body is read, then the body piece by piece, each piece with a deadline.
   */
  async *readChunks(path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
    const deadline = this.deadline();
    try {
      let response;
      try {
        response = await this.container
          .getBlobClient(this.key(path))
          // Two ranged re-requests at most if the connection drops mid-file.
          .download(0, undefined, { abortSignal: deadline.signal, maxRetryRequests: 2 });
      } catch (error) {
        throw azureError(error, this.context(path), 'reading files');
      }
      const body = response.readableStreamBody;
      const size = response.contentLength ?? 0;
      if (size > maxBytes) {
        (body as NodeJS.ReadableStream & { destroy?: () => void })?.destroy?.();
        throw tooLarge(path, size, maxBytes);
      }
      if (!body) return;
      let total = 0;
      try {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          deadline.restart();
          total += chunk.length;
          if (total > maxBytes) throw tooLarge(path, total, maxBytes);
          yield chunk;
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'EFBIG') throw error;
        throw azureError(error, this.context(path), 'reading files');
      }
    } finally {
      deadline.end();
    }
  }

  /** A HEAD: its 404 has no error code (a HEAD has no body), so absence is told by the status alone. */
  private async properties(path: string) {
    const deadline = this.deadline();
    try {
      return await this.container
        .getBlobClient(this.key(path))
        .getProperties({ abortSignal: deadline.signal });
    } catch (error) {
      if (isRestError(error) && error.statusCode === 404) return null;
      throw azureError(error, this.context(path), 'reading files');
    } finally {
      deadline.end();
    }
  }

  async size(path: string): Promise<number | null> {
    const props = await this.properties(path);
    return props ? (props.contentLength ?? 0) : null;
  }

  /** The service's clock when the blob was written (1-second grained). */
  async mtime(path: string): Promise<number | null> {
    const props = await this.properties(path);
    return props?.lastModified ? props.lastModified.getTime() : null;
  }

  /** A create-only PUT, whatever this instance believes about the store. */
  private async createOnlyPut(path: string, data: Uint8Array): Promise<void> {
    const deadline = this.deadline();
    try {
      await this.container
        .getBlockBlobClient(this.key(path))
        .upload(data, data.byteLength, { conditions: { ifNoneMatch: '*' }, abortSignal: deadline.signal });
      return;
    } catch (error) {
      // A SAS with create but no write right refuses any overwrite with 403, conditions or
      // not: the name is taken if it is there, otherwise the link really may not create.
      if (!(
        isRestError(error) &&
        error.statusCode === 403 &&
        error.code === 'AuthorizationPermissionMismatch'
      ))
        throw azureError(error, this.context(path), 'creating files');
    } finally {
      deadline.end();
    }
    if ((await this.size(path)) !== null) throw nameTaken(this.context(path));
    throw notAllowed(this.context(path), 'creating files');
  }

  async writeNew(path: string, data: Uint8Array): Promise<void> {
    if (this.createOnly === 'atomic') return this.createOnlyPut(path, data);
    // A store that ignores the condition: look first (every name has one writer, so this is safe).
    if ((await this.size(path)) !== null) throw nameTaken(this.context(path));
    await this.call(path, 'creating files', (abortSignal) =>
      this.container.getBlockBlobClient(this.key(path)).upload(data, data.byteLength, { abortSignal }),
    );
  }

  /** deleteIfExists: gone already is fine. Without the delete right: EACCES (the caller decides). */
  async remove(path: string): Promise<void> {
    await this.call(path, 'removing files', (abortSignal) =>
      this.container.getBlobClient(this.key(path)).deleteIfExists({ abortSignal }),
    );
  }

  /** A container has no folders: a name with slashes is all it takes. */
  async mkdirp(): Promise<void> {}

  /**
   * Writes a scratch name create-only twice: a store that refuses the second write refuses
   * atomically; one that overwrites it ignores the condition, so writes must look first. The name
   * ends in .tmp, which every reader skips; it is removed again where the link may delete.
   */
  async probe(dir: string): Promise<'atomic' | 'check-then-write'> {
    const path = `${dir}/probe-${randomBytes(8).toString('hex')}.tmp`;
    const data = new TextEncoder().encode('create-only probe\n');
    await this.createOnlyPut(path, data);
    let found: 'atomic' | 'check-then-write' = 'check-then-write';
    try {
      await this.createOnlyPut(path, data);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      found = 'atomic';
    }
    await this.remove(path).catch((error: { code?: string }) => {
      if (error.code !== 'EACCES') throw error;
    });
    this.createOnly = found;
    return found;
  }
}

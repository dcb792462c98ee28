// The central share in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Wasabi, Backblaze B2).
// Objects are written whole by one PUT, so no temporary name is needed. A new name is written
// with If-None-Match: * where the store honours it ('atomic'); Backblaze B2 answers 501 to that
// header, and some stores ignore it and overwrite, so the setup probe finds out which, and such a
// store is written by looking first (HEAD, then PUT): safe for sync, since every name has one
// writer and carries its hash (shareFs.ts). Listings are read page by page; one that ends early is
// returned as far as it goes, never taken as "these files are gone" (readers never infer deletion).
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type ListObjectsV2CommandOutput,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { S3Location } from '../../../shared/share/location';
import { shareLabel } from '../../../shared/share/location';
import { namesAfter, tooLarge, type ListOptions, type ShareEntry, type ShareFs } from '../shareFs';
import { REQUEST_TIMEOUT_MS, type BackendOptions } from './options';
import { makeS3Client } from './s3Client';
import { notResponding, s3Error, s3Status, type CodedError, type S3Call } from './s3Errors';

type CreateOnly = 'atomic' | 'check-then-write';

/** How often a create-only PUT is repeated after 409 ConditionalRequestConflict (another write of the name in flight). */
const CONFLICT_RETRIES = 3;
const CONFLICT_PAUSE_MS = 50;

/** A listing page that repeats a token or claims more without saying where: read no further. */
export interface PartialListing {
  dir: string;
  names: number;
  at: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class S3ShareFs implements ShareFs {
  readonly label: string;
  readonly backend = 's3' as const;
  readonly credentialExpires = null;
  /** Listings the store ended early (the last few, newest last): what was read was still used. */
  readonly partialListings: PartialListing[] = [];
  private mode: CreateOnly;
  private readonly client: S3Client;
  private readonly timeoutMs: number;
  private readonly signal: AbortSignal | undefined;

  constructor(
    private readonly location: S3Location,
    options: BackendOptions,
  ) {
    this.label = shareLabel(location);
    this.mode = options.createOnly ?? 'atomic';
    this.timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    this.signal = options.signal;
    this.client = makeS3Client(location, options.proxy);
  }

  get createOnly(): CreateOnly {
    return this.mode;
  }

  private key(path: string): string {
    return [this.location.prefix, path].filter(Boolean).join('/');
  }

  /** One request with its deadline and the sync's cancel signal; failures in the engine's terms. */
  private async run<T>(path: string, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = this.signal ? AbortSignal.any([this.signal, deadline]) : deadline;
    try {
      return await call(signal);
    } catch (error) {
      throw s3Error(error, this.call(path, deadline.aborted));
    }
  }

  /** What a failure is reported with: which share and file, and whether the deadline or a cancel ended it. */
  private call(path: string, timedOut: boolean, cancelled = this.signal?.aborted ?? false): S3Call {
    return { label: this.label, path, timeoutMs: this.timeoutMs, cancelled, timedOut };
  }

  /** Every page of a delimiter listing of `dir`, following continuation tokens. */
  private async *pages(dir: string, after: string | undefined): AsyncGenerator<ListObjectsV2CommandOutput> {
    const prefix = dir ? `${this.key(dir)}/` : this.location.prefix ? `${this.location.prefix}/` : '';
    const seen = new Set<string>();
    let token: string | undefined;
    let count = 0;
    for (;;) {
      const page = await this.run(dir, (abortSignal) =>
        this.client.send(
          new ListObjectsV2Command({
            Bucket: this.location.bucket,
            Prefix: prefix,
            Delimiter: '/',
            ...(token ? { ContinuationToken: token } : after ? { StartAfter: prefix + after } : {}),
          }),
          { abortSignal },
        ),
      );
      yield page;
      count += (page.Contents?.length ?? 0) + (page.CommonPrefixes?.length ?? 0);
      if (!page.IsTruncated) return;
      const next = page.NextContinuationToken;
      if (!next || seen.has(next)) {
        // A store that says "more" without saying where (or sends us round in a circle): keep
        // what came back; the next sync lists again.
        this.partialListings.push({ dir, names: count, at: new Date().toISOString() });
        if (this.partialListings.length > 20) this.partialListings.shift();
        return;
      }
      seen.add(next);
      token = next;
    }
  }

  private relative(dir: string, key: string): string {
    const prefix = dir ? `${this.key(dir)}/` : this.location.prefix ? `${this.location.prefix}/` : '';
    return key.slice(prefix.length).replace(/\/$/, '');
  }

  async list(dir: string, options: ListOptions = {}): Promise<string[]> {
    const names = new Set<string>();
    for await (const page of this.pages(dir, options.after)) {
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) names.add(this.relative(dir, p.Prefix));
      for (const o of page.Contents ?? []) if (o.Key) names.add(this.relative(dir, o.Key));
    }
    names.delete('');
    // StartAfter compares whole keys: "replicas/r1/…" sorts after "replicas/r1", so a folder
    // named `after` itself comes back; the hint is exclusive by name.
    return namesAfter([...names].sort(), options.after);
  }

  async listDetailed(dir: string, options: ListOptions = {}): Promise<ShareEntry[]> {
    const entries: ShareEntry[] = [];
    for await (const page of this.pages(dir, options.after))
      for (const o of page.Contents ?? []) {
        const name = o.Key ? this.relative(dir, o.Key) : '';
        if (name && !name.includes('/') && (options.after === undefined || name > options.after))
          entries.push({ name, size: o.Size ?? 0 });
      }
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async read(path: string): Promise<Uint8Array> {
    return this.run(path, async (abortSignal) => {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(path) }),
        { abortSignal },
      );
      if (!out.Body) return new Uint8Array();
      return out.Body.transformToByteArray();
    });
  }

  /**
   * Streams the object. The size the store states is checked before any of the body is read; the
   * deadline is per chunk (a big snapshot on a slow link is slow, not stalled).
   */
  async *readChunks(path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
    const idle = new AbortController();
    const signal = this.signal ? AbortSignal.any([this.signal, idle.signal]) : idle.signal;
    let timer = setTimeout(() => idle.abort(), this.timeoutMs);
    const call = () => this.call(path, idle.signal.aborted);
    let body: Readable | undefined;
    try {
      const out = await this.client
        .send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(path) }), {
          abortSignal: signal,
        })
        .catch((error: unknown) => {
          throw s3Error(error, call());
        });
      body = out.Body as Readable | undefined;
      const stated = out.ContentLength ?? 0;
      if (stated > maxBytes) throw tooLarge(path, stated, maxBytes);
      if (!body) return;
      let total = 0;
      try {
        for await (const chunk of body) {
          clearTimeout(timer);
          timer = setTimeout(() => {
            idle.abort();
            body?.destroy();
          }, this.timeoutMs);
          const bytes = chunk as Uint8Array;
          total += bytes.length;
          if (total > maxBytes) throw tooLarge(path, total, maxBytes);
          yield bytes;
        }
      } catch (error) {
        if ((error as CodedError).code === 'EFBIG') throw error;
        throw s3Error(error, call());
      }
    } finally {
      clearTimeout(timer);
      body?.destroy();
    }
  }

  private async head(path: string): Promise<{ size: number; modified: number | null } | null> {
    try {
      const out = await this.run(path, (abortSignal) =>
        this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.key(path) }), {
          abortSignal,
        }),
      );
      return { size: out.ContentLength ?? 0, modified: out.LastModified?.getTime() ?? null };
    } catch (error) {
      if ((error as CodedError).code === 'ENOENT' && !/bucket/.test((error as Error).message)) return null;
      throw error;
    }
  }

  async size(path: string): Promise<number | null> {
    return (await this.head(path))?.size ?? null;
  }

  async mtime(path: string): Promise<number | null> {
    return (await this.head(path))?.modified ?? null;
  }

  /** One PUT, create-only when `conditional`; the raw outcome, so writeNew and probe can read it. */
  private async put(path: string, data: Uint8Array, conditional: boolean): Promise<unknown> {
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = this.signal ? AbortSignal.any([this.signal, deadline]) : deadline;
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.location.bucket,
          Key: this.key(path),
          Body: data,
          ContentLength: data.length,
          ...(conditional ? { IfNoneMatch: '*' } : {}),
        }),
        { abortSignal: signal },
      );
      return null;
    } catch (error) {
      if (this.signal?.aborted || deadline.aborted) throw s3Error(error, this.call(path, deadline.aborted));
      return error;
    }
  }

  private fail(error: unknown, path: string): CodedError {
    return s3Error(error, this.call(path, false, false));
  }

  private async checkThenWrite(path: string, data: Uint8Array): Promise<void> {
    if ((await this.head(path)) !== null) throw this.fail({ name: 'PreconditionFailed' }, path);
    const error = await this.put(path, data, false);
    if (error) throw this.fail(error, path);
  }

  async writeNew(path: string, data: Uint8Array): Promise<void> {
    if (this.mode === 'check-then-write') return this.checkThenWrite(path, data);
    for (let attempt = 0; ; attempt++) {
      const error = await this.put(path, data, true);
      if (!error) return;
      const { name, status } = s3Status(error);
      if (name === 'NotImplemented' || status === 501) {
        // The store does not do conditional writes (Backblaze B2): look first, from now on.
        this.mode = 'check-then-write';
        return this.checkThenWrite(path, data);
      }
      if (name !== 'ConditionalRequestConflict' && status !== 409) throw this.fail(error, path);
      if (attempt === CONFLICT_RETRIES) break;
      await sleep(CONFLICT_PAUSE_MS * 2 ** attempt);
    }
    // Another write of this very name kept the store busy: if it landed, the name is taken.
    if ((await this.head(path)) !== null) throw this.fail({ name: 'PreconditionFailed' }, path);
    throw notResponding(
      { label: this.label, path, timeoutMs: this.timeoutMs },
      'it kept answering that another write of the same file was under way',
    );
  }

  async remove(path: string): Promise<void> {
    await this.run(path, (abortSignal) =>
      this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.key(path) }), {
        abortSignal,
      }),
    ).catch((error: CodedError) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** A bucket has no folders: a "folder" exists while something is in it. */
  async mkdirp(_dir: string): Promise<void> {}

  /**
   * Writes a scratch name create-only twice: refused the second time → the store refuses taken
   * names itself ('atomic'); overwritten, or the header rejected (501) → 'check-then-write', which
   * this share then uses. The scratch file is removed where the key may delete.
   */
  async probe(dir: string): Promise<CreateOnly> {
    const path = `${dir}/probe-${randomBytes(8).toString('hex')}.tmp`;
    const kind = await this.probeAt(path);
    this.mode = kind;
    await this.remove(path).catch(() => undefined);
    return kind;
  }

  private async probeAt(path: string): Promise<CreateOnly> {
    const first = await this.put(path, new TextEncoder().encode('first\n'), true);
    if (first) {
      const { name, status } = s3Status(first);
      if (name === 'NotImplemented' || status === 501) return 'check-then-write';
      throw this.fail(first, path);
    }
    const second = await this.put(path, new TextEncoder().encode('second\n'), true);
    if (!second) return 'check-then-write';
    const { name, status } = s3Status(second);
    if (name === 'NotImplemented' || status === 501) return 'check-then-write';
    if (
      name === 'PreconditionFailed' ||
      status === 412 ||
      name === 'ConditionalRequestConflict' ||
      status === 409
    )
      return 'atomic';
    throw this.fail(second, path);
  }
}

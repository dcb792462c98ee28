// A scripted S3 server (node:http, loopback, random port) that speaks just enough S3 for
// S3ShareFs — path-style PUT/GET/HEAD/DELETE of objects and ListObjectsV2 with prefix, delimiter,
// start-after and continuation tokens — and misbehaves on demand the ways real stores do: 501 to
// If-None-Match like Backblaze B2, 409 ConditionalRequestConflict, 503 SlowDown, a socket that
// accepts and never answers, listings that end early or leave names out (Cloudflare R2, Joplin
// #16165), and 403 for a refused or expired key. Objects live in memory; signatures are not checked.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { shareLine } from '../../src/shared/share/location';

export interface HostileModes {
  /** How a PUT with If-None-Match: * is treated: honoured (412 when taken), 501 (B2), or ignored. */
  conditional: 'honour' | 'not-implemented' | 'ignore';
  /** The next this many create-only PUTs answer 409 ConditionalRequestConflict. */
  conflicts: number;
  /** The next this many requests (of any kind) answer 503 SlowDown. */
  slowDowns: number;
  /** Every request is accepted and never answered. */
  hang: boolean;
  /**
   * Listings: whole; 'truncated' ends every listing after its first page, saying there is more but
   * giving no token; 'drop' leaves out the names `dropped` matches; 'empty' lists nothing at all.
   */
  listing: 'whole' | 'truncated' | 'drop' | 'empty';
  dropped: (key: string) => boolean;
  /** Names per listing page. */
  pageSize: number;
  /** Every request is refused with this 403 error code. */
  refuse: null | 'SignatureDoesNotMatch' | 'ExpiredToken' | 'RequestTimeTooSkewed' | 'AccessDenied';
}

export const DEFAULT_MODES: HostileModes = {
  conditional: 'honour',
  conflicts: 0,
  slowDowns: 0,
  hang: false,
  listing: 'whole',
  dropped: () => false,
  pageSize: 1000,
  refuse: null,
};

export interface HostileServer {
  endpoint: string;
  modes: HostileModes;
  /** Requests seen, as "METHOD op key" lines (op: put, put-if-none-match, get, head, delete, list). */
  readonly requests: string[];
  /** The objects, by bucket then key. */
  readonly buckets: Map<string, Map<string, { body: Buffer; modified: Date }>>;
  /** A bucket (created empty if new) and the share line naming it with `secret`. */
  share(bucket: string, prefix: string, secret: string): string;
  reset(): void;
  close(): Promise<void>;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fail(res: ServerResponse, status: number, code: string, head: boolean): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(
    head
      ? undefined
      : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message><RequestId>hostile</RequestId></Error>`,
  );
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** One ListObjectsV2 page over sorted keys, S3's way: delimiter groups, exclusive start. */
function listPage(
  keys: string[],
  sizes: (key: string) => number,
  q: URLSearchParams,
  modes: HostileModes,
): string {
  const prefix = q.get('prefix') ?? '';
  const delimiter = q.get('delimiter') ?? '';
  const token = q.get('continuation-token');
  const after = token ? Buffer.from(token, 'base64url').toString() : (q.get('start-after') ?? '');
  const max = Math.min(Number(q.get('max-keys') ?? 1000), modes.pageSize);
  const contents: string[] = [];
  const prefixes: string[] = [];
  let last = '';
  let truncated = false;
  for (const key of keys) {
    if (!key.startsWith(prefix) || key <= after) continue;
    if (after.endsWith(delimiter) && delimiter && key.startsWith(after)) continue;
    if (modes.listing === 'drop' && modes.dropped(key)) continue;
    const rest = key.slice(prefix.length);
    const cut = delimiter ? rest.indexOf(delimiter) : -1;
    const entry = cut >= 0 ? prefix + rest.slice(0, cut + 1) : key;
    if (entry === last) continue;
    if (contents.length + prefixes.length === max) {
      truncated = true;
      break;
    }
    (cut >= 0 ? prefixes : contents).push(entry);
    last = entry;
  }
  if (modes.listing === 'empty') {
    contents.length = 0;
    prefixes.length = 0;
    truncated = false;
  }
  const next =
    truncated && modes.listing !== 'truncated'
      ? `<NextContinuationToken>${Buffer.from(last).toString('base64url')}</NextContinuationToken>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
    `<Name>b</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${contents.length + prefixes.length}</KeyCount>` +
    `<MaxKeys>${max}</MaxKeys><Delimiter>${xmlEscape(delimiter)}</Delimiter>` +
    `<IsTruncated>${truncated || modes.listing === 'truncated'}</IsTruncated>${next}` +
    contents
      .map(
        (k) =>
          `<Contents><Key>${xmlEscape(k)}</Key><LastModified>2026-01-05T09:00:00.000Z</LastModified><ETag>"e"</ETag><Size>${sizes(k)}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
      )
      .join('') +
    prefixes.map((p) => `<CommonPrefixes><Prefix>${xmlEscape(p)}</Prefix></CommonPrefixes>`).join('') +
    `</ListBucketResult>`
  );
}

export async function startHostileServer(): Promise<HostileServer> {
  const buckets = new Map<string, Map<string, { body: Buffer; modified: Date }>>();
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const state = { modes: { ...DEFAULT_MODES } };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [bucketName = '', ...rest] = url.pathname.slice(1).split('/');
    const key = rest.map(decodeURIComponent).join('/');
    const method = req.method ?? 'GET';
    const head = method === 'HEAD';
    const conditional = req.headers['if-none-match'] === '*';
    const op =
      method === 'PUT'
        ? conditional
          ? 'put-if-none-match'
          : 'put'
        : method === 'GET' && !key
          ? 'list'
          : method.toLowerCase();
    const body = method === 'PUT' ? await bodyOf(req) : Buffer.alloc(0);
    const m = state.modes;
    if (m.hang) return; // accepted, never answered
    requests.push(`${method} ${op} ${key}`);
    if (m.refuse) return fail(res, 403, m.refuse, head);
    if (m.slowDowns > 0) {
      m.slowDowns--;
      return fail(res, 503, 'SlowDown', head);
    }
    if (method === 'PUT' && !key) {
      if (!buckets.has(bucketName)) buckets.set(bucketName, new Map());
      res.writeHead(200).end();
      return;
    }
    const bucket = buckets.get(bucketName);
    if (!bucket) return fail(res, 404, 'NoSuchBucket', head);
    if (op === 'list') {
      const keys = [...bucket.keys()].sort();
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(listPage(keys, (k) => bucket.get(k)!.body.length, url.searchParams, m));
      return;
    }
    const object = bucket.get(key);
    switch (method) {
      case 'PUT': {
        if (conditional && m.conditional === 'not-implemented')
          return fail(res, 501, 'NotImplemented', false);
        if (conditional && m.conflicts > 0) {
          m.conflicts--;
          return fail(res, 409, 'ConditionalRequestConflict', false);
        }
        if (conditional && m.conditional === 'honour' && object)
          return fail(res, 412, 'PreconditionFailed', false);
        bucket.set(key, { body, modified: new Date() });
        res.writeHead(200, { etag: '"e"' }).end();
        return;
      }
      case 'GET':
      case 'HEAD': {
        if (!object) return fail(res, 404, 'NoSuchKey', head);
        res.writeHead(200, {
          'content-length': object.body.length,
          'last-modified': object.modified.toUTCString(),
          etag: '"e"',
          'content-type': 'application/octet-stream',
        });
        res.end(head ? undefined : object.body);
        return;
      }
      case 'DELETE':
        bucket.delete(key);
        res.writeHead(204).end();
        return;
      default:
        return fail(res, 405, 'MethodNotAllowed', head);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the hostile server did not listen');
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    get modes() {
      return state.modes;
    },
    set modes(modes) {
      state.modes = modes;
    },
    requests,
    buckets,
    share(bucket, prefix, secret) {
      if (!buckets.has(bucket)) buckets.set(bucket, new Map());
      return shareLine({
        backend: 's3',
        bucket,
        prefix,
        endpoint,
        region: 'us-east-1',
        pathStyle: true,
        accessKeyId: 'AKIAHOSTILE',
        secretAccessKey: secret,
      });
    },
    reset() {
      state.modes = { ...DEFAULT_MODES };
      requests.length = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

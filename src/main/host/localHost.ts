// The local host: the same Redress app served to a browser on 127.0.0.1, for end-to-end tests and
// as the fallback when Electron's runtime is missing. It is another front door onto the router:
// POST /rpc → dispatch → Result, plus the built renderer (out/renderer) as static files.
//
// Start it:   npx tsx src/main/host/serve.ts [--data-dir DIR] [--port N] [--demo]
//             (or `npm start` on a machine without Electron's runtime; build first: npx electron-vite build)
// In code:    const host = await startLocalHost({ dataDir }); … host.url … await host.close();
//
// Security: binds 127.0.0.1 only; a random per-run token (32 bytes, base64url) must come as
// `Authorization: Bearer <token>` on every /rpc call (the page gets it from the URL's #token=…
// fragment, which browsers never send to the server); the Host header must name 127.0.0.1 or
// localhost with our port (DNS-rebinding defence) and an Origin, when present, must be ours.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { ErrorCode, Result } from '../../shared/contract/errors';
import { openRedress, type RedressApp } from '../app';
import { callProcedure, errorResult } from '../router/rpc';
import { readStaticFile, resolveStaticFile } from './staticFiles';
import { describeForLog } from '../router/logSafe';

// Large enough for a backup being restored from the browser (about 5 kB a case with its calls and
// history: some 12,000 cases); bigger stores restore with `npm run cli -- restore`. Read only
// after the session's token has been checked.
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface LocalHostOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Built renderer; default `out/renderer` under the current directory. */
  rendererDir?: string;
  /** Default: 32 random bytes, base64url. */
  token?: string;
  /** Sync with the central share in the background (default on, as in the app). */
  autoSync?: boolean;
  /** The clock (tests move it on: "a week later"). */
  now?: () => Date;
  /** `--demo`: demo data for the officer who sets up, in an empty store. */
  demo?: boolean;
}

export interface LocalHost {
  /** Open this in a browser: `http://127.0.0.1:<port>/#token=<token>`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  app: RedressApp;
  close(): Promise<void>;
}

export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  const app = await openRedress({
    dataDir: options.dataDir,
    autoSync: options.autoSync ?? true,
    ...(options.now ? { now: options.now } : {}),
    ...(options.demo ? { demo: true } : {}),
  });

  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res, { app, token, rendererDir, port }).catch((err: unknown) => {
      console.error(`[redress host] request failed: ${describeForLog(err)}`);
      if (!res.headersSent) sendJson(res, 500, errorResult('INTERNAL', 'The local host failed to answer.'));
      else res.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  try {
    port = await listen(server, options.port ?? 0);
  } catch (err) {
    await app.close();
    throw err;
  }

  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    app,
    close() {
      closing ??= (async () => {
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await app.close();
      })();
      return closing;
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

interface Context {
  app: RedressApp;
  token: string;
  rendererDir: string;
  port: number;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${ctx.port}` && host !== `localhost:${ctx.port}`) {
    return refuse(req, res, 403, 'This Redress host only answers requests addressed to 127.0.0.1.');
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return refuse(req, res, 403, 'Requests from other sites are not allowed.');
  }

  const path = (req.url ?? '/').split('?')[0]!;
  if (path === '/rpc') {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return refuse(req, res, 405, 'Use POST for /rpc.', 'VALIDATION');
    }
    if (!hasToken(req, ctx.token)) {
      return refuse(
        req,
        res,
        401,
        'This request did not carry the token of this Redress session. Open the address Redress printed when it started.',
      );
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return sendJson(
        res,
        413,
        errorResult('VALIDATION', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`),
      );
    }
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, errorResult('VALIDATION', 'The request body is not valid JSON.'));
    }
    return sendJson(res, 200, await callProcedure(ctx.app.dispatch, message));
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return refuse(req, res, 405, 'Only GET and HEAD are served here.', 'VALIDATION');
  }
  const file = await resolveStaticFile(ctx.rendererDir, path);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end(
      path === '/'
        ? 'The app has not been built yet: run `npx electron-vite build`, then reload.\n'
        : 'Not found\n',
    );
    return;
  }
  const { headers, body } = await readStaticFile(file);
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match) return false;
  // Hash both sides so timingSafeEqual gets equal lengths and the length is not leaked either.
  const given = createHash('sha256').update(match[1]!).digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected);
}

/** Reads at most `limit` bytes; beyond that, drains (up to a point) and reports 'too-large'. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > limit * 16) req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => done(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    // A request cut off (or destroyed above for being far too large) settles here instead.
    const cutOff = (err: Error): void => (tooLarge ? done('too-large') : fail(err));
    req.on('close', () => {
      if (!req.complete) cutOff(new Error('request aborted'));
    });
    req.on('error', cutOff);
  });
}

function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  code: ErrorCode = 'UNAUTHORISED',
): void {
  req.resume();
  sendJson(res, status, errorResult(code, message));
}

function sendJson(res: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

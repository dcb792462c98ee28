// The local host against a real store in a temp folder: token, Host/Origin checks, body limits,
// path traversal, static files with their security headers, and a real call through the router.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../src/main/host/staticFiles';
import { MAX_BODY_BYTES, startLocalHost, type LocalHost } from '../../src/main/host/localHost';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let root: string;
let dataDir: string;
let host: LocalHost;

function send(options: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

function rpc(body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: '/rpc',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'redress-host-'));
  dataDir = join(root, 'data');
  mkdirSync(dataDir);
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><title>Redress</title><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("hello")');
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  host = await startLocalHost({ dataDir, rendererDir });
});

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('local host', () => {
  it('listens on 127.0.0.1 with a random 32-byte token in the URL fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
    expect(host.port).toBeGreaterThan(0);
  });

  it('answers a valid call with the Result from the router', async () => {
    const reply = await rpc({ procedure: 'app.status', input: {} });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    const result = JSON.parse(reply.body);
    expect(result.ok).toBe(true);
    expect(result.value.dataDir).toBe(dataDir);
  });

  it('returns domain errors as a Result with status 200', async () => {
    const result = JSON.parse((await rpc({ procedure: 'no.such.thing', input: {} })).body);
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('UNKNOWN_PROCEDURE');
  });

  it('rejects calls without the token or with a wrong one (401, JSON)', async () => {
    const missing = await send({
      method: 'POST',
      path: '/rpc',
      body: JSON.stringify({ procedure: 'app.status', input: {} }),
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });

    const wrongSameLength = await rpc(
      { procedure: 'app.status', input: {} },
      { authorization: `Bearer ${'A'.repeat(host.token.length)}` },
    );
    expect(wrongSameLength.status).toBe(401);
    const wrongShort = await rpc({ procedure: 'app.status', input: {} }, { authorization: 'Bearer x' });
    expect(wrongShort.status).toBe(401);
    const notBearer = await rpc({ procedure: 'app.status', input: {} }, { authorization: host.token });
    expect(notBearer.status).toBe(401);
  });

  it('rejects a Host header that is not 127.0.0.1 or localhost with our port (DNS rebinding)', async () => {
    for (const name of [
      'evil.example',
      `evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      '127.0.0.1',
    ]) {
      const reply = await rpc({ procedure: 'app.status', input: {} }, { host: name });
      expect(reply.status, name).toBe(403);
      expect(JSON.parse(reply.body).ok).toBe(false);
    }
    const page = await send({ path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
    const local = await rpc({ procedure: 'app.status', input: {} }, { host: `localhost:${host.port}` });
    expect(local.status).toBe(200);
  });

  it('rejects a foreign Origin and accepts our own', async () => {
    const foreign = await rpc({ procedure: 'app.status', input: {} }, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const ours = await rpc(
      { procedure: 'app.status', input: {} },
      { origin: `http://127.0.0.1:${host.port}` },
    );
    expect(ours.status).toBe(200);
  });

  it('refuses bodies over the limit with 413 and a Result', async () => {
    const reply = await rpc({ procedure: 'app.status', input: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers bad JSON and malformed requests with 400/VALIDATION', async () => {
    const bad = await rpc('{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const noName = JSON.parse((await rpc({ input: {} })).body);
    expect(noName).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const get = await send({ path: '/rpc', headers: { authorization: `Bearer ${host.token}` } });
    expect(get.status).toBe(405);
  });

  it('serves index.html with the CSP, nosniff and no-store', async () => {
    const reply = await send({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    // A page's policy names its own style nonce; otherwise it is the one policy.
    const policy = String(reply.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
    expect(policy).toBe(contentSecurityPolicy(nonce));
    expect(nonce.length).toBeGreaterThanOrEqual(24);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body).toContain('<title>Redress</title>');
  });

  it('serves assets with their content type, and index.html for client-side routes', async () => {
    const js = await send({ path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const route = await send({ path: '/cases/123' });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Redress</title>');
    expect((await send({ path: '/assets/missing.js' })).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets/link.txt',
      '/index.html%00.js',
    ]) {
      const reply = await send({ path });
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('not for the browser');
      expect(reply.body, path).not.toContain('"name"');
    }
    expect((await send({ method: 'DELETE', path: '/' })).status).toBe(405);
  });
});

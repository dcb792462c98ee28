// The S3 backend against a store that misbehaves the ways real ones do (tests/objectStores/
// hostileServer.ts): no conditional writes (Backblaze B2's 501), 409 conflicts, 503 SlowDown, a
// server that never answers, listings that end early or leave names out, refused and expired keys.
// Whatever happens, nothing is lost, nothing is inferred deleted, nothing waits forever, and no
// message, label or status ever carries the secret key.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openShareFs } from '../../src/main/sync/backends/open';
import type { BackendOptions } from '../../src/main/sync/backends/options';
import { S3ShareFs } from '../../src/main/sync/backends/s3ShareFs';
import { parseShareLocation, type S3Location } from '../../src/shared/share/location';
import { openTestApp } from '../helpers';
import { DEFAULT_MODES, startHostileServer, type HostileServer } from '../objectStores/hostileServer';
import { checkConverged, Sim } from './harness';

const SECRET = 'hostile-secret-7d1e9b44c0';
const KEY_ID = 'AKIAHOSTILE';
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

let server: HostileServer;
let shares = 0;
/** Every message, label and status seen, checked at the end for the secret. */
const seen: string[] = [];

beforeAll(async () => {
  const t = performance.now();
  server = await startHostileServer();
  console.log(`hostile server started in ${(performance.now() - t).toFixed(1)} ms`);
});
afterAll(async () => {
  await server?.close();
  const leaks = seen.filter((s) => s.includes(SECRET) || s.includes(KEY_ID));
  expect(leaks).toEqual([]);
});
beforeEach(() => server.reset());

function share(o: BackendOptions = {}) {
  const line = server.share(`bucket-${++shares}`, 'complaints', SECRET);
  const fs = new S3ShareFs(parseShareLocation(line) as S3Location, { timeoutMs: 5_000, ...o });
  seen.push(fs.label);
  return fs;
}

async function failure(p: Promise<unknown>): Promise<Error & { code?: string }> {
  const error = await p.then(
    () => null,
    (e: Error & { code?: string }) => e,
  );
  if (!error) throw new Error('expected a failure');
  seen.push(error.message, String(error.stack));
  return error;
}

const puts = () => server.requests.filter((r) => r.startsWith('PUT put'));

describe('S3 share on a hostile store', () => {
  it('501 to If-None-Match (B2): falls back to looking first, for this and later writes, and still refuses a taken name', async () => {
    server.modes.conditional = 'not-implemented';
    const fs = share();
    expect(fs.createOnly).toBe('atomic');
    await fs.writeNew('replicas/r1/a.seg', bytes('a'));
    expect(fs.createOnly).toBe('check-then-write');
    await fs.writeNew('replicas/r1/b.seg', bytes('b'));
    expect(text(await fs.read('replicas/r1/a.seg'))).toBe('a');
    expect(text(await fs.read('replicas/r1/b.seg'))).toBe('b');
    expect((await failure(fs.writeNew('replicas/r1/a.seg', bytes('x')))).code).toBe('EEXIST');
    expect(text(await fs.read('replicas/r1/a.seg'))).toBe('a');
    // One create-only attempt, then never the header again.
    expect(puts()).toEqual([
      'PUT put-if-none-match complaints/replicas/r1/a.seg',
      'PUT put complaints/replicas/r1/a.seg',
      'PUT put complaints/replicas/r1/b.seg',
    ]);
    expect(await share().probe('replicas/r1')).toBe('check-then-write');
  });

  it('a store the probe found lacking is never sent the header', async () => {
    const fs = share({ createOnly: 'check-then-write' });
    await fs.writeNew('x.json', bytes('x'));
    expect((await failure(fs.writeNew('x.json', bytes('y')))).code).toBe('EEXIST');
    expect(server.requests.filter((r) => r.includes('if-none-match'))).toEqual([]);
  });

  it('probe: a store that honours the header is atomic; one that ignores it (overwrites) is check-then-write', async () => {
    expect(await share().probe('replicas/r1')).toBe('atomic');
    server.modes.conditional = 'ignore';
    const fs = share();
    expect(await fs.probe('replicas/r1')).toBe('check-then-write');
    expect(fs.createOnly).toBe('check-then-write');
    expect(await fs.list('replicas/r1')).toEqual([]);
  });

  it('status after setting up on a store without conditional writes says check-then-write', async () => {
    server.modes.conditional = 'not-implemented';
    const dir = mkdtempSync(join(tmpdir(), 'redress-s3-'));
    const { app } = await openTestApp(dir, { sync: { shareTimeoutMs: 5_000 } });
    try {
      const line = server.share(`bucket-${++shares}`, '', SECRET);
      const out = await app.dispatch('share.connect', {
        path: line,
        create: true,
        deviceLabel: 'Laptop',
      } as never);
      seen.push(JSON.stringify(out));
      expect(out).toMatchObject({ ok: true, value: { backend: 's3', createOnly: 'check-then-write' } });
      const status = await app.dispatch('share.status', {} as never);
      seen.push(JSON.stringify(status));
      expect(status).toMatchObject({ ok: true, value: { createOnly: 'check-then-write' } });
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('409 ConditionalRequestConflict: retried; still taken after the retries → EEXIST', async () => {
    const fs = share();
    server.modes.conflicts = 2;
    await fs.writeNew('a.seg', bytes('a'));
    expect(puts().length).toBe(3);
    server.modes.conflicts = 100;
    const started = performance.now();
    expect((await failure(fs.writeNew('a.seg', bytes('b')))).code).toBe('EEXIST');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(text(await fs.read('a.seg'))).toBe('a');
    // Never there, and the store keeps saying "conflict": the share is busy, skip this round.
    expect((await failure(fs.writeNew('b.seg', bytes('b')))).code).toBe('ETIMEDOUT');
  });

  it('503 SlowDown: backs off and succeeds; a store that keeps saying it is "not responding"', async () => {
    const fs = share();
    server.modes.slowDowns = 2;
    await fs.writeNew('a.seg', bytes('a'));
    expect(puts().length).toBe(3);
    server.modes.slowDowns = 100;
    const error = await failure(fs.read('a.seg'));
    expect(error.code).toBe('ETIMEDOUT');
    expect(error.message).toMatch(/not responding/);
  });

  it('a server that accepts and never answers: ETIMEDOUT within the deadline, for every kind of call', async () => {
    const fs = share({ timeoutMs: 300 });
    server.modes.hang = true;
    for (const call of [
      () => fs.list('replicas'),
      () => fs.read('a.seg'),
      () => fs.size('a.seg'),
      () => fs.writeNew('a.seg', bytes('a')),
      () => fs.remove('a.seg'),
      async () => {
        for await (const _ of fs.readChunks('a.seg', 100)) void _;
      },
    ]) {
      const started = performance.now();
      const error = await failure(call());
      expect(error.code).toBe('ETIMEDOUT');
      expect(error.message).toMatch(/not responding/);
      expect(performance.now() - started).toBeLessThan(1_500);
    }
    // The sync's own cancel signal ends a call at once, as a cancellation.
    const stop = new AbortController();
    const cancellable = share({ timeoutMs: 60_000, signal: stop.signal });
    const listing = cancellable.list('replicas');
    setTimeout(() => stop.abort(), 50);
    expect((await failure(listing)).code).toBe('ABORT_ERR');
  });

  it('a refused connection: ETIMEDOUT ("not responding") at once', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    const line = `s3://${KEY_ID}:${SECRET}@bucket-x/p?endpoint=http://127.0.0.1:${port}&region=us-east-1&path-style=true`;
    const fs = await openShareFs(line, { timeoutMs: 5_000 });
    const started = performance.now();
    const error = await failure(fs.list('replicas'));
    expect(error.code).toBe('ETIMEDOUT');
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('goes through the proxy it is given (a CONNECT tunnel, as https-proxy-agent makes)', async () => {
    const tunnels: string[] = [];
    const proxy = createHttpServer();
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const port = (proxy.address() as { port: number }).port;
      const fs = share({ proxy: `http://127.0.0.1:${port}` });
      await fs.writeNew('a.seg', bytes('a'));
      expect(await fs.list('')).toEqual(['a.seg']);
      expect(tunnels.length).toBeGreaterThan(0);
      expect(tunnels[0]).toBe(new URL(server.endpoint).host);
    } finally {
      proxy.closeAllConnections();
      await new Promise((r) => proxy.close(r));
    }
  });

  it('403: a refused or expired key is EACCES saying to ask the administrator; a skewed clock says so', async () => {
    const fs = share();
    await fs.writeNew('a.seg', bytes('a'));
    for (const refuse of ['SignatureDoesNotMatch', 'ExpiredToken', 'AccessDenied'] as const) {
      server.modes.refuse = refuse;
      for (const call of [
        () => fs.list(''),
        () => fs.read('a.seg'),
        () => fs.size('a.seg'),
        () => fs.remove('a.seg'),
      ]) {
        const error = await failure(call());
        expect(error.code).toBe('EACCES');
        expect(error.message).toMatch(/ask your administrator/);
        expect(error.message).not.toMatch(/SignatureDoesNotMatch|ExpiredToken/);
      }
      expect((await failure(fs.writeNew('b.seg', bytes('b')))).code).toBe('EACCES');
    }
    server.modes.refuse = 'RequestTimeTooSkewed';
    const skew = await failure(fs.list(''));
    expect(skew.code).toBe('EACCES');
    expect(skew.message).toMatch(/clock is more than 15 minutes out; correct it/);
  });

  it('pages: follows continuation tokens; a listing that says "more" without a token returns what it read, once', async () => {
    const fs = share();
    const names = Array.from({ length: 7 }, (_, i) => `000000000${i}-aa.seg`);
    for (const n of names) await fs.writeNew(`replicas/r1/seg/${n}`, bytes(n));
    await fs.writeNew('replicas/r1/hello.json', bytes('{}'));
    await fs.writeNew('replicas/r2/hello.json', bytes('{}'));
    server.modes.pageSize = 2;
    server.requests.length = 0;
    expect(await fs.list('replicas/r1/seg')).toEqual(names);
    expect(server.requests.filter((r) => r.includes(' list ')).length).toBe(4);
    expect(await fs.list('replicas')).toEqual(['r1', 'r2']);
    expect(await fs.listDetailed('replicas/r1/seg', { after: names[4] })).toEqual([
      { name: names[5], size: 17 },
      { name: names[6], size: 17 },
    ]);
    expect(fs.partialListings).toEqual([]);
    server.modes.listing = 'truncated';
    server.requests.length = 0;
    expect(await fs.list('replicas/r1/seg')).toEqual(names.slice(0, 2));
    expect(server.requests.length).toBe(1);
    expect(fs.partialListings).toMatchObject([{ dir: 'replicas/r1/seg', names: 2 }]);
  });

  it(
    'sync through listings that end early, leave names out or come back empty: nothing lost, nothing removed, whole again later',
    { timeout: 60_000 },
    async () => {
      const location = parseShareLocation(server.share(`bucket-${++shares}`, 'sim', SECRET)) as S3Location;
      const sim = await Sim.create({
        seed: 11,
        replicas: 2,
        share: { kind: 'store', make: () => new S3ShareFs(location, { timeoutMs: 5_000 }) },
      });
      try {
        await sim.work(12, { syncRate: 0.5 });
        expect(await checkConverged(sim, await sim.quiesce())).toBeNull();
        const objects = () => [...server.buckets.get(location.bucket)!.keys()];
        const before = objects();
        const first = sim.replicas[0]!.rid;
        for (const [listing, pageSize] of [
          ['truncated', 1],
          ['drop', 1000],
          ['empty', 1000],
        ] as const) {
          server.modes = {
            ...DEFAULT_MODES,
            listing,
            pageSize,
            dropped: (key) => key.includes(first),
          };
          server.requests.length = 0;
          await sim.work(8, { syncRate: 0.6 });
          // No file anyone wrote was removed because a listing left it out. (Each installation
          // replaces its own old snapshot and its own old change hints, tips.ts: those go by design.)
          const byDesign = (k: string) => k.includes('/snap/') || k.includes('/tips/');
          const deleted = server.requests.filter((r) => r.startsWith('DELETE') && !byDesign(r));
          expect(deleted, listing).toEqual([]);
          expect(
            before.filter((k) => !objects().includes(k) && !byDesign(k)),
            listing,
          ).toEqual([]);
          for (const r of sim.replicas) seen.push(...r.errors);
        }
        server.modes = { ...DEFAULT_MODES };
        expect(await checkConverged(sim, await sim.quiesce())).toBeNull();
      } finally {
        await sim.close();
      }
    },
  );
});

import { openTestApp } from '../helpers';
// The convergence suite on an object store (Azurite, an S3 server, a real cloud account) through
// its ShareFs: the same harness and checks as the real-folder suite (folderSuite.ts), plus what
// only a store does — create-only writes refused by the server, listings with sizes and a
// starting point, junk objects nobody's reader may trip on, a store that stops answering.
// Generic: a store is described by StoreUnderTest, and nothing here knows which one it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RedressApp } from '../../src/main/app';
import type { BackendOptions } from '../../src/main/sync/backends/options';
import { openShareFs } from '../../src/main/sync/backends/open';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { checkConverged, seedsFromEnv, Sim, type Replica } from './harness';
import { call } from './stalledShare';

/** An object store the suite runs against. */
export interface StoreUnderTest {
  label: string;
  /** host:port of the store as its share lines name it (the stall test routes it elsewhere). */
  address: string;
  /** A new, empty share; returns its name. */
  fresh(): Promise<string>;
  /** A view of share `name` through the backend under test. */
  share(name: string, options?: BackendOptions): ShareFs;
  /** Share `name`'s line, credentials included (for share.connect and CLI child processes). */
  line(name: string): string;
  /** Puts an object behind the app's back (junk, as other programs leave it). */
  putRaw(name: string, path: string, bytes: Uint8Array): Promise<void>;
  /** Every object's path in the share. */
  listAll(name: string): Promise<string[]>;
}

type Part = 'basics' | 'convergence' | 'together' | 'junk' | 'stall';

export interface StoreSuiteOptions {
  seeds: number;
  /** The store's listing page size, when small enough to list past one page here (S3: 1,000). */
  pageSize?: number;
  /**
   * Which parts to run (all by default). A real cloud account runs basics and convergence only:
   * the stall tests route the store through a local forwarder, which TLS host names rule out.
   */
  parts?: Part[];
  timeoutMs?: number;
}

const text = (s: string) => new TextEncoder().encode(s);
const seg = (seq: number, hash = '0123456789abcdef') => `${String(seq).padStart(10, '0')}-${hash}.seg`;

/**
 * A TCP forwarder to the store that can go silent: once stalled, it accepts connections and
 * swallows requests without ever answering (a dead proxy, a half-open link) — the case where
 * both cloud SDKs otherwise wait forever.
 */
export class Forwarder {
  stalled = false;
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    readonly address: string,
  ) {}

  static async start(target: string): Promise<Forwarder> {
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.split(':').pop())];
    let self: Forwarder | null = null;
    const server = createServer((client) => {
      self!.sockets.add(client);
      client.on('close', () => self!.sockets.delete(client));
      client.on('error', () => undefined);
      if (self!.stalled) return; // accepted, never answered
      const upstream = connect(port, host);
      self!.sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.on('data', (d) => {
        if (!self!.stalled) upstream.write(d);
      });
      upstream.on('data', (d) => client.write(d));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const { port: own } = server.address() as { port: number };
    self = new Forwarder(server, `127.0.0.1:${own}`);
    return self;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((ok) => this.server.close(ok));
  }
}

async function timed<T>(work: Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work;
  return { ms: performance.now() - started, value };
}

export function storeSuite(label: string, store: () => StoreUnderTest, o: StoreSuiteOptions): void {
  const timeout = o.timeoutMs ?? 60_000;
  const runs = (part: Part) => !o.parts || o.parts.includes(part);
  const sim = async (seed: number, replicas: number) => {
    const name = await store().fresh();
    return Sim.create({ seed, replicas, share: { kind: 'store', make: () => store().share(name) } });
  };

  describe.runIf(runs('basics'))(`${label}: basics`, () => {
    it(
      'writes once (EEXIST after), lists folders and files, sizes, a starting point, and missing names',
      async () => {
        const s = store();
        const name = await s.fresh();
        const fs = s.share(name);
        expect(fs.backend).not.toBe('folder');
        expect(await fs.list('replicas/nobody/seg')).toEqual([]);
        expect(await fs.list('')).toEqual([]);
        expect(await fs.size('replicas/nobody/x.seg')).toBeNull();
        await expect(fs.read('replicas/nobody/x.seg')).rejects.toMatchObject({ code: 'ENOENT' });
        await fs.mkdirp('replicas/r1/seg');
        const one = text('{"hello":"share"}\n');
        await fs.writeNew(`replicas/r1/seg/${seg(1)}`, one);
        await expect(fs.writeNew(`replicas/r1/seg/${seg(1)}`, text('other bytes\n'))).rejects.toMatchObject({
          code: 'EEXIST',
        });
        expect(Buffer.from(await fs.read(`replicas/r1/seg/${seg(1)}`)).toString()).toBe(
          '{"hello":"share"}\n',
        );
        for (let seq = 2; seq <= 4; seq++)
          await fs.writeNew(`replicas/r1/seg/${seg(seq)}`, text('x'.repeat(seq)));
        await fs.writeNew('replicas/r1/hello.json', text('{}'));
        await fs.writeNew('replicas/r2/hello.json', text('{}'));
        expect(await fs.list('')).toEqual(['replicas']);
        expect(await fs.list('replicas')).toEqual(['r1', 'r2']);
        expect(await fs.list('replicas/r1')).toEqual(['hello.json', 'seg']);
        expect(await fs.list('replicas/r1/seg')).toEqual([seg(1), seg(2), seg(3), seg(4)]);
        // After a name: exclusive, also when that name is not there (a removed segment).
        expect(await fs.list('replicas/r1/seg', { after: seg(2) })).toEqual([seg(3), seg(4)]);
        expect(await fs.list('replicas/r1/seg', { after: seg(2, '00') })).toEqual([seg(2), seg(3), seg(4)]);
        expect(await fs.list('replicas', { after: 'r1' })).toEqual(['r2']);
        expect(await fs.listDetailed!('replicas/r1/seg', { after: seg(1) })).toEqual([
          { name: seg(2), size: 2 },
          { name: seg(3), size: 3 },
          { name: seg(4), size: 4 },
        ]);
        expect(await fs.listDetailed!('replicas/r1')).toEqual([{ name: 'hello.json', size: 2 }]);
        expect(await fs.size(`replicas/r1/seg/${seg(3)}`)).toBe(3);
        const mtime = await fs.mtime!(`replicas/r1/seg/${seg(3)}`);
        expect(Math.abs(mtime! - Date.now())).toBeLessThan(60_000);
        // Too big to read: refused before the body is read, and not over the cap.
        await fs.writeNew('replicas/r1/big.seg', new Uint8Array(300_000));
        const first = (path: string, max: number) => fs.readChunks!(path, max)[Symbol.asyncIterator]().next();
        await expect(first('replicas/r1/big.seg', 100_000)).rejects.toMatchObject({ code: 'EFBIG' });
        let total = 0;
        for await (const c of fs.readChunks!('replicas/r1/big.seg', 300_000)) total += c.length;
        expect(total).toBe(300_000);
        await expect(first('replicas/r1/nope.seg', 10)).rejects.toMatchObject({
          code: 'ENOENT',
        });
        await fs.remove('replicas/r1/big.seg');
        await fs.remove('replicas/r1/big.seg'); // gone already: fine
        expect(await fs.size('replicas/r1/big.seg')).toBeNull();
        // Past one page of a listing, where the store pages small enough to try (S3: 1,000).
        if (o.pageSize) {
          const many = Array.from({ length: o.pageSize + 5 }, (_, i) => `${String(i).padStart(5, '0')}.blob`);
          for (let i = 0; i < many.length; i += 50)
            await Promise.all(
              many.slice(i, i + 50).map((n) => fs.writeNew(`replicas/r2/blob/${n}`, text(n))),
            );
          expect(await fs.list('replicas/r2/blob')).toEqual(many);
          expect(await fs.list('replicas/r2/blob', { after: many[o.pageSize - 2] })).toEqual(
            many.slice(o.pageSize - 1),
          );
        }
      },
      timeout,
    );
  });

  describe(`${label}: convergence (guarantee 1)`, () => {
    it.runIf(runs('convergence')).each(seedsFromEnv(o.seeds, 2001))(
      'seed %i converges',
      async (seed) => {
        const s = await sim(seed, 2 + (seed % 3));
        try {
          await s.work(20, { syncRate: 0.35 });
          const failure = await checkConverged(s, await s.quiesce());
          expect(failure, failure ?? '').toBeNull();
        } finally {
          await s.close();
        }
      },
      timeout,
    );

    it.runIf(runs('together'))(
      'replicas syncing at the same moment on the same store converge',
      async () => {
        const s = await sim(2100, 3);
        try {
          for (let round = 0; round < 3; round++) {
            for (const r of s.replicas) await s.randomOp(r);
            for (const r of s.replicas) await s.randomOp(r);
            const outs = await Promise.all(s.replicas.map((r) => r.sync()));
            for (const out of outs) expect(out.ok, String(out.error)).toBe(true);
          }
          const failure = await checkConverged(s, await s.quiesce());
          expect(failure, failure ?? '').toBeNull();
        } finally {
          await s.close();
        }
      },
      timeout,
    );

    it.runIf(runs('junk'))(
      'conflicted copies, leftover .tmp objects and desktop.ini in the store change nothing',
      async () => {
        const name = await store().fresh();
        const s = await Sim.create({
          seed: 2200,
          replicas: 3,
          share: { kind: 'store', make: () => store().share(name) },
        });
        try {
          await s.work(12, { syncRate: 0.5 });
          expect(await s.quiesce(), s.diff()).toBeGreaterThan(0);
          const before = s.hashes();
          const fs = store().share(name);
          for (const path of (await store().listAll(name)).filter((p) => /\.(seg|json)$/.test(p))) {
            const base = path.replace(/\.(seg|json)$/, '');
            const ext = path.slice(base.length);
            const bytes = await fs.read(path);
            await store().putRaw(name, `${base} (conflicted copy 2026-01-02)${ext}`, bytes);
            await store().putRaw(name, `${base}.sync-conflict-20260102-101010-ABCDEFG${ext}`, bytes);
            await store().putRaw(name, `${base} (1)${ext}`, bytes);
            await store().putRaw(name, `${path}.a1b2c3d4.tmp`, text('half a fi'));
          }
          for (const r of s.replicas)
            await store().putRaw(name, `replicas/${r.rid}/desktop.ini`, text('[.ShellClassInfo]\n'));
          for (let round = 0; round < 2; round++) for (const r of s.replicas) await r.mustSync();
          expect(s.hashes()).toEqual(before);
          for (const r of s.replicas as Replica[])
            expect((await r.attention()).filter((i) => i.kind === 'unreadable_file')).toEqual([]);
        } finally {
          await s.close();
        }
      },
      timeout,
    );
  });

  describe.runIf(runs('stall'))(`${label}: a store that stops answering`, () => {
    it(
      'each request gives up at its deadline (ETIMEDOUT), also on a refused connection; nothing secret in the message',
      async () => {
        const s = store();
        const name = await s.fresh();
        const line = s.line(name);
        const forwarder = await Forwarder.start(s.address);
        try {
          forwarder.stalled = true;
          const hung = await openShareFs(line.split(s.address).join(forwarder.address), { timeoutMs: 600 });
          const listed = await timed(
            hung.list('replicas').then(
              () => null,
              (e: Error & { code?: string }) => e,
            ),
          );
          expect(listed.value?.code).toBe('ETIMEDOUT');
          expect(listed.ms).toBeLessThan(2_000);
          const wrote = await timed(
            hung.writeNew('x.json', text('{}')).then(
              () => null,
              (e: Error & { code?: string }) => e,
            ),
          );
          expect(wrote.value?.code).toBe('ETIMEDOUT');
          expect(wrote.ms).toBeLessThan(2_000);
          for (const e of [listed.value!, wrote.value!]) {
            expect(e.message).toMatch(/not responding/);
            expect(e.message).not.toMatch(/sig=|Signature|secret/i);
          }
          // Nothing listens there any more: refused, retried briefly, then the same answer.
          await forwarder.close();
          const refused = await timed(
            hung.size('x.json').then(
              () => null,
              (e: Error & { code?: string }) => e,
            ),
          );
          expect(refused.value?.code).toBe('ETIMEDOUT');
          expect(refused.ms).toBeLessThan(5_000);
        } finally {
          await forwarder.close().catch(() => undefined);
        }
      },
      timeout,
    );

    it(
      'the app answers while a sync waits on a silent store; the sync ends with "not responding" and the next one, once it answers, catches up',
      async () => {
        const s = store();
        const name = await s.fresh();
        const forwarder = await Forwarder.start(s.address);
        const dir = mkdtempSync(join(tmpdir(), 'redress-store-stall-'));
        let app: RedressApp | null = null;
        try {
          const timeoutMs = 1_500;
          app = (await openTestApp(dir, { sync: { shareTimeoutMs: timeoutMs } })).app;
          const line = s.line(name).split(s.address).join(forwarder.address);
          await call(app, 'share.connect', { path: line, create: true, deviceLabel: 'A' });
          const connected = (await call(app, 'share.status', {})) as Record<string, unknown>;
          expect(connected.backend).not.toBe('folder');
          expect(JSON.stringify(connected)).not.toMatch(/sig=/);
          await call(app, 'cases.open', { type: 'enquiry', summary: 'Before the stall' });
          await call(app, 'sync.now', {});

          forwarder.stalled = true;
          const syncing = timed(app.dispatch('sync.now', {} as never));
          await new Promise((r) => setTimeout(r, 200));
          const list = await timed(call(app, 'cases.list', {}));
          expect(list.ms, 'cases.list while the store is silent').toBeLessThan(500);
          const opened = await timed(
            call(app, 'cases.open', { type: 'enquiry', summary: 'During the stall' }),
          );
          expect(opened.ms, 'cases.open while the store is silent').toBeLessThan(500);
          const ended = await syncing;
          expect(ended.value.ok).toBe(false);
          expect(ended.ms).toBeLessThan(timeoutMs + 3_000);
          if (!ended.value.ok) {
            expect(ended.value.error.details).toMatchObject({ errno: 'ETIMEDOUT' });
            expect(ended.value.error.message).not.toMatch(/sig=/);
          }
          const status = (await call(app, 'share.status', {})) as { lastError: string | null };
          expect(status.lastError ?? '').toMatch(/not responding|cannot be used right now/i);

          forwarder.stalled = false;
          const again = (await call(app, 'sync.now', {})) as { exported: number };
          expect(again.exported).toBeGreaterThan(0);
          expect(((await call(app, 'share.status', {})) as { outbox: number }).outbox).toBe(0);
        } finally {
          await app?.close();
          await forwarder.close();
          rmSync(dir, { recursive: true, force: true });
        }
      },
      timeout,
    );
  });
}

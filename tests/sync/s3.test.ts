// The S3 backend against a real S3 server (fauxqs on loopback, with a create-only hook: see
// tests/objectStores/s3Server.ts): names, listings, reads and the setup probe, then the generic
// object-store suite (storeSuite.ts: convergence, junk objects, a store that stops answering).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '../../src/main/sync/backends/s3Client';
import { S3ShareFs } from '../../src/main/sync/backends/s3ShareFs';
import { openShareFs } from '../../src/main/sync/backends/open';
import { parseShareLocation, type S3Location } from '../../src/shared/share/location';
import { startS3Server, S3_TEST_SECRET, type S3TestServer } from '../objectStores/s3Server';
import { storeCrashSuite } from './storeCrash';
import { storeSuite, type StoreUnderTest } from './storeSuite';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const SEG = 'replicas/r1/seg/0000000001-0123456789abcdef.seg';

let server: S3TestServer;
let plain: S3TestServer;
let buckets = 0;
const started: Record<string, number> = {};

beforeAll(async () => {
  let t = performance.now();
  server = await startS3Server();
  started.hooked = performance.now() - t;
  t = performance.now();
  plain = await startS3Server({ createOnly: false });
  started.plain = performance.now() - t;
  console.log(
    `fauxqs started in ${started.hooked!.toFixed(0)} ms (+ ${started.plain!.toFixed(0)} ms for a second one)`,
  );
});
afterAll(async () => {
  await server?.close();
  await plain?.close();
});

async function share(on = server, prefix = 'team/complaints'): Promise<S3ShareFs> {
  const line = await on.share(`share-${++buckets}`, prefix);
  return new S3ShareFs(parseShareLocation(line) as S3Location, { timeoutMs: 5_000 });
}

describe('S3 share on fauxqs', () => {
  it('opens from its line, with a label that carries no key', async () => {
    const line = await server.share(`share-${++buckets}`);
    const fs = await openShareFs(line, {});
    expect(fs).toBeInstanceOf(S3ShareFs);
    expect(fs.backend).toBe('s3');
    expect(fs.createOnly).toBe('atomic');
    expect(fs.credentialExpires).toBeNull();
    expect(fs.label).toBe(`s3://share-${buckets}?endpoint=${server.endpoint}`);
    expect(line).toContain(S3_TEST_SECRET);
    expect(fs.label).not.toContain(S3_TEST_SECRET);
  });

  it('writes once (EEXIST after), reads back, lists a missing folder as empty, ENOENT for a missing file', async () => {
    const fs = await share();
    expect(await fs.list('replicas/nobody/seg')).toEqual([]);
    expect(await fs.listDetailed('replicas/nobody/seg')).toEqual([]);
    expect(await fs.size(SEG)).toBeNull();
    expect(await fs.mtime(SEG)).toBeNull();
    await expect(fs.read(SEG)).rejects.toMatchObject({ code: 'ENOENT' });
    await fs.mkdirp('replicas/r1/seg');
    const before = Date.now();
    await fs.writeNew(SEG, bytes('{"hello":"share"}\n'));
    expect(text(await fs.read(SEG))).toBe('{"hello":"share"}\n');
    expect(await fs.size(SEG)).toBe(18);
    expect(Math.abs((await fs.mtime(SEG))! - before)).toBeLessThan(5_000);
    await expect(fs.writeNew(SEG, bytes('other\n'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(text(await fs.read(SEG))).toBe('{"hello":"share"}\n');
    await fs.remove(SEG);
    expect(await fs.size(SEG)).toBeNull();
    await fs.remove(SEG); // already gone: fine
  });

  it('lists folders and files by name (relative, no trailing slash), with sizes, after a name', async () => {
    const fs = await share();
    for (const [path, body] of [
      ['redress-share.json', '{}'],
      ['replicas/r1/hello.json', 'h1'],
      ['replicas/r1/seg/0000000001-aa.seg', '1'],
      ['replicas/r1/seg/0000000002-bb.seg', '22'],
      ['replicas/r1/seg/0000000003-cc.seg', '333'],
      ['replicas/r2/seg/0000000001-dd.seg', '4444'],
    ] as const)
      await fs.writeNew(path, bytes(body));
    expect(await fs.list('')).toEqual(['redress-share.json', 'replicas']);
    expect(await fs.list('replicas')).toEqual(['r1', 'r2']);
    expect(await fs.list('replicas/r1')).toEqual(['hello.json', 'seg']);
    expect(await fs.listDetailed('replicas/r1')).toEqual([{ name: 'hello.json', size: 2 }]);
    expect(await fs.listDetailed('replicas/r1/seg')).toEqual([
      { name: '0000000001-aa.seg', size: 1 },
      { name: '0000000002-bb.seg', size: 2 },
      { name: '0000000003-cc.seg', size: 3 },
    ]);
    expect(await fs.list('replicas/r1/seg', { after: '0000000001-aa.seg' })).toEqual([
      '0000000002-bb.seg',
      '0000000003-cc.seg',
    ]);
    expect(await fs.listDetailed('replicas/r1/seg', { after: '0000000003-cc.seg' })).toEqual([]);
  });

  it('refuses to read a file past the cap, before reading it (EFBIG), and streams one within it', async () => {
    const fs = await share();
    const big = new Uint8Array(300_000).fill(7);
    await fs.writeNew('replicas/r1/snap/big.snap', big);
    const chunks = async (max: number) => {
      let n = 0;
      for await (const c of fs.readChunks('replicas/r1/snap/big.snap', max)) n += c.length;
      return n;
    };
    await expect(chunks(100_000)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(await chunks(300_000)).toBe(300_000);
    await expect(chunks(1)).rejects.toMatchObject({ code: 'EFBIG' });
    await expect(
      (async () => {
        for await (const _ of fs.readChunks('replicas/r1/snap/none.snap', 10)) void _;
      })(),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('probe: atomic where the store refuses a second create; check-then-write where it overwrites', async () => {
    const hooked = await share();
    expect(await hooked.probe('replicas/r1')).toBe('atomic');
    expect(hooked.createOnly).toBe('atomic');
    expect(await hooked.list('replicas/r1')).toEqual([]); // the scratch file was removed

    const overwriting = await share(plain);
    expect(await overwriting.probe('replicas/r1')).toBe('check-then-write');
    expect(overwriting.createOnly).toBe('check-then-write');
    expect(await overwriting.list('replicas/r1')).toEqual([]);
    // Looking first still refuses a taken name on a store that would overwrite it.
    await overwriting.writeNew(SEG, bytes('one\n'));
    await expect(overwriting.writeNew(SEG, bytes('two\n'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(text(await overwriting.read(SEG))).toBe('one\n');
  });
});

/** fauxqs with the create-only hook as the generic object-store suite sees it: one bucket per share. */
function fauxqs(): StoreUnderTest {
  const lines = new Map<string, string>();
  // The endpoint written out plainly (URLSearchParams escapes its ':' and '/'), so the suite can
  // route the store's host:port through its forwarder.
  const line = (name: string) =>
    lines.get(name)!.replace(encodeURIComponent(server.endpoint), server.endpoint);
  const raw = (name: string) =>
    new S3ShareFs(parseShareLocation(line(name)) as S3Location, { timeoutMs: 5_000 });
  return {
    label: 'fauxqs',
    address: new URL(server.endpoint).host,
    async fresh() {
      const name = `suite-${++buckets}`;
      lines.set(name, await server.share(name, 'complaints'));
      return name;
    },
    share: (name, options) =>
      new S3ShareFs(parseShareLocation(line(name)) as S3Location, { timeoutMs: 5_000, ...options }),
    line,
    // An ordinary PUT, no create-only header: as another program would leave a file.
    async putRaw(name, path, bytes) {
      const location = parseShareLocation(line(name)) as S3Location;
      await makeS3Client(location, null).send(
        new PutObjectCommand({ Bucket: location.bucket, Key: `${location.prefix}/${path}`, Body: bytes }),
      );
    },
    async listAll(name) {
      const fs = raw(name);
      const walk = async (dir: string): Promise<string[]> => {
        const files = new Set((await fs.listDetailed(dir)).map((e) => e.name));
        const out: string[] = [];
        for (const n of await fs.list(dir)) {
          const path = dir ? `${dir}/${n}` : n;
          if (files.has(n)) out.push(path);
          else out.push(...(await walk(path)));
        }
        return out;
      };
      return walk('');
    },
  };
}
let suiteStore: StoreUnderTest | null = null;
storeSuite('fauxqs', () => (suiteStore ??= fauxqs()), { seeds: 1 });
// The crash test on S3 too: the hook is check-then-write, so the restarted sync's second write of
// a name is refused by the look before it — which must read as "already ours", as on Azure.
storeCrashSuite('fauxqs', () => (suiteStore ??= fauxqs()));

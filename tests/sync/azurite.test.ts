// The object-store suite (storeSuite.ts) and the crash test (storeCrash.ts) on Azurite,
// Microsoft's Blob Storage emulator, started in this process on a random port for this file;
// plus what only the Azure backend does (a corporate proxy given by the system's settings).
// More seeds: REDRESS_SYNC_SEEDS=20 npx vitest run tests/sync/azurite.test.ts
import { createServer, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Azurite } from '../objectStores/azurite';
import { storeCrashSuite } from './storeCrash';
import { storeSuite } from './storeSuite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await Azurite.start();
  console.info(`Azurite started in ${Math.round(azurite.startMs)} ms at ${azurite.serviceUrl}`);
});
afterAll(() => azurite?.stop());

storeSuite('Azurite', () => azurite, { seeds: 3 });
storeCrashSuite('Azurite', () => azurite);

describe('Azure behind a proxy', () => {
  it('every request goes through the proxy it is given', async () => {
    const seen: string[] = [];
    // A plain forwarding HTTP proxy (absolute-form requests), as an office's would be for http://.
    const proxy = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const upstream = request(req.url!, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
    try {
      const { port } = proxy.address() as { port: number };
      const container = await azurite.container();
      const fs = azurite.open(azurite.sasLine(container), { proxy: `http://127.0.0.1:${port}` });
      await fs.writeNew('replicas/r1/hello.json', new TextEncoder().encode('{}'));
      expect(await fs.list('replicas')).toEqual(['r1']);
      expect(Buffer.from(await fs.read('replicas/r1/hello.json')).toString()).toBe('{}');
      expect(seen.length).toBeGreaterThanOrEqual(3);
      for (const line of seen) expect(line).toContain(`http://${azurite.address}/`);
    } finally {
      proxy.closeAllConnections();
      await new Promise((ok) => proxy.close(ok));
    }
  });
});

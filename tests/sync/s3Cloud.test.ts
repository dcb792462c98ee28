// The S3 backend against a real store (AWS S3, Cloudflare R2, MinIO, Wasabi, Backblaze B2), in a
// folder of its own per run: the setup probe (which kind of create-only the store gives, printed),
// the basics, and one convergence seed. Runs when these are set, otherwise every test is skipped:
//   REDRESS_TEST_S3_ENDPOINT (https://…, or "aws" for AWS itself), REDRESS_TEST_S3_BUCKET,
//   REDRESS_TEST_S3_ACCESS_KEY_ID, REDRESS_TEST_S3_SECRET_ACCESS_KEY, optional REDRESS_TEST_S3_REGION.
// The key needs GetObject, PutObject, DeleteObject and ListBucket on the bucket.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { S3ShareFs } from '../../src/main/sync/backends/s3ShareFs';
import type { S3Location } from '../../src/shared/share/location';
import { convergenceRun } from './harness';

const env = process.env;
const endpoint = env.REDRESS_TEST_S3_ENDPOINT;
const bucket = env.REDRESS_TEST_S3_BUCKET;
const keyId = env.REDRESS_TEST_S3_ACCESS_KEY_ID;
const secret = env.REDRESS_TEST_S3_SECRET_ACCESS_KEY;

if (!endpoint || !bucket || !keyId || !secret) {
  describe('S3 share on a real store', () => {
    it.skip('skipped: set REDRESS_TEST_S3_ENDPOINT, REDRESS_TEST_S3_BUCKET, REDRESS_TEST_S3_ACCESS_KEY_ID and REDRESS_TEST_S3_SECRET_ACCESS_KEY (optional REDRESS_TEST_S3_REGION)', () => {});
  });
} else {
  const aws = endpoint === 'aws';
  const run = `redress-test/${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
  const at = (prefix: string): S3Location => ({
    backend: 's3',
    bucket,
    prefix,
    endpoint: aws ? null : endpoint,
    region: env.REDRESS_TEST_S3_REGION || (aws ? 'eu-west-2' : 'auto'),
    pathStyle: !aws,
    accessKeyId: keyId,
    secretAccessKey: secret,
  });
  const fs = new S3ShareFs(at(`${run}/basics`), { timeoutMs: 20_000 });
  /** Everything under `dir`, removed (this run's folder only: the bucket may hold other things). */
  const removeAll = async (share: S3ShareFs, dir: string): Promise<void> => {
    const files = new Set((await share.listDetailed(dir)).map((e) => e.name));
    for (const name of await share.list(dir)) {
      const path = dir ? `${dir}/${name}` : name;
      if (files.has(name)) await share.remove(path).catch(() => undefined);
      else await removeAll(share, path);
    }
  };
  afterAll(async () => {
    await removeAll(fs, '');
    await removeAll(new S3ShareFs(at(`${run}/sim`), { timeoutMs: 20_000 }), '');
  });

  describe(`S3 share on ${aws ? 'AWS S3' : endpoint}`, { timeout: 120_000 }, () => {
    it('probe says how the store refuses a taken name', async () => {
      const kind = await fs.probe('replicas/probe');
      console.log(`${fs.label}: create-only is ${kind}`);
      expect(['atomic', 'check-then-write']).toContain(kind);
      expect(await fs.list('replicas/probe')).toEqual([]);
    });

    it('basics: EEXIST, listings with sizes and after a name, ENOENT, EFBIG', async () => {
      const bytes = (s: string) => new TextEncoder().encode(s);
      expect(await fs.list('replicas/r1/seg')).toEqual([]);
      await expect(fs.read('replicas/r1/seg/none.seg')).rejects.toMatchObject({ code: 'ENOENT' });
      for (const n of ['0000000001-aa.seg', '0000000002-bb.seg'])
        await fs.writeNew(`replicas/r1/seg/${n}`, bytes(n));
      await expect(fs.writeNew('replicas/r1/seg/0000000001-aa.seg', bytes('x'))).rejects.toMatchObject({
        code: 'EEXIST',
      });
      expect(await fs.list('replicas')).toEqual(['r1']);
      expect(await fs.listDetailed('replicas/r1/seg')).toEqual([
        { name: '0000000001-aa.seg', size: 17 },
        { name: '0000000002-bb.seg', size: 17 },
      ]);
      expect(await fs.list('replicas/r1/seg', { after: '0000000001-aa.seg' })).toEqual(['0000000002-bb.seg']);
      expect(new TextDecoder().decode(await fs.read('replicas/r1/seg/0000000002-bb.seg'))).toBe(
        '0000000002-bb.seg',
      );
      await expect(
        (async () => {
          for await (const _ of fs.readChunks('replicas/r1/seg/0000000002-bb.seg', 4)) void _;
        })(),
      ).rejects.toMatchObject({ code: 'EFBIG' });
    });

    it('converges: two installations syncing through the store', { timeout: 300_000 }, async () => {
      const location = at(`${run}/sim`);
      const failure = await convergenceRun({
        seed: 7,
        replicas: 2,
        ops: 20,
        share: { kind: 'store', make: () => new S3ShareFs(location, { timeoutMs: 20_000 }) },
      });
      expect(failure).toBeNull();
    });
  });
}

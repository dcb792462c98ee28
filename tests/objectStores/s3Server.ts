// A real S3 server for the tests: fauxqs (npm) on 127.0.0.1, a random port, in this process.
// fauxqs ignores If-None-Match and overwrites (measured, object-store-research.md §5.2), so by
// default a small hook answers a create-only PUT of a name that exists with 412
// PreconditionFailed, as AWS, R2 and MinIO do. The hook looks then writes: it is not atomic, so
// races belong on Azurite. `createOnly: false` leaves plain fauxqs (a store that overwrites).
import { buildApp } from 'fauxqs';
import { shareLine } from '../../src/shared/share/location';

export const S3_TEST_KEY_ID = 'AKIATESTREDRESS';
/** Never to appear in a message, label or status (tests assert it). */
export const S3_TEST_SECRET = 'redress-test-secret-9f3c2a71d4';

export interface S3TestServer {
  endpoint: string;
  /** A new empty bucket and the share line naming it (with the key pair, path-style). */
  share(name: string, prefix?: string): Promise<string>;
  close(): Promise<void>;
}

const PRECONDITION_FAILED =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code>' +
  '<Message>At least one of the pre-conditions you specified did not hold</Message></Error>';

/** What the hook uses of fastify's request and reply (fauxqs's own type declarations do not resolve here). */
interface HookRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}
interface HookReply {
  code(status: number): HookReply;
  header(name: string, value: string): HookReply;
  send(body: string): unknown;
}

export async function startS3Server(o: { createOnly?: boolean } = {}): Promise<S3TestServer> {
  const app = buildApp({ logger: false });
  if (o.createOnly !== false)
    app.addHook('preHandler', async (req: HookRequest, reply: HookReply) => {
      if (req.method !== 'PUT' || req.headers['if-none-match'] !== '*' || req.url.includes('partNumber='))
        return;
      const path = req.url.split('?')[0]!;
      if (path.split('/').filter(Boolean).length < 2) return; // CreateBucket
      const head = await app.inject({ method: 'HEAD', url: path });
      if (head.statusCode === 200)
        await reply.code(412).header('content-type', 'application/xml').send(PRECONDITION_FAILED);
    });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('fauxqs did not listen on a port');
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    async share(name, prefix = '') {
      const made = await app.inject({ method: 'PUT', url: `/${name}` });
      if (made.statusCode !== 200)
        throw new Error(`fauxqs would not create bucket ${name}: ${made.statusCode}`);
      return shareLine({
        backend: 's3',
        bucket: name,
        prefix,
        endpoint,
        region: 'us-east-1',
        pathStyle: true,
        accessKeyId: S3_TEST_KEY_ID,
        secretAccessKey: S3_TEST_SECRET,
      });
    },
    close: () => app.close(),
  };
}

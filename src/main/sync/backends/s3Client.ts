// The S3 client for one share. Settings that are not the SDK's defaults, and why:
// - checksums only when an operation requires them: since SDK 3.729 the default CRC32 headers make
//   Backblaze B2 answer 400 and broke Cloudflare R2 (object-store-research.md §6.5);
// - three attempts with the SDK's standard retry (backs off on 429/503 SlowDown), all inside the
//   one deadline each call carries (s3ShareFs.ts), since the SDK itself never gives up on a
//   server that stops answering (measured);
// - a proxy, when the system has one, through https-proxy-agent (already shipped with Azure's SDK).
import { S3Client } from '@aws-sdk/client-s3';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { S3Location } from '../../../shared/share/location';

export const S3_ATTEMPTS = 3;

export function makeS3Client(location: S3Location, proxy: string | null | undefined): S3Client {
  const agent = proxy ? new HttpsProxyAgent(proxy) : undefined;
  return new S3Client({
    region: location.region,
    ...(location.endpoint ? { endpoint: location.endpoint } : {}),
    forcePathStyle: location.pathStyle,
    credentials: {
      accessKeyId: location.accessKeyId ?? '',
      secretAccessKey: location.secretAccessKey ?? '',
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: S3_ATTEMPTS,
    retryMode: 'standard',
    ...(agent ? { requestHandler: { httpAgent: agent, httpsAgent: agent } } : {}),
  });
}

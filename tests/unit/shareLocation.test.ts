// The central share's line: what each kind of line means, what is refused and why, and that no
// secret ever reaches the label or a message.
import { describe, expect, it } from 'vitest';
import {
  missingCredential,
  parseShareLocation,
  ShareLocationError,
  shareLabel,
  shareLine,
  withoutSecrets,
} from '../../src/shared/share/location';
import { credentialWarning } from '../../src/shared/share/credential';

const SAS =
  'sv=2026-02-06&ss=b&srt=co&sp=rcl&se=2027-03-31T17:00:00Z&st=2026-12-01T09:00:00Z&spr=https&sig=abc%2Bdef%3D';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('a share line', () => {
  it.each([
    ['/mnt/complaints-share', { backend: 'folder', path: '/mnt/complaints-share' }],
    ['S:\\Complaints', { backend: 'folder', path: 'S:\\Complaints' }],
    ['\\\\nas\\complaints', { backend: 'folder', path: '\\\\nas\\complaints' }],
  ])('%s is a folder', (line, expected) => {
    expect(parseShareLocation(line)).toEqual(expected);
  });

  it('reads an Azure container SAS link: service, container, folder, rights and expiry', () => {
    const azure = parseShareLocation(`https://leedshomes.blob.core.windows.net/complaints/redress?${SAS}`);
    expect(azure).toMatchObject({
      backend: 'azure',
      serviceUrl: 'https://leedshomes.blob.core.windows.net',
      container: 'complaints',
      prefix: 'redress',
      permissions: 'rcl',
      expiresAt: '2027-03-31T17:00:00.000Z',
    });
    expect(shareLabel(azure)).toBe('https://leedshomes.blob.core.windows.net/complaints/redress');
    expect(shareLine(azure)).toBe(`https://leedshomes.blob.core.windows.net/complaints/redress?${SAS}`);
    expect(missingCredential(azure)).toBeNull();
  });

  it('reads an emulator link, whose account is the first folder (Azurite)', () => {
    const azure = parseShareLocation(`http://127.0.0.1:10123/devstoreaccount1/share-1?${SAS}`);
    expect(azure).toMatchObject({
      serviceUrl: 'http://127.0.0.1:10123/devstoreaccount1',
      container: 'share-1',
      prefix: '',
    });
  });

  it('reads an S3 address with an endpoint and keys, and keeps the keys out of the label', () => {
    const line = `s3://AKIAEXAMPLE:${encodeURIComponent(SECRET)}@complaints-bucket/redress/live?endpoint=https://abc.r2.cloudflarestorage.com&region=auto`;
    const s3 = parseShareLocation(line);
    expect(s3).toMatchObject({
      backend: 's3',
      bucket: 'complaints-bucket',
      prefix: 'redress/live',
      endpoint: 'https://abc.r2.cloudflarestorage.com',
      region: 'auto',
      pathStyle: true,
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: SECRET,
    });
    const label = shareLabel(s3);
    expect(label).toBe('s3://complaints-bucket/redress/live?endpoint=https://abc.r2.cloudflarestorage.com');
    expect(label).not.toContain('AKIA');
    expect(parseShareLocation(shareLine(s3))).toEqual(s3);
  });

  it('takes AWS itself when no endpoint is given (virtual-hosted names, London by default)', () => {
    expect(parseShareLocation('s3://complaints-bucket')).toMatchObject({
      endpoint: null,
      region: 'eu-west-2',
      pathStyle: false,
      prefix: '',
    });
  });

  it.each([
    ['complaints', /full path of the folder/],
    ['https://leedshomes.blob.core.windows.net/', /names no container/],
    [`http://leedshomes.blob.core.windows.net/complaints?${SAS}`, /must start with https/],
    [`https://leedshomes.blob.core.windows.net/complaints/../x?${SAS}`, /names no container|only letters/],
    ['s3://UPPER_case', /bucket name/],
    ['s3://bucket?colour=blue', /"colour" is not one of them/],
    ['s3://bucket?endpoint=ftp://x', /must start with https/],
    ['s3://KEYONLY@bucket', /both the access key id and its secret/],
    ['s3://bucket/a b', /only letters, digits/],
  ])('refuses %s with a reason', (line, reason) => {
    expect(() => parseShareLocation(line)).toThrow(ShareLocationError);
    expect(() => parseShareLocation(line)).toThrow(reason);
  });

  it('says what is missing when a label (no secrets) is used to open a share', () => {
    expect(
      missingCredential(parseShareLocation('https://leedshomes.blob.core.windows.net/complaints')),
    ).toMatch(/SAS link/);
    expect(missingCredential(parseShareLocation('s3://complaints-bucket'))).toMatch(/AWS_ACCESS_KEY_ID/);
  });

  it('cuts every secret out of a message', () => {
    const message = `PUT https://leedshomes.blob.core.windows.net/complaints/x.seg?${SAS} failed; s3://AKIAEXAMPLE:${SECRET}@bucket/x; sig=abc X-Amz-Signature=0123`;
    const clean = withoutSecrets(message);
    expect(clean).not.toContain('sig=abc');
    expect(clean).not.toContain(SECRET);
    expect(clean).not.toContain('AKIAEXAMPLE');
    expect(clean).not.toContain('0123');
    expect(clean).toContain('https://leedshomes.blob.core.windows.net/complaints/x.seg');
  });
});

describe('a share link that expires', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it.each([
    [null, null],
    ['2027-03-31T17:00:00Z', null],
    ['2026-12-20T17:00:00Z', 'soon'],
    ['2026-12-05T09:00:00Z', 'soon'],
    ['2026-12-04T11:59:59Z', 'expired'],
  ] as const)('expiring %s → %s', (expires, level) => {
    expect(credentialWarning(expires, now)?.level ?? null).toBe(level);
  });

  it('says the day and what to do', () => {
    expect(credentialWarning('2026-12-20T17:00:00Z', now)?.text).toBe(
      'The share link stops working on 20 December 2026 (in 17 days). Ask your administrator for a new one before then, and join the share again with it.',
    );
    expect(credentialWarning('2026-12-01T17:00:00Z', now)?.text).toMatch(
      /^The share link stopped working on 1 December 2026\. Ask your administrator/,
    );
  });
});

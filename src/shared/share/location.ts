// Where the central share lives, as one line an administrator can paste: a folder's full path,
// an Azure Blob Storage container's SAS link, or an S3-compatible bucket. The line may carry a
// secret (the SAS signature, an access key's secret), so it is read here once and only its
// label — the same place with every secret left out — is ever shown, logged or put in a message.
// Plain string rules, no node:url: src/shared runs in the renderer too (WHATWG URL is there).
import { isAbsoluteFolder } from '../contract/folderPath';

export type ShareBackend = 'folder' | 'azure' | 's3';

export interface FolderLocation {
  backend: 'folder';
  path: string;
}

export interface AzureLocation {
  backend: 'azure';
  /** The Blob service's address: `https://acct.blob.core.windows.net`, or an emulator's `http://127.0.0.1:10000/devstoreaccount1`. */
  serviceUrl: string;
  container: string;
  /** Folder inside the container the share lives under ('' for the container's top), no slashes at either end. */
  prefix: string;
  /** The SAS query string, without '?'. A secret. */
  sas: string;
  /** The SAS's permissions (`sp`), e.g. "rcl". */
  permissions: string;
  /** When the SAS stops working (`se`), ISO; null when it does not say. */
  expiresAt: string | null;
}

export interface S3Location {
  backend: 's3';
  bucket: string;
  prefix: string;
  /** An S3-compatible service's address (R2, MinIO, Wasabi, B2); null for AWS itself. */
  endpoint: string | null;
  region: string;
  /** Bucket in the path, not the host name (MinIO and most self-hosted stores). */
  pathStyle: boolean;
  /** The access key's id and secret. The secret is a secret. */
  accessKeyId: string | null;
  secretAccessKey: string | null;
}

export type ShareLocation = FolderLocation | AzureLocation | S3Location;

/** A line that does not name a share, with the reason in words. */
export class ShareLocationError extends Error {}

const AZURE_HOST = /^[a-z0-9]{3,24}\.blob\.core\.(windows\.net|usgovcloudapi\.net|chinacloudapi\.cn)$/;
const CONTAINER = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX_PART = /^[A-Za-z0-9._-]{1,200}$/;

const trimSlashes = (s: string) => s.replace(/^\/+|\/+$/g, '');

function prefixOf(parts: string[], what: string): string {
  for (const part of parts)
    if (!PREFIX_PART.test(part) || part === '.' || part === '..')
      throw new ShareLocationError(
        `The folder inside the ${what} may use only letters, digits, dots, dashes and underscores ("${part}" is not one).`,
      );
  return parts.join('/');
}

function azure(url: URL): AzureLocation {
  const sas = url.search.replace(/^\?/, '');
  const query = new URLSearchParams(sas);
  const parts = trimSlashes(decodeURIComponent(url.pathname)).split('/').filter(Boolean);
  // The real service names the account in the host; emulators (Azurite) in the first folder.
  const accountInPath = !AZURE_HOST.test(url.hostname);
  if (url.protocol !== 'https:' && !accountInPath)
    throw new ShareLocationError('An Azure share link must start with https://.');
  const account = accountInPath ? parts.shift() : undefined;
  if (accountInPath && !account)
    throw new ShareLocationError('The Azure share link names no storage account.');
  const container = parts.shift() ?? '';
  if (!CONTAINER.test(container))
    throw new ShareLocationError(
      'The Azure share link names no container (3–63 lower-case letters, digits and dashes after the address).',
    );
  const se = query.get('se');
  const expires = se ? Date.parse(se) : NaN;
  return {
    backend: 'azure',
    serviceUrl: `${url.protocol}//${url.host}${account ? `/${account}` : ''}`,
    container,
    prefix: prefixOf(parts, 'container'),
    sas,
    permissions: query.get('sp') ?? '',
    expiresAt: Number.isNaN(expires) ? null : new Date(expires).toISOString(),
  };
}

function s3(url: URL): S3Location {
  const bucket = url.hostname;
  if (!BUCKET.test(bucket))
    throw new ShareLocationError(
      'An S3 share is given as s3://bucket/folder: the bucket name is 3–63 lower-case letters, digits, dots and dashes.',
    );
  const query = url.searchParams;
  for (const key of query.keys())
    if (!['endpoint', 'region', 'path-style'].includes(key))
      throw new ShareLocationError(
        `An S3 share link takes endpoint=, region= and path-style= after the "?" ("${key}" is not one of them).`,
      );
  const endpoint = query.get('endpoint');
  if (endpoint !== null) {
    let parsed: URL;
    try {
      parsed = new URL(endpoint);
    } catch {
      throw new ShareLocationError(`The S3 endpoint "${endpoint}" is not a web address.`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw new ShareLocationError(
        'The S3 endpoint must start with https:// (or http:// for a store on this network).',
      );
  }
  const user = decodeURIComponent(url.username);
  const secret = decodeURIComponent(url.password);
  if ((user === '') !== (secret === ''))
    throw new ShareLocationError('Give both the access key id and its secret, or neither.');
  const pathStyle = query.get('path-style');
  if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false')
    throw new ShareLocationError('path-style= is true or false.');
  return {
    backend: 's3',
    bucket,
    prefix: prefixOf(trimSlashes(decodeURIComponent(url.pathname)).split('/').filter(Boolean), 'bucket'),
    endpoint: endpoint ? endpoint.replace(/\/+$/, '') : null,
    region: query.get('region') || (endpoint ? 'auto' : 'eu-west-2'),
    // Self-hosted stores rarely have a name per bucket; AWS and R2 do.
    pathStyle: pathStyle === null ? endpoint !== null : pathStyle === 'true',
    accessKeyId: user || null,
    secretAccessKey: secret || null,
  };
}

/** Reads a share's line: a folder's full path, an Azure SAS link or an `s3://` address. */
export function parseShareLocation(text: string): ShareLocation {
  const line = text.trim();
  if (/^s3:\/\//i.test(line)) {
    let url: URL;
    try {
      url = new URL(line);
    } catch {
      throw new ShareLocationError('That s3:// address cannot be read; it looks like s3://bucket/folder.');
    }
    return s3(url);
  }
  if (/^https?:\/\//i.test(line)) {
    let url: URL;
    try {
      url = new URL(line);
    } catch {
      throw new ShareLocationError('That web address cannot be read.');
    }
    return azure(url);
  }
  if (isAbsoluteFolder(line)) return { backend: 'folder', path: line };
  throw new ShareLocationError(
    'Give the full path of the folder (like /mnt/complaints-share, S:\\Complaints or \\\\server\\complaints), an Azure container’s SAS link (https://…blob.core.windows.net/container?sv=…) or an S3 address (s3://bucket/folder).',
  );
}

/**
 * Why this line cannot open the share by itself (a label shown in status has no secrets in it),
 * or null when it can.
 */
export function missingCredential(location: ShareLocation): string | null {
  if (location.backend === 'azure' && !new URLSearchParams(location.sas).get('sig'))
    return 'An Azure share is given as the container’s SAS link (it has "sv=" and "sig=" in it): ask your administrator for one with read, create and list rights (and no write right).';
  if (location.backend === 's3' && !(location.accessKeyId && location.secretAccessKey))
    return 'An S3 share needs an access key: give it as s3://KEY-ID:SECRET@bucket/folder, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.';
  return null;
}

/** The share's line with every secret left out: what is shown, logged and remembered in the clear. */
export function shareLabel(location: ShareLocation): string {
  switch (location.backend) {
    case 'folder':
      return location.path;
    case 'azure':
      return [`${location.serviceUrl}/${location.container}`, location.prefix].filter(Boolean).join('/');
    case 's3': {
      const query = location.endpoint ? `?endpoint=${location.endpoint}` : '';
      return `s3://${[location.bucket, location.prefix].filter(Boolean).join('/')}${query}`;
    }
  }
}

/** The share's line again, secrets included (it is kept inside the encrypted store, never shown). */
export function shareLine(location: ShareLocation): string {
  switch (location.backend) {
    case 'folder':
      return location.path;
    case 'azure':
      return `${shareLabel(location)}?${location.sas}`;
    case 's3': {
      const auth =
        location.accessKeyId && location.secretAccessKey
          ? `${encodeURIComponent(location.accessKeyId)}:${encodeURIComponent(location.secretAccessKey)}@`
          : '';
      const query = new URLSearchParams();
      if (location.endpoint) query.set('endpoint', location.endpoint);
      query.set('region', location.region);
      query.set('path-style', String(location.pathStyle));
      return `s3://${auth}${[location.bucket, location.prefix].filter(Boolean).join('/')}?${query}`;
    }
  }
}

/** Any secret in a message is cut out before the message goes anywhere (a SAS query, a key in a URL). */
export function withoutSecrets(text: string): string {
  return text
    .replace(/(https?:\/\/[^\s?"']+)\?[^\s"']*/gi, '$1')
    .replace(/(s3:\/\/)[^\s@"']+@/gi, '$1')
    .replace(/\b(sig|se|sv|sp|X-Amz-Signature|X-Amz-Credential)=[^\s&"']+/gi, '$1=…');
}

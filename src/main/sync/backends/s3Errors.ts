// What an S3-compatible store's refusals mean to the sync engine, as the codes Node's fs uses:
// ENOENT (not there), EEXIST (name taken), EACCES (the key was refused), ETIMEDOUT (the store is
// not answering: skip this round). The SDK's own messages are never passed on: some stores echo
// the string that was signed or the signature itself, and nothing secret may reach a message.

/** What one request was, for the words of its error. */
export interface S3Call {
  label: string;
  path: string;
  timeoutMs: number;
  /** The sync's own cancel signal fired (stop, disconnect). */
  cancelled: boolean;
  /** The request's deadline passed. */
  timedOut: boolean;
}

export type CodedError = Error & { code: string; path?: string };

interface SdkError {
  name?: string;
  code?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
}

const coded = (message: string, code: string, path?: string): CodedError =>
  Object.assign(new Error(message), { code, path });

/** The store's error name (S3's XML <Code>) and HTTP status, whichever the SDK kept. */
export function s3Status(error: unknown): { name: string; status: number | null } {
  const e = (error ?? {}) as SdkError;
  return { name: e.Code ?? e.name ?? '', status: e.$metadata?.httpStatusCode ?? null };
}

const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

const REFUSED_KEY = new Set([
  'AccessDenied',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'TokenRefreshRequired',
  'InvalidToken',
  'AllAccessDisabled',
  'Forbidden',
]);

export function notResponding(call: Pick<S3Call, 'label' | 'path' | 'timeoutMs'>, why?: string): CodedError {
  return coded(
    `The central share at ${call.label} is not responding (${why ?? `nothing came back within ${Math.round(call.timeoutMs / 100) / 10} s`}).`,
    'ETIMEDOUT',
    call.path,
  );
}

/** The refused-key message: the key is named only as "the access key", never by its id or secret. */
export function keyRefused(label: string, path?: string): CodedError {
  return coded(
    `The central share at ${label} refused this computer's access key (it was refused or has expired): ask your administrator for a new key.`,
    'EACCES',
    path,
  );
}

/** Any failure of one request, as the error the engine understands. */
export function s3Error(error: unknown, call: S3Call): CodedError {
  if (call.cancelled) return coded('Sync was stopped before it finished.', 'ABORT_ERR', call.path);
  if (call.timedOut) return notResponding(call);
  const { name, status } = s3Status(error);
  const network = (error as SdkError | null)?.code;
  if (name === 'RequestTimeTooSkewed')
    return coded(
      `The central share at ${call.label} refused this computer's requests because this computer's clock is more than 15 minutes out; correct it (date, time and time zone) and sync again.`,
      'EACCES',
      call.path,
    );
  if (name === 'NoSuchKey' || name === 'NotFound' || (status === 404 && name !== 'NoSuchBucket'))
    return coded(`${call.path} is not there`, 'ENOENT', call.path);
  if (name === 'NoSuchBucket')
    return coded(
      `The central share at ${call.label} is not there (the store has no such bucket).`,
      'ENOENT',
      call.path,
    );
  if (name === 'PreconditionFailed' || status === 412)
    return coded(`${call.path} is already on the share`, 'EEXIST', call.path);
  if (REFUSED_KEY.has(name) || status === 403 || status === 401) return keyRefused(call.label, call.path);
  if ((status !== null && status >= 500) || name === 'SlowDown' || status === 429)
    return notResponding(call, `it answered ${status ?? name} and kept doing so`);
  if (network && NETWORK.has(network)) return notResponding(call, `the connection failed: ${network}`);
  if (name === 'TimeoutError' || name === 'AbortError') return notResponding(call);
  return coded(
    `The central share at ${call.label} answered ${[name, status].filter(Boolean).join(' ') || 'something unexpected'} for ${call.path}.`,
    'EIO',
    call.path,
  );
}

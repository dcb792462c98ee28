// What Azure Blob Storage's answers mean to the sync engine, as the error codes Node's fs uses:
// ENOENT (not there), EEXIST (name taken), EACCES (the share link refused), ETIMEDOUT (the share
// is not answering: skip this round), ABORT_ERR (the sync was stopped). Messages name the share by
// its label only: the SDK's own messages are never passed on, since a failed signature check
// echoes the signed fields back.
import { isRestError } from '@azure/storage-blob';

export type ShareError = Error & { code: string; path?: string };

export interface ErrorContext {
  /** The share's label (no SAS). */
  label: string;
  path: string;
  /** The SAS's expiry, ISO, when it says. */
  expiresAt: string | null;
  /** The sync's cancel signal: an abort it caused is a stop, not a timeout. */
  cancelled?: boolean;
}

/** Blob Storage's words for a SAS it no longer accepts (expired, withdrawn, or a wrong signature). */
const LINK_REFUSED = new Set(['AuthenticationFailed', 'AuthorizationFailure']);

/** Network failures below HTTP: the store is unreachable from here, for now. */
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'REQUEST_SEND_ERROR',
]);

function make(message: string, code: string, path: string): ShareError {
  return Object.assign(new Error(message), { code, path });
}

export function notResponding(context: ErrorContext, why: string): ShareError {
  return make(`The central share at ${context.label} is not responding (${why}).`, 'ETIMEDOUT', context.path);
}

export function nameTaken(context: ErrorContext): ShareError {
  return make(`${context.path} already exists on the share at ${context.label}.`, 'EEXIST', context.path);
}

export function linkRefused(context: ErrorContext): ShareError {
  const expired = context.expiresAt !== null && Date.parse(context.expiresAt) <= Date.now();
  const when = context.expiresAt ? context.expiresAt.slice(0, 10) : null;
  const what = expired
    ? `has expired (it was valid until ${when})`
    : `is no longer accepted: it has expired${when ? ` (it says it is valid until ${when})` : ''} or was withdrawn`;
  return make(
    `The share link for ${context.label} ${what}. Ask your administrator for a new share link.`,
    'EACCES',
    context.path,
  );
}

/** A share link without the right for this request (reading, listing, creating or removing). */
export function notAllowed(context: ErrorContext, doing: string): ShareError {
  return make(
    `The share link for ${context.label} does not allow ${doing}. Ask your administrator for a new share link with read, create and list rights.`,
    'EACCES',
    context.path,
  );
}

/** Blob Storage's error code: in the body, or (a HEAD has no body) only in the x-ms-error-code header. */
export function errorCode(error: unknown): string {
  if (!isRestError(error)) return '';
  return error.code || (error.details as { errorCode?: string } | undefined)?.errorCode || '';
}

/** Any failure of a request, in the engine's terms. `doing` says what was refused, for a 403. */
export function azureError(error: unknown, context: ErrorContext, doing: string): ShareError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') {
    if (context.cancelled) return make('Sync was stopped before it finished.', 'ABORT_ERR', context.path);
    return notResponding(context, 'no answer in time');
  }
  if (!isRestError(error)) {
    const code = (error as { code?: string } | null)?.code;
    if (code && NETWORK.has(code)) return notResponding(context, code);
    return make(
      `The share at ${context.label} failed: ${(error as Error)?.name ?? 'unknown error'}.`,
      'EIO',
      context.path,
    );
  }
  const status = error.statusCode;
  const code = errorCode(error);
  // No answer at all (refused, reset, DNS): RestError carries the socket's code and no status.
  if (status === undefined) return notResponding(context, code || 'no answer');
  if (status >= 500 || status === 429 || status === 408)
    return notResponding(context, `it answered ${status}${code ? ` ${code}` : ''}`);
  if (status === 404)
    return code === 'ContainerNotFound'
      ? make(
          `The container of the share at ${context.label} does not exist: check the share link with your administrator.`,
          'ENOENT',
          context.path,
        )
      : make(`${context.path} is not on the share at ${context.label}.`, 'ENOENT', context.path);
  if (status === 409 || status === 412) return nameTaken(context);
  if (status === 403) return LINK_REFUSED.has(code) ? linkRefused(context) : notAllowed(context, doing);
  return make(
    `The share at ${context.label} refused ${doing} (${status}${code ? ` ${code}` : ''}).`,
    'EIO',
    context.path,
  );
}

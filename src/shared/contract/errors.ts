// Errors cross every transport (Electron IPC, the local host, the CLI) as plain data, never as
// stack traces: a code the UI can branch on, a sentence a person can read, and details.

export const ERROR_CODES = [
  'VALIDATION', // the input did not match the contract; details name the fields
  'NOT_FOUND',
  'NOT_SET_UP', // no officer identity yet
  'CONFLICT',
  'UNKNOWN_PROCEDURE',
  'UNAUTHORISED',
  'FORBIDDEN', // signed in, but this person's role may not do it: the message says who may
  'SIGNED_OUT', // nobody is signed in (or the app is locked): sign in first
  'SIGN_IN_FAILED', // wrong password; details.waitSeconds says how long before the next try
  'STORE_TOO_NEW', // the store was written by a newer Redress
  'UNAVAILABLE', // the central share cannot be reached (offline, unmounted, read-only)
  'SAVED_NOT_SHOWN', // the change was saved, but its result could not be read back: reload, do not retry
  'STORE_UNAVAILABLE', // this computer's case store cannot be used: damaged, missing, read-only, disk full, wrong folder
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; [key: string]: unknown };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorPayload['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** A refusal of one field's value, named by its path, in plain words (VALIDATION). */
export function refusal(path: string, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION', message, { issues: [{ path, message }], ...details });
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).code === 'string' &&
    typeof (value as ErrorPayload).message === 'string'
  );
}

// What every CLI command shares: how it calls the router, and how it prints.
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import { AppError } from '../../shared/contract/errors';
import type { RedressApp } from '../app';
import type { CallOptions } from '../router/types';
import { readFileSync, statSync } from 'node:fs';
import { UsageError, type Flags } from './args';

export interface Io {
  json: boolean;
  /** A password from REDRESS_PASSPHRASE or a prompt (cli/passphrase.ts). */
  passphrase(question: string): Promise<string>;
  /** A new password (REDRESS_NEW_PASSPHRASE) or the recovery key (REDRESS_RECOVERY_KEY), or a prompt. */
  secret(kind: 'newPassword' | 'recoveryKey', question: string): Promise<string>;
  out(text: string): void;
  progress(text: string): void;
}

export type Command = (app: RedressApp, flags: Flags, positional: string[], io: Io) => Promise<unknown>;

export async function call<K extends ProcedureName>(
  app: RedressApp,
  procedure: K,
  input: InputOf<K>,
  options?: CallOptions,
): Promise<OutputOf<K>> {
  const result = await app.dispatch(procedure, input, options);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as OutputOf<K>;
}

/** A command's answer that is not a failure, yet must end with a non-zero exit code (`audit verify` finding problems). */
export class ExitStatus {
  constructor(readonly code: number) {}
}

export const print = (io: Io, value: unknown, human: () => string) =>
  io.out(io.json ? JSON.stringify(value, null, 2) : human());

/** A file a command was given to read, or a usage error saying plainly why it cannot be read. */
export function readInputFile(path: string): Buffer {
  try {
    if (!statSync(path).isFile()) throw new UsageError(`${path} is not a file`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}`,
    );
  }
}

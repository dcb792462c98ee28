// The one entry point: validate the input against the contract, call the handler, and turn any
// failure into a typed error payload. Nothing is written unless the input is valid. A write of
// records that sync (as the procedure declares in the contract) tells sync to follow soon.
import type { z } from 'zod';
import {
  AppError,
  contract,
  isProcedureName,
  type ErrorPayload,
  type FieldIssue,
  type Result,
} from '../../shared/contract';
import type { ServiceContext } from '../store/context';
import { plainStoreError } from '../store/storeHealth';
import { handlers } from './handlers';
import type { CallOptions, Dispatch } from './types';

export function createDispatch(
  ctx: ServiceContext,
  log: (message: string) => void = console.error,
): Dispatch {
  return async (procedure, input, options = {}) => {
    if (!isProcedureName(procedure)) {
      return fail({
        code: 'UNKNOWN_PROCEDURE',
        message: `Redress has no operation called "${String(procedure)}".`,
      });
    }
    const parsed = contract[procedure].input.safeParse(input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    try {
      const handler = handlers[procedure] as (
        ctx: ServiceContext,
        input: unknown,
        options: CallOptions,
      ) => Promise<unknown>;
      const value = await handler(ctx, parsed.data, options);
      const properties = contract[procedure].properties;
      if (properties.kind === 'mutation' && properties.scope === 'synced') ctx.afterWrite?.();
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return fail(error.toPayload());
      // A full disk, a folder turned read-only, damaged pages: one plain sentence, not a bug report.
      const store = plainStoreError(error, ctx.dataDir);
      if (store) return fail(store.toPayload());
      log(`Redress: ${procedure} failed: ${(error as Error).stack ?? String(error)}`);
      return fail({
        code: 'INTERNAL',
        message:
          'Something went wrong inside Redress and nothing was saved. Please try again; if it keeps happening, tell your administrator.',
      });
    }
  };
}

function fail(error: ErrorPayload): Result<never> {
  return { ok: false, error };
}

export function validationError(error: z.ZodError): ErrorPayload {
  const issues: FieldIssue[] = error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(input)',
    message: i.message,
  }));
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return { code: 'VALIDATION', message: `Some details need correcting — ${list}.`, details: { issues } };
}

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
import { trackCall, type ServiceContext } from '../store/context';
import { whoMayNot } from './permission';
import { plainStoreError } from '../store/storeHealth';
import { handlers } from './handlers';
import { toWireInput } from './wireInput';
import { describeForLog } from './logSafe';
import type { CallOptions, Dispatch } from './types';

export function createDispatch(
  ctx: ServiceContext,
  log: (message: string) => void = (message) => console.error(message),
): Dispatch {
  return async (procedure, input, options = {}) => {
    if (!isProcedureName(procedure)) {
      return fail({
        code: 'UNKNOWN_PROCEDURE',
        message: `Redress has no operation called "${String(procedure)}".`,
      });
    }
    // Every front door's input means what JSON means (undefined keys dropped, Dates refused by path).
    const wire = toWireInput(input ?? {});
    if (!wire.ok)
      return fail({
        code: 'VALIDATION',
        message: `Some details need correcting — ${wire.issue.path}: ${wire.issue.message}.`,
        details: { issues: [wire.issue] },
      });
    // Who may call it is the contract's to say, and is checked before the input is even read.
    const refusal = whoMayNot(contract[procedure].properties, ctx.me);
    if (refusal) return fail(refusal.toPayload());
    const parsed = contract[procedure].input.safeParse(wire.value);
    if (!parsed.success) return fail(validationError(parsed.error));
    const handler = handlers[procedure] as (
      ctx: ServiceContext,
      input: unknown,
      options: CallOptions,
    ) => Promise<unknown>;
    const { value, error, committed } = await trackCall(() => handler(ctx, parsed.data, options));
    const properties = contract[procedure].properties;
    if (committed && properties.kind === 'mutation' && properties.scope === 'synced') nudgeSync(ctx, log);
    if (error === undefined) return { ok: true, value };
    if (committed) {
      // The answer is built inside the write's transaction, so this is rare; but a change that was
      // saved must never be reported as lost, or the officer enters it again.
      log(`Redress: ${procedure} saved, then failed: ${describe(error)}`);
      return fail({
        code: 'SAVED_NOT_SHOWN',
        message:
          'Your change was saved, but Redress could not show the result. Reload to see it — do not enter it again.',
      });
    }
    if (error instanceof AppError) return fail(error.toPayload());
    // A full disk, a folder turned read-only, damaged pages: one plain sentence, not a bug report.
    const store = plainStoreError(error, ctx.dataDir);
    if (store) return fail(store.toPayload());
    log(`Redress: ${procedure} failed: ${describe(error)}`);
    // Only a record-keeping write is known to be all-or-nothing (one transaction, tracked above);
    // sharing and syncing take several steps, so they do not promise that nothing happened.
    const allOrNothing = properties.kind === 'mutation' && properties.scope === 'synced';
    return fail({
      code: 'INTERNAL',
      message: allOrNothing
        ? 'Something went wrong inside Redress and nothing was saved. Please try again; if it keeps happening, tell your administrator.'
        : 'Something went wrong inside Redress. Please try again; if it keeps happening, tell your administrator.',
    });
  };
}

/** Tells sync to follow soon; its own trouble is shown by the share status, never as this call's. */
function nudgeSync(ctx: ServiceContext, log: (message: string) => void): void {
  try {
    ctx.afterWrite?.();
  } catch (error) {
    log(`Redress: could not schedule a sync: ${describe(error)}`);
  }
}

// Never the message: it may quote a resident's details (logSafe.ts).
const describe = describeForLog;

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

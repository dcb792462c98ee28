// The one adapter every transport (Electron's domain process, the local host) uses to turn an
// untrusted `{ procedure, input }` message into a Result. It never throws and never leaks a stack.
import { contract, isProcedureName } from '../../shared/contract';
import { AppError, type ErrorCode, type ErrorPayload, type Result } from '../../shared/contract/errors';
import type { Dispatch } from './types';
import { describeForLog } from './logSafe';

export function errorResult(
  code: ErrorCode,
  message: string,
  details?: ErrorPayload['details'],
): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** Whatever went wrong, as a payload a person can read. AppErrors keep their code. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return err.toPayload();
  return {
    code: 'INTERNAL',
    message:
      'Something went wrong inside Redress. Please try again; if it keeps happening, tell your administrator.',
  };
}

/** Runs one call. `message` comes from outside: check its shape before it reaches the router. */
export async function callProcedure(dispatch: Dispatch, message: unknown): Promise<Result<unknown>> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return errorResult('VALIDATION', 'A request must be an object with a procedure name and an input.');
  }
  const { procedure, input } = message as { procedure?: unknown; input?: unknown };
  if (typeof procedure !== 'string' || procedure.length === 0 || procedure.length > 200) {
    return errorResult('VALIDATION', 'A request must name a procedure.', {
      issues: [{ path: 'procedure', message: 'Expected a procedure name' }],
    });
  }
  if (isProcedureName(procedure) && contract[procedure].properties.scriptsOnly) {
    return errorResult(
      'UNAUTHORISED',
      'That is done from the command line on this computer (npm run cli), not from a window.',
    );
  }
  try {
    // The dispatch reads the input as JSON would (see wireInput.ts), whichever channel brought it.
    return await dispatch(procedure, input === undefined ? {} : input);
  } catch (err) {
    logUnexpected(procedure, err);
    return { ok: false, error: toErrorPayload(err) };
  }
}

function logUnexpected(procedure: string, err: unknown): void {
  if (err instanceof AppError) return;
  console.error(`[redress] ${procedure} failed: ${describeForLog(err)}`);
}

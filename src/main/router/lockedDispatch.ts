// Before anyone has signed in on a set-up store, the store is still encrypted on disk and not
// open: only `app.status` and the session procedures answer; everything else says to sign in.
import {
  AppError,
  contract,
  isProcedureName,
  type AppStatus,
  type ErrorPayload,
  type Result,
} from '../../shared/contract';
import type { SessionControl } from '../store/context';
import { validationError } from './dispatch';
import type { Dispatch } from './types';
import { toWireInput } from './wireInput';

export function createLockedDispatch(session: SessionControl, status: () => AppStatus): Dispatch {
  const answers: Record<string, (input: never) => Promise<unknown>> = {
    'app.status': async () => status(),
    'session.status': () => session.status(),
    'session.signIn': (i: { personId: string; password: string }) => session.signIn(i.personId, i.password),
    'session.lock': () => session.lock(),
    'session.recoveryPeople': (i: { recoveryKey: string }) => session.recoveryPeople(i.recoveryKey),
    'session.recover': (i: { recoveryKey: string; personId: string; next: string }) =>
      session.recover(i.recoveryKey, i.personId, i.next),
    'session.setLockAfter': (i: { minutes: number }) => session.setLockAfter(i.minutes),
  };
  return async (procedure, input) => {
    const answer = isProcedureName(procedure) ? answers[procedure] : undefined;
    if (!answer) return fail(new AppError('SIGNED_OUT', 'Redress is locked: sign in first.').toPayload());
    const wire = toWireInput(input ?? {});
    if (!wire.ok)
      return fail({ code: 'VALIDATION', message: wire.issue.message, details: { issues: [wire.issue] } });
    const parsed = contract[procedure as keyof typeof contract].input.safeParse(wire.value);
    if (!parsed.success) return fail(validationError(parsed.error));
    try {
      return { ok: true, value: await answer(parsed.data as never) };
    } catch (error) {
      if (error instanceof AppError) return fail(error.toPayload());
      throw error;
    }
  };
}

function fail(error: ErrorPayload): Result<never> {
  return { ok: false, error };
}

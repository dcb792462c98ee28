import { AppError } from '../../../shared/contract/errors';
import type { sessionProcedures } from '../../../shared/contract/session';
import type { ServiceContext, SessionControl } from '../../store/context';
import type { HandlersFor } from '../types';

function session(ctx: ServiceContext): SessionControl {
  if (!ctx.session) throw new AppError('INTERNAL', 'Sign-in is not available in this context.');
  return ctx.session;
}

export const sessionHandlers: HandlersFor<typeof sessionProcedures> = {
  'session.status': (ctx) => session(ctx).status(),
  'session.signIn': (ctx, input) => session(ctx).signIn(input.personId, input.password),
  'session.lock': (ctx) => session(ctx).lock(),
  'session.changePassword': (ctx, input) => session(ctx).changePassword(input.current, input.next),
  'session.choosePassword': (ctx, input) => session(ctx).choosePassword(input.next),
  'session.recoveryPeople': (ctx, input) => session(ctx).recoveryPeople(input.recoveryKey),
  'session.recover': (ctx, input) => session(ctx).recover(input.recoveryKey, input.personId, input.next),
  'session.newRecoveryKey': (ctx) => session(ctx).newRecoveryKey(),
  'session.setLockAfter': (ctx, input) => session(ctx).setLockAfter(input.minutes),
};

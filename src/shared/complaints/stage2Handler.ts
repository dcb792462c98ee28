// Who may handle stage 2: the Code asks for a different person from stage 1 (the lifecycle checks
// that), and the landlord's role matrix asks for a senior officer or above. Pure, so the hand-over
// and acknowledge dialogs offer only the people the store will accept.
import { mayHandleStage2 } from '../domain/roles';
import type { Role } from '../domain/vocabulary';
import { stageOf, type ComplaintFacts } from './lifecycle';

type Facts = Pick<ComplaintFacts, 'status' | 'stage2AcknowledgedOn' | 'stage1HandlerId'>;

/** Whether acknowledging or handing over the case now makes the handler its stage 2 handler. */
export function makesStage2Handler(f: Facts, kind: 'acknowledge' | 'assign'): boolean {
  if (kind === 'acknowledge') return f.status === 'stage2_requested';
  return stageOf(f) === 2;
}

/** Why this person cannot take stage 2 of the case, or null if they can. */
export function stage2HandlerProblem(
  f: Facts,
  kind: 'acknowledge' | 'assign',
  handler: { id: string; name: string; role: Role },
): string | null {
  if (!makesStage2Handler(f, kind)) return null;
  if (handler.id === f.stage1HandlerId)
    return 'Stage 2 must be handled by someone other than the stage 1 handler.';
  if (!mayHandleStage2(handler.role))
    return `${handler.name} is an officer: stage 2 is handled by a senior officer, a manager or an administrator.`;
  return null;
}

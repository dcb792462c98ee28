// The call log: every contact with a resident, logged fast, optionally opening a case there and then.
import { happenedAtProblem } from '../../shared/complaints/happened';
import { AppError } from '../../shared/contract/errors';
import type { ParsedInputOf } from '../../shared/contract';
import type { LogCallResult } from '../../shared/contract/types';
import { uuidv7 } from '../../shared/domain/ids';
import { openCaseIn } from './cases';
import { todayIso } from '../../shared/complaints/calendar';
import type { ServiceContext } from '../store/context';
import { write } from '../store/context';
import { toContact } from './mappers';

export async function logCall(
  ctx: ServiceContext,
  input: ParsedInputOf<'contacts.log'>,
): Promise<LogCallResult> {
  const late = input.occurredAt ? happenedAtProblem(input.occurredAt, ctx.now()) : null;
  if (late) throw new AppError('VALIDATION', late, { issues: [{ path: 'occurredAt', message: late }] });
  if (input.caseId && input.openCaseAs) {
    throw new AppError('VALIDATION', 'A call can join an existing case or open a new one, not both.', {
      issues: [{ path: 'openCaseAs', message: 'This call is already on a case' }],
    });
  }
  return write(ctx, async (w) => {
    let residentId = input.residentId;
    let residentName: string | null = null;
    let caseReference: string | null = null;
    if (input.caseId) {
      const c = await w.tx
        .selectFrom('cases')
        .select(['reference', 'resident_id'])
        .where('id', '=', input.caseId)
        .executeTakeFirst();
      if (!c) {
        throw new AppError('VALIDATION', 'That case is not in this case store.', {
          issues: [{ path: 'caseId', message: 'No such case' }],
        });
      }
      caseReference = c.reference;
      residentId ??= c.resident_id;
    }
    if (residentId) {
      const r = await w.tx
        .selectFrom('residents')
        .select('name')
        .where('id', '=', residentId)
        .executeTakeFirst();
      if (!r) {
        throw new AppError('VALIDATION', 'That resident is not in this case store.', {
          issues: [{ path: 'residentId', message: 'No such resident' }],
        });
      }
      residentName = r.name;
    }
    const opened = input.openCaseAs
      ? await openCaseIn(ctx, w, {
          type: input.openCaseAs,
          summary: input.summary,
          residentId,
          // A complaint made in a call logged afterwards was received the day of the call.
          receivedOn:
            input.occurredAt && input.openCaseAs === 'complaint'
              ? todayIso(new Date(input.occurredAt))
              : undefined,
        })
      : null;
    const row = {
      id: uuidv7(),
      occurred_at: input.occurredAt ? new Date(input.occurredAt).toISOString() : w.at,
      channel: input.channel,
      direction: input.direction,
      summary: input.summary,
      resident_id: residentId,
      case_id: opened?.id ?? input.caseId,
      logged_by: w.actor.id,
      created_at: w.at,
    };
    const { n } = await w.tx.insertInto('contacts').values(row).returning('n').executeTakeFirstOrThrow();
    await w.changes.created('contact', row.id, row);
    return {
      contact: toContact({
        ...row,
        n,
        resident_name: residentName,
        case_reference: opened?.reference ?? caseReference,
        logged_by_name: w.actor.name,
      }),
      case: opened,
    };
  });
}

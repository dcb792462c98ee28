// What the investigation found on a point and the policy, law or good practice the decision rests
// on: editable until the point's stage response is issued, then corrected only by an amendment.
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import type { PointInvestigation } from '../../../shared/contract/investigationTypes';
import type { Stage } from '../../../shared/complaints/deadlines';
import { todayIso } from '../../../shared/complaints/calendar';
import type { ServiceContext } from '../../store/context';
import { write } from '../../store/context';
import { caseForInvestigation, findingsFrozen, pointInvestigation } from './read';

export async function investigatePoint(
  ctx: ServiceContext,
  input: ParsedInputOf<'points.investigate'>,
): Promise<PointInvestigation> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('complaint_points')
      .selectAll()
      .where('id', '=', input.pointId)
      .executeTakeFirst();
    if (!before || before.deleted_at)
      throw new AppError('NOT_FOUND', 'That point of complaint is not in this case store.');
    const c = await caseForInvestigation(w.tx, before.case_id);
    const frozen = findingsFrozen(c, before.stage as Stage);
    if (frozen) throw new AppError('CONFLICT', frozen, { issues: [{ path: 'findings', message: frozen }] });
    const after: { findings?: string | null; basis?: string | null } = {};
    if (input.findings !== undefined) after.findings = input.findings;
    if (input.basis !== undefined) after.basis = input.basis;
    const changed = await w.changes.updated('complaint_point', before.id, before, after);
    if (changed.length)
      await w.tx
        .updateTable('complaint_points')
        .set({ ...after, updated_at: w.at })
        .where('id', '=', before.id)
        .execute();
    return pointInvestigation(w.tx, before.id, todayIso(ctx.now()));
  });
}

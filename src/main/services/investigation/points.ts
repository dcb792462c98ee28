// A point named by a note or task must be one of that case's own live points.
import { AppError } from '../../../shared/contract/errors';
import type { Write } from '../../store/context';

export async function pointOnCase(w: Write, caseId: string, pointId: string): Promise<string> {
  const point = await w.tx
    .selectFrom('complaint_points')
    .select(['id', 'case_id', 'deleted_at'])
    .where('id', '=', pointId)
    .executeTakeFirst();
  if (!point || point.deleted_at || point.case_id !== caseId)
    throw new AppError('VALIDATION', 'That point of complaint is not on this case.', {
      issues: [{ path: 'pointId', message: 'Not a point of this case' }],
    });
  return point.id;
}

// The counts the self-assessment's suggestions rest on, beyond the measures: handlers assigned,
// extensions beyond the Code's limits, what the issued responses carried (from the standard
// paragraph versions recorded on each issued letter: the same record the letters' content check
// ticks), and remedies for upheld points. Cases deleted as opened in error are left out, as in
// the measures.
import { sql } from 'kysely';
import type { Period } from '../../../shared/reporting/period';
import type { SelfAssessmentFacts } from '../../../shared/reports/suggestions';
import type { ServiceContext } from '../../store/context';
import { measures } from '../reporting';
import { narrativeText } from './narrative';

const n = (v: unknown) => Number(v ?? 0);

export async function selfAssessmentFacts(
  ctx: ServiceContext,
  year: number,
  period: Period,
): Promise<SelfAssessmentFacts> {
  const { from, to } = period;
  const live = sql`c.deleted_at IS NULL AND c.type = 'complaint'`;
  const [handlers, same, ext, letters, remedies, m, narrative] = await Promise.all([
    sql<{ received: number; with_handler: number }>`
      SELECT count(*) AS received, count(c.stage1_handler_id) AS with_handler FROM cases c
      WHERE ${live} AND c.received_on BETWEEN ${from} AND ${to}`.execute(ctx.db),
    sql<{ same: number }>`
      SELECT count(*) AS same FROM cases c WHERE ${live}
        AND c.escalation_requested_on BETWEEN ${from} AND ${to}
        AND c.stage2_handler_id IS NOT NULL AND c.stage2_handler_id = c.stage1_handler_id`.execute(ctx.db),
    sql<{ stage: number; agreed: number; beyond: number }>`
      SELECT e.stage, count(*) AS agreed, count(e.exceptional_reason) AS beyond
      FROM extensions e JOIN cases c ON c.id = e.case_id
      WHERE ${live} AND e.deleted_at IS NULL AND substr(e.created_at, 1, 10) BETWEEN ${from} AND ${to}
      GROUP BY e.stage`.execute(ctx.db),
    sql<{ type: string; issued: number; carried: number }>`
      SELECT l.type, count(*) AS issued,
        sum(CASE WHEN json_extract(l.paragraph_versions,
          CASE l.type WHEN 'stage1_response' THEN '$.escalation' ELSE '$.ombudsman' END) IS NOT NULL
          THEN 1 ELSE 0 END) AS carried
      FROM letters l JOIN cases c ON c.id = l.case_id
      WHERE ${live} AND l.deleted_at IS NULL AND l.status = 'issued'
        AND l.type IN ('stage1_response', 'stage2_response') AND l.issued_on BETWEEN ${from} AND ${to}
      GROUP BY l.type`.execute(ctx.db),
    sql<{ upheld: number; with_remedy: number }>`
      SELECT count(*) AS upheld, count(r.point_id) AS with_remedy
      FROM complaint_points p JOIN cases c ON c.id = p.case_id
      LEFT JOIN (SELECT DISTINCT point_id FROM remedies WHERE deleted_at IS NULL) r ON r.point_id = p.id
      WHERE ${live} AND p.deleted_at IS NULL AND p.decision IN ('upheld', 'partly_upheld')
        AND (CASE p.stage WHEN 1 THEN c.stage1_responded_on ELSE c.stage2_responded_on END)
          BETWEEN ${from} AND ${to}`.execute(ctx.db),
    measures(ctx, { from, to, filters: {} }),
    narrativeText(ctx.db, year),
  ]);
  const extensions = (stage: number) => {
    const row = ext.rows.find((r) => n(r.stage) === stage);
    return { agreed: n(row?.agreed), beyondLimit: n(row?.beyond) };
  };
  const carried = (type: string) => {
    const row = letters.rows.find((r) => r.type === type);
    return { issued: n(row?.issued), carried: n(row?.carried) };
  };
  return {
    measures: m,
    handlers: { received: n(handlers.rows[0]?.received), withHandler: n(handlers.rows[0]?.with_handler) },
    sameHandlerAtStage2: n(same.rows[0]?.same),
    extensions: { stage1: extensions(1), stage2: extensions(2) },
    letters: { stage1: carried('stage1_response'), stage2: carried('stage2_response') },
    remedies: { upheldPoints: n(remedies.rows[0]?.upheld), withRemedy: n(remedies.rows[0]?.with_remedy) },
    governingBodyResponse: Boolean(narrative.texts.governingBody),
  };
}

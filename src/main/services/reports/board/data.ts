// The quarterly pack for the board and its Member Responsible for Complaints (Code §9.6): volumes,
// categories, outcomes, compliance and themes for a calendar quarter and the quarter before it.
import { sql } from 'kysely';
import { AppError } from '../../../../shared/contract/errors';
import type { Measures, Themes } from '../../../../shared/contract/reporting';
import type { PointDecision } from '../../../../shared/domain/vocabulary';
import {
  previousQuarter,
  quarterLabel,
  quarterPeriod,
  reportingQuarterName,
} from '../../../../shared/reporting/period';
import type { ServiceContext } from '../../../store/context';
import { readHouseStyle } from '../../letters/houseStyle';
import { measures, themes } from '../../reporting';

export interface QuarterFigures {
  quarter: string;
  /** "July to September 2026". */
  label: string;
  /** "Q2 of 2026/27". */
  reportingName: string;
  measures: Measures;
  themes: Themes;
  /** Points decided in responses issued in the quarter, by decision. */
  decisions: Record<PointDecision, number>;
}

export interface BoardPackData {
  landlordName: string;
  current: QuarterFigures;
  previous: QuarterFigures;
}

async function quarterFigures(ctx: ServiceContext, quarter: string): Promise<QuarterFigures> {
  const period = quarterPeriod(quarter);
  const name = reportingQuarterName(quarter);
  if (!period || !name)
    throw new AppError('VALIDATION', 'A calendar quarter such as 2026Q3', {
      issues: [{ path: 'quarter', message: 'A calendar quarter such as 2026Q3' }],
    });
  const input = { ...period, filters: {} };
  const [m, th, decided] = await Promise.all([
    measures(ctx, input),
    themes(ctx, input),
    sql<{ decision: PointDecision; n: number }>`
      SELECT p.decision, count(*) AS n FROM complaint_points p JOIN cases c ON c.id = p.case_id
      WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND p.decision IS NOT NULL
        AND (CASE p.stage WHEN 1 THEN c.stage1_responded_on ELSE c.stage2_responded_on END)
          BETWEEN ${period.from} AND ${period.to}
      GROUP BY p.decision`.execute(ctx.db),
  ]);
  const decisions = { upheld: 0, partly_upheld: 0, not_upheld: 0 };
  for (const r of decided.rows) decisions[r.decision] = Number(r.n);
  return { quarter, label: quarterLabel(quarter), reportingName: name, measures: m, themes: th, decisions };
}

export async function boardPackData(ctx: ServiceContext, quarter: string): Promise<BoardPackData> {
  const [current, previous, style] = await Promise.all([
    quarterFigures(ctx, quarter),
    quarterFigures(ctx, previousQuarter(quarter)),
    readHouseStyle(ctx.db),
  ]);
  return { landlordName: style.style.landlordName, current, previous };
}

// Everything the annual report prints, read from the store for one reporting year: the measures
// (the same functions as `report measures`), month by month, themes, the service improvements,
// the Ombudsman's determinations, the narrative and the self-assessment.
import { sql } from 'kysely';
import type { Improvement } from '../../../../shared/contract/learning';
import type { Measures, MonthFigures, Themes } from '../../../../shared/contract/reporting';
import type { SelfAssessment } from '../../../../shared/contract/reports';
import { reportingYear, reportingYearName } from '../../../../shared/reporting/period';
import type { ServiceContext } from '../../../store/context';
import { readHouseStyle } from '../../letters/houseStyle';
import { listImprovements } from '../../learning/improvements';
import { measures, monthlyFigures, themes } from '../../reporting';
import { narrativeText, type NarrativeText } from '../narrative';
import { getSelfAssessment } from '../selfAssessment';

export interface OmbudsmanCase {
  reference: string;
  determinedOn: string;
  ordersDue: number;
  ordersCompliedOnTime: number;
}

export interface AnnualReportData {
  year: number;
  yearName: string;
  from: string;
  to: string;
  landlordName: string;
  measures: Measures;
  months: MonthFigures[];
  themes: Themes;
  /** Improvements worked on in the year (created or changed in it), done first. */
  improvements: Improvement[];
  ombudsman: OmbudsmanCase[];
  narrative: NarrativeText;
  selfAssessment: SelfAssessment;
}

async function ombudsmanCases(ctx: ServiceContext, from: string, to: string): Promise<OmbudsmanCase[]> {
  const { rows } = await sql<{ reference: string; determined_on: string; due: number; on_time: number }>`
    SELECT c.reference, c.ombudsman_determined_on AS determined_on,
      count(o.id) AS due,
      sum(CASE WHEN o.done_on IS NOT NULL AND o.done_on <= o.due_on THEN 1 ELSE 0 END) AS on_time
    FROM cases c LEFT JOIN ombudsman_requests o
      ON o.case_id = c.id AND o.kind = 'order' AND o.deleted_at IS NULL
    WHERE c.deleted_at IS NULL AND c.ombudsman_determined_on BETWEEN ${from} AND ${to}
    GROUP BY c.id ORDER BY c.ombudsman_determined_on, c.reference`.execute(ctx.db);
  return rows.map((r) => ({
    reference: r.reference,
    determinedOn: r.determined_on,
    ordersDue: Number(r.due),
    ordersCompliedOnTime: Number(r.on_time ?? 0),
  }));
}

export async function annualReportData(ctx: ServiceContext, year: number): Promise<AnnualReportData> {
  const { from, to } = reportingYear(year);
  const period = { from, to, filters: {} };
  const [m, months, th, improvements, ombudsman, narrative, selfAssessment, style] = await Promise.all([
    measures(ctx, period),
    monthlyFigures(ctx, period),
    themes(ctx, period),
    listImprovements(ctx, {}),
    ombudsmanCases(ctx, from, to),
    narrativeText(ctx.db, year),
    getSelfAssessment(ctx, year),
    readHouseStyle(ctx.db),
  ]);
  const inYear = (i: Improvement) => i.createdAt.slice(0, 10) <= to && i.updatedAt.slice(0, 10) >= from;
  const order = { done: 0, in_progress: 1, proposed: 2 } as const;
  return {
    year,
    yearName: reportingYearName(year),
    from,
    to,
    landlordName: style.style.landlordName,
    measures: m,
    months,
    themes: th,
    improvements: improvements.filter(inYear).sort((a, b) => order[a.status] - order[b.status]),
    ombudsman,
    narrative,
    selfAssessment,
  };
}

// Month by month: received and responded per stage, and CH02's on-time share of each month's
// responses — the stage rules' own WHEREs, grouped by the month of the event's date.
import type BetterSqlite3 from 'better-sqlite3';
import type { MonthFigures, ReportFilters, Themes } from '../../../shared/contract/reporting';
import type { ServiceArea } from '../../../shared/domain/vocabulary';
import type { StageRuleKey } from '../../../shared/reporting/measureRules';
import { monthsOf, type Period } from '../../../shared/reporting/period';
import { percent } from '../../../shared/reporting/rounding';
import type { ServiceContext } from '../../store/context';
import { settlePendingReportStages } from './stageFacts';
import { stageWhere, prepared } from './stageSql';

export interface PeriodInput extends Period {
  filters: ReportFilters;
}

/** Root causes a case has not been given yet are shown as this. */
export const NOT_RECORDED = 'Not recorded';

export async function monthlyFigures(ctx: ServiceContext, input: PeriodInput): Promise<MonthFigures[]> {
  await settlePendingReportStages(ctx);
  return ctx.db.connection().execute(async () => monthlyNow(ctx.sqlite, input));
}

export async function themes(ctx: ServiceContext, input: PeriodInput): Promise<Themes> {
  await settlePendingReportStages(ctx);
  return ctx.db.connection().execute(async () => themesNow(ctx.sqlite, input));
}

function byMonth(
  db: BetterSqlite3.Database,
  stage: 1 | 2,
  key: StageRuleKey,
  dateColumn: string,
  input: PeriodInput,
): Map<string, number> {
  const where = stageWhere(stage, key, input, input.filters);
  if (!where) return new Map();
  const rows = prepared(
    db,
    `SELECT substr(${dateColumn}, 1, 7) AS month, count(*) AS n FROM report_stages s WHERE ${where.sql} GROUP BY 1`,
  ).all(...where.params) as Array<{ month: string; n: number }>;
  return new Map(rows.map((r) => [r.month, r.n]));
}

export function monthlyNow(db: BetterSqlite3.Database, input: PeriodInput): MonthFigures[] {
  const figures = ([1, 2] as const).map((stage) => ({
    received: byMonth(db, stage, 'received', 's.received_on', input),
    responded: byMonth(db, stage, 'responded', 's.responded_on', input),
    onTime: byMonth(db, stage, 'respondedOnTimeWithExtensions', 's.responded_on', input),
  }));
  const [s1, s2] = figures as [(typeof figures)[0], (typeof figures)[0]];
  return monthsOf(input).map((month) => {
    const get = (m: Map<string, number>) => m.get(month) ?? 0;
    return {
      month,
      stage1Received: get(s1.received),
      stage2Received: get(s2.received),
      stage1Responded: get(s1.responded),
      stage2Responded: get(s2.responded),
      stage1OnTimePct: percent(get(s1.onTime), get(s1.responded)),
      stage2OnTimePct: percent(get(s2.onTime), get(s2.responded)),
    };
  });
}

export function themesNow(db: BetterSqlite3.Database, input: PeriodInput): Themes {
  const where = stageWhere(1, 'received', input, input.filters);
  if (!where) return { rootCauses: [], serviceAreas: [] };
  const group = (column: string) =>
    prepared(
      db,
      `SELECT ${column} AS value, count(*) AS n FROM report_stages s WHERE ${where.sql}
         GROUP BY 1 ORDER BY n DESC, value`,
    ).all(...where.params) as Array<{ value: string | null; n: number }>;
  return {
    rootCauses: group('s.root_cause').map((r) => ({ rootCause: r.value ?? NOT_RECORDED, count: r.n })),
    serviceAreas: group('s.service_area').map((r) => ({
      serviceArea: r.value as ServiceArea | null,
      count: r.n,
    })),
  };
}

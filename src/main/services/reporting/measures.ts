// `reporting.measures`: every figure for a period, counted from report_stages by the stage rules
// and from the records by the record rules — the same WHEREs `reporting.cases` lists.
import type BetterSqlite3 from 'better-sqlite3';
import type {
  Measures,
  MeasuresInput,
  ReportFilters,
  SatisfactionMeasure,
  StageMeasures,
} from '../../../shared/contract/reporting';
import type { z } from 'zod';
import {
  STAGE_RULES,
  type RulePeriod,
  type StageEvent,
  type StageRuleKey,
} from '../../../shared/reporting/measureRules';
import { todayIso } from '../../../shared/complaints/calendar';
import type { Period } from '../../../shared/reporting/period';
import { reportingYearOf } from '../../../shared/reporting/period';
import { RECORD_RULES, type RecordMeasureKey } from '../../../shared/reporting/recordRules';
import { mean1dp, median1dp, per1000, percent } from '../../../shared/reporting/rounding';
import type { ExclusionReason } from '../../../shared/domain/vocabulary';
import type { ServiceContext } from '../../store/context';
import { homesFor } from './homes';
import { recordQuery, type RecordQuery } from './recordSql';
import { settlePendingReportStages } from './stageFacts';
import { and, eventClause, flagClause, scopeClause, prepared } from './stageSql';

type Input = z.infer<typeof MeasuresInput>;

export async function measures(ctx: ServiceContext, input: Input): Promise<Measures> {
  await settlePendingReportStages(ctx);
  const homes = input.homes ?? (await homesFor(ctx, reportingYearOf(input.to)));
  const today = todayIso(ctx.now());
  return ctx.db.connection().execute(async () => measuresNow(ctx.sqlite, input, homes, today));
}

/** The figures from the store as it is (report_stages settled), open cases judged on `today` at the latest. */
export function measuresNow(
  db: BetterSqlite3.Database,
  input: Input,
  homes: number | null,
  today: string,
): Measures {
  const p: RulePeriod = { from: input.from, to: input.to, asOf: today };
  const s1 = stageFigures(db, 1, p, input.filters);
  const s2 = stageFigures(db, 2, p, input.filters);
  const records = recordFigures(db, p, input.filters);
  const record = (key: RecordMeasureKey) => records[key];
  const offered = record('compensation.offered');
  const paid = record('compensation.paid');
  const actionsDue = record('promisedActions.due').count;
  const actionsOnTime = record('promisedActions.completedOnTime').count;
  const { resolved, escalated, ...stage1 } = s1;
  const { resolved: _r, escalated: _e, ...stage2 } = s2;
  return {
    from: input.from,
    to: input.to,
    homes,
    stage1: { ...stage1, resolved, escalated, escalationRatePct: percent(escalated, stage1.responded) },
    stage2,
    // TSM CH01: complaints received per 1,000 homes owned (stage 1; stage 2 = escalations).
    ch01: {
      stage1Per1000Homes: per1000(stage1.received, homes),
      stage2Per1000Homes: per1000(stage2.received, homes),
    },
    // TSM CH02: of the complaints responded to in the period, the share within the Code's
    // timescales — counting extensions agreed and told to the resident in time (Code §6.5/§6.14).
    ch02: {
      stage1Pct: percent(stage1.respondedOnTimeWithExtensions, stage1.responded),
      stage2Pct: percent(stage2.respondedOnTimeWithExtensions, stage2.responded),
    },
    compensation: {
      offeredPence: offered.pence,
      offered: offered.count,
      paidPence: paid.pence,
      paid: paid.count,
    },
    promisedActions: {
      due: actionsDue,
      completedOnTime: actionsOnTime,
      pct: percent(actionsOnTime, actionsDue),
    },
    satisfaction: {
      handling: satisfaction(
        record('satisfaction.handling.responses').count,
        record('satisfaction.handling.satisfied').count,
      ),
      outcome: satisfaction(
        record('satisfaction.outcome.responses').count,
        record('satisfaction.outcome.satisfied').count,
      ),
    },
    ombudsman: {
      determined: record('ombudsman.determined').count,
      ordersDue: record('ombudsman.ordersDue').count,
      ordersCompliedOnTime: record('ombudsman.ordersCompliedOnTime').count,
    },
  };
}

const satisfaction = (responses: number, satisfied: number): SatisfactionMeasure => ({
  responses,
  satisfied,
  pct: percent(satisfied, responses),
});

type StageFigures = StageMeasures & { resolved: number; escalated: number };

const EVENTS: StageEvent[] = ['received', 'responded', 'refused', 'openAtEnd'];

function stageFigures(
  db: BetterSqlite3.Database,
  stage: 1 | 2,
  p: RulePeriod,
  filters: ReportFilters,
): StageFigures {
  const counts = {} as Record<StageRuleKey, number>;
  const scope = scopeClause(stage, filters);
  const rules = Object.entries(STAGE_RULES) as Array<[StageRuleKey, (typeof STAGE_RULES)[StageRuleKey]]>;
  for (const [key] of rules) counts[key] = 0;
  let days: Array<{ working_days: number; n: number }> = [];
  const refusedByReason: Partial<Record<ExclusionReason, number>> = {};
  if (scope) {
    for (const event of EVENTS) {
      const ofEvent = rules.filter(([, rule]) => rule.event === event);
      const where = and(scope, eventClause(ofEvent[0]![1], p));
      // Each figure of the event is count(*) of the rows its own flag clause admits.
      const selects = ofEvent.map(([key, rule]) => {
        const flag = flagClause(rule, p);
        return {
          sql: `count(*) FILTER (WHERE ${flag ? flag.sql : '1'}) AS "${key}"`,
          params: flag?.params ?? [],
        };
      });
      const row = prepared(
        db,
        `SELECT ${selects.map((s) => s.sql).join(', ')} FROM report_stages s WHERE ${where.sql}`,
      ).get(...selects.flatMap((s) => s.params), ...where.params) as Record<string, number>;
      for (const [key] of ofEvent) counts[key] = row[key] ?? 0;
      if (event === 'responded')
        days = prepared(
          db,
          `SELECT s.working_days, count(*) AS n FROM report_stages s WHERE ${where.sql}
             GROUP BY s.working_days ORDER BY s.working_days`,
        ).all(...where.params) as typeof days;
      if (event === 'refused')
        for (const r of prepared(
          db,
          `SELECT s.refused_reason AS reason, count(*) AS n FROM report_stages s WHERE ${where.sql} GROUP BY 1`,
        ).all(...where.params) as Array<{ reason: ExclusionReason | null; n: number }>)
          refusedByReason[r.reason ?? 'other'] = (refusedByReason[r.reason ?? 'other'] ?? 0) + r.n;
    }
  }
  const spread = days.flatMap((d) => Array<number>(d.n).fill(d.working_days));
  return {
    received: counts.received,
    acknowledged: counts.acknowledged,
    acknowledgedOnTime: counts.acknowledgedOnTime,
    responded: counts.responded,
    respondedOnTime: counts.respondedOnTime,
    respondedOnTimeWithExtensions: counts.respondedOnTimeWithExtensions,
    medianWorkingDays: median1dp(spread),
    meanWorkingDays: mean1dp(spread),
    extended: counts.extended,
    refused: counts.refused,
    refusedByReason,
    openAtEnd: counts.openAtEnd,
    overdueAtEnd: counts.overdueAtEnd,
    resolved: counts.resolved,
    escalated: counts.escalated,
  };
}

/**
 * Every record figure, counted as count(*) of the rows its own condition admits over the WHERE it
 * shares with its neighbours (actions due and completed on time, say): one read of those rows.
 */
function recordFigures(
  db: BetterSqlite3.Database,
  p: Period,
  filters: ReportFilters,
): Record<RecordMeasureKey, { count: number; pence: number }> {
  const groups = new Map<string, Array<[RecordMeasureKey, RecordQuery]>>();
  for (const key of Object.keys(RECORD_RULES) as RecordMeasureKey[]) {
    const q = recordQuery(key, p, filters);
    const shared = `${q.from} WHERE ${q.base.sql}`;
    groups.set(shared, [...(groups.get(shared) ?? []), [key, q]]);
  }
  const out = {} as Record<RecordMeasureKey, { count: number; pence: number }>;
  for (const [shared, members] of groups) {
    const selects = members.flatMap(([, q], i) => {
      const only = q.extra ? ` FILTER (WHERE ${q.extra.sql})` : '';
      return [`count(*)${only} AS "c${i}"`, q.pence ? `sum(${q.pence})${only} AS "p${i}"` : `0 AS "p${i}"`];
    });
    const params = members.flatMap(([, q]) => [
      ...(q.extra?.params ?? []),
      ...(q.pence ? (q.extra?.params ?? []) : []),
    ]);
    const row = prepared(db, `SELECT ${selects.join(', ')} FROM ${shared}`).get(
      ...params,
      ...members[0]![1].base.params,
    ) as Record<string, number | null>;
    members.forEach(([key], i) => (out[key] = { count: row[`c${i}`] ?? 0, pence: row[`p${i}`] ?? 0 }));
  }
  return out;
}

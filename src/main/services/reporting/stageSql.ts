// The stage rules (shared/reporting/measureRules.ts) as SQL over report_stages: the same WHERE for
// a figure's count and for the list of cases behind it. Only date comparisons live here; every
// judgement (on time, with extensions, escalated) was made by the pure rules when the row was kept.
import type BetterSqlite3 from 'better-sqlite3';
import type { ReportFilters } from '../../../shared/contract/reporting';
import {
  STAGE_RULES,
  type StageFlag,
  judgedOn,
  type RulePeriod,
  type StageRule,
  type StageRuleKey,
} from '../../../shared/reporting/measureRules';

export interface Clause {
  sql: string;
  params: unknown[];
}

const FLAG_COLUMNS: Record<Exclude<StageFlag, 'overdueAtEnd'>, string> = {
  acknowledged: 's.acknowledged',
  acknowledgedOnTime: 's.acknowledged_on_time',
  respondedOnTime: 's.responded_on_time',
  respondedOnTimeWithExtensions: 's.responded_on_time_with_extensions',
  extended: 's.extended',
  escalated: 's.escalated',
};

/** The event that puts a stage in the period (openAtEnd: received by, and open on, the last day). */
export function eventClause(rule: StageRule, p: RulePeriod): Clause {
  switch (rule.event) {
    case 'received':
      return { sql: 's.received_on BETWEEN ? AND ?', params: [p.from, p.to] };
    case 'responded':
      return { sql: 's.responded_on BETWEEN ? AND ?', params: [p.from, p.to] };
    case 'refused':
      return { sql: 's.refused_on BETWEEN ? AND ?', params: [p.from, p.to] };
    case 'openAtEnd':
      return { sql: 's.open_until > ? AND s.received_on <= ?', params: [judgedOn(p), judgedOn(p)] };
  }
}

/** The judgement a rule requires (overdueOn in stageReport.ts, on the period's last day). */
export function flagClause(rule: StageRule, p: RulePeriod): Clause | null {
  if (!rule.flag) return null;
  const { name, is } = rule.flag;
  if (name === 'overdueAtEnd')
    return {
      sql: `(CASE WHEN s.acknowledged_on IS NULL OR s.acknowledged_on > ? THEN coalesce(s.acknowledge_by < ?, 0)
        ELSE coalesce(s.due_with_extensions < ?, 0) END) = ${is ? 1 : 0}`,
      params: [judgedOn(p), judgedOn(p), judgedOn(p)],
    };
  return { sql: `${FLAG_COLUMNS[name]} = ${is ? 1 : 0}`, params: [] };
}

/** The stage and the filters; null when the stage filter leaves this stage out. */
export function scopeClause(stage: 1 | 2, filters: ReportFilters): Clause | null {
  if (filters.stage && filters.stage !== stage) return null;
  const terms = new Terms('s.stage = ?', stage);
  if (filters.serviceArea) terms.add('s.service_area = ?', filters.serviceArea);
  if (filters.rootCause) terms.add('s.root_cause = ?', filters.rootCause);
  if (filters.officerId) terms.add('s.officer_id = ?', filters.officerId);
  return terms.clause();
}

/** The whole WHERE of one stage figure; null when the filters leave the stage out. */
export function stageWhere(
  stage: 1 | 2,
  key: StageRuleKey,
  p: RulePeriod,
  filters: ReportFilters,
): Clause | null {
  const scope = scopeClause(stage, filters);
  if (!scope) return null;
  const rule = STAGE_RULES[key];
  return and(scope, eventClause(rule, p), flagClause(rule, p));
}

export function and(...clauses: Array<Clause | null>): Clause {
  const present = clauses.filter((c): c is Clause => c !== null);
  return { sql: present.map((c) => `(${c.sql})`).join(' AND '), params: present.flatMap((c) => c.params) };
}

/** Conditions ANDed together with their parameters, in order. */
export class Terms {
  private readonly sql: string[] = [];
  private readonly params: unknown[] = [];
  constructor(sql?: string, ...params: unknown[]) {
    if (sql) this.add(sql, ...params);
  }
  add(sql: string, ...params: unknown[]): void {
    this.sql.push(sql);
    this.params.push(...params);
  }
  clause(): Clause {
    return { sql: this.sql.join(' AND '), params: this.params };
  }
}

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** A statement prepared once per store and SQL text (a report runs a few dozen, every time). */
export function prepared(db: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    // The SQL is built from the rules and the filters present, so the texts are few.
    if (cache.size > 500) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

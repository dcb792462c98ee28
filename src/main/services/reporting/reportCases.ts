// `reporting.cases`: the cases behind one figure, listed by the very WHERE that counts it.
import type BetterSqlite3 from 'better-sqlite3';
import type { z } from 'zod';
import type { ReportCase, ReportCases, ReportCasesInput } from '../../../shared/contract/reporting';
import type { WorkingCalendar } from '../../../shared/complaints/calendar';
import { formatPounds } from '../../../shared/remedies/money';
import { shortDate, stageNote, type NotedStage } from '../../../shared/reporting/caseNotes';
import type { MeasureKey } from '../../../shared/reporting/measureKeys';
import {
  judgedOn,
  STAGE_RULES,
  type RulePeriod,
  type StageRuleKey,
} from '../../../shared/reporting/measureRules';
import type { Period } from '../../../shared/reporting/period';
import type { RecordMeasureKey } from '../../../shared/reporting/recordRules';
import { RAG_LABELS, type Rag } from '../../../shared/complaints/deadlines';
import type { ServiceArea } from '../../../shared/domain/vocabulary';
import type { ServiceContext } from '../../store/context';
import { deadlineRules } from '../complaints/policy';
import { openComplaints } from './openSql';
import { recordQuery } from './recordSql';
import { settlePendingReportStages } from './stageFacts';
import { stageWhere, prepared } from './stageSql';
import { settlePendingDeadlines } from '../complaints/nextDeadlines';

type Input = z.infer<typeof ReportCasesInput>;

interface CaseColumns {
  id: string;
  reference: string;
  service_area: ServiceArea | null;
  root_cause: string | null;
  officer: string | null;
}

export async function reportCases(ctx: ServiceContext, input: Input): Promise<ReportCases> {
  await settlePendingReportStages(ctx);
  await settlePendingDeadlines(ctx);
  const { calendar, today } = await deadlineRules(ctx);
  const cases = await ctx.db
    .connection()
    .execute(async () => casesBehind(ctx.sqlite, input, calendar, today));
  return { measure: input.measure, from: input.from, to: input.to, count: cases.length, cases };
}

function casesBehind(
  db: BetterSqlite3.Database,
  input: Input,
  cal: WorkingCalendar,
  today: string,
): ReportCase[] {
  const p: Period = { from: input.from, to: input.to };
  const key: MeasureKey = input.measure;
  const [head, tail] = key.split(/\.(.+)/) as [string, string];
  if (head === 'stage1' || head === 'stage2')
    return stageCases(db, head === 'stage1' ? 1 : 2, tail as StageRuleKey, input, cal, today);
  if (head === 'open') return openCases(db, tail as Rag, input, cal, today);
  return recordCases(db, key as RecordMeasureKey, p, input);
}

const CASE_SELECT = `c.id, c.reference, c.service_area, c.root_cause,
  (SELECT name FROM people WHERE id = coalesce(s.officer_id, c.owner_id)) AS officer`;

function stageCases(
  db: BetterSqlite3.Database,
  stage: 1 | 2,
  key: StageRuleKey,
  input: Input,
  cal: WorkingCalendar,
  today: string,
): ReportCase[] {
  const p: RulePeriod = { from: input.from, to: input.to, asOf: today };
  const where = stageWhere(stage, key, p, input.filters);
  if (!where) return [];
  const rows = prepared(
    db,
    `SELECT s.*, ${CASE_SELECT} FROM report_stages s JOIN cases c ON c.id = s.case_id
       WHERE ${where.sql} ORDER BY coalesce(s.received_on, s.refused_on), c.reference`,
  ).all(...where.params) as Array<NotedStage & CaseColumns & { working_days: number | null }>;
  const event = STAGE_RULES[key].event;
  return rows.map((r) => ({
    ...caseOf(r),
    stage,
    receivedOn: r.received_on,
    respondedOn: r.responded_on,
    dueOn: r.due_on,
    extendedTo: r.extended_to,
    workingDays: r.working_days,
    note: stageNote(event, r, cal, judgedOn(p)),
  }));
}

function caseOf(
  r: CaseColumns,
): Pick<ReportCase, 'id' | 'reference' | 'serviceArea' | 'rootCause' | 'officer'> {
  return {
    id: r.id,
    reference: r.reference,
    serviceArea: r.service_area,
    rootCause: r.root_cause,
    officer: r.officer,
  };
}

const STAGE_DATES = `c.received_on AS s_received, CASE WHEN c.escalation_requested_on IS NOT NULL
  THEN c.stage2_responded_on ELSE c.stage1_responded_on END AS s_responded`;

function recordCases(
  db: BetterSqlite3.Database,
  key: RecordMeasureKey,
  p: Period,
  input: Input,
): ReportCase[] {
  const q = recordQuery(key, p, input.filters);
  const rows = prepared(
    db,
    `SELECT ${CASE_SELECT.replace('s.officer_id', 'NULL')}, ${q.stage} AS stage, ${STAGE_DATES},
         ${q.due} AS due, ${q.detail} AS detail FROM ${q.from} WHERE ${q.where.sql} ORDER BY c.reference`,
  ).all(...q.where.params) as Array<
    CaseColumns & {
      stage: 1 | 2;
      s_received: string | null;
      s_responded: string | null;
      due: string | null;
      detail: string;
    }
  >;
  return rows.map((r) => ({
    ...caseOf(r),
    stage: r.stage,
    receivedOn: r.s_received,
    respondedOn: r.s_responded,
    dueOn: r.due,
    extendedTo: null,
    workingDays: null,
    note: recordNote(key, JSON.parse(r.detail) as unknown[], r.due),
  }));
}

function recordNote(key: RecordMeasureKey, detail: unknown[], due: string | null): string {
  const [a, b] = detail as [string | null, string | number | null];
  switch (key) {
    case 'compensation.offered':
      return `Offered ${formatPounds(Number(b ?? 0))} on ${shortDate(a!)}`;
    case 'compensation.paid':
      return `Paid ${formatPounds(Number(b ?? 0))} on ${shortDate(a!)}`;
    case 'promisedActions.due':
    case 'promisedActions.completedOnTime':
      return `${a}: due ${shortDate(due!)}, ${b ? `completed ${shortDate(String(b))}` : 'not completed'}`;
    case 'ombudsman.ordersDue':
    case 'ombudsman.ordersCompliedOnTime':
      return `Order: ${a}; due ${shortDate(due!)}, ${b ? `complied ${shortDate(String(b))}` : 'not complied with'}`;
    case 'ombudsman.determined':
      return `Determined ${shortDate(a!)}${b ? `: ${b}` : ''}`;
    default:
      return `Asked ${shortDate(a!)}; answered ${b} out of 5`;
  }
}

function openCases(
  db: BetterSqlite3.Database,
  rag: Rag,
  input: Input,
  cal: WorkingCalendar,
  today: string,
): ReportCase[] {
  const open = openComplaints(db, cal, today, input.filters).filter((r) => r.rag === rag);
  if (open.length === 0) return [];
  const byId = new Map(open.map((r) => [r.id, r]));
  const rows = prepared(
    db,
    `SELECT ${CASE_SELECT.replace('s.officer_id', 'NULL')}, c.received_on FROM cases c
       WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.next_due_on, c.reference`,
  ).all(JSON.stringify([...byId.keys()])) as Array<CaseColumns & { received_on: string | null }>;
  return rows.map((r) => {
    const o = byId.get(r.id)!;
    return {
      ...caseOf(r),
      stage: o.stage,
      receivedOn: r.received_on,
      respondedOn: null,
      dueOn: o.next_due_on,
      extendedTo: null,
      workingDays: null,
      note: `${RAG_LABELS[o.rag]}: next deadline ${shortDate(o.next_due_on)}`,
    };
  });
}

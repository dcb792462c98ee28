// Performance reporting: the Code's measures and the Regulator's TSMs CH01/CH02 for any period,
// the cases behind every figure and the number of homes per reporting
// year. Every figure comes from src/shared/reporting (one rule per measure, used everywhere).
import { z } from 'zod';
import { isoDate, optionalText, recordId as id } from '../domain/fields';
import { SERVICE_AREAS, type ExclusionReason, type ServiceArea } from '../domain/vocabulary';
import { MEASURE_KEYS, type MeasureKey } from '../reporting/measureKeys';
import { managers, mutation, query } from './procedure';
import { EmptyInput } from './inputs';

/** Narrows every figure (and every drill-down) to some cases; all optional. */
export const ReportFilters = z
  .object({
    /** 1 or 2: only that stage's figures count (the other stage's are zero). */
    stage: z.union([z.literal(1), z.literal(2)]).optional(),
    serviceArea: z.enum(SERVICE_AREAS).optional(),
    /** The officer handling the stage (stage 1 or stage 2 handler). */
    officerId: id.optional(),
    rootCause: optionalText(200).optional(),
  })
  .default({});
export type ReportFilters = z.infer<typeof ReportFilters>;

/** Inclusive dates. A reporting year is 1 April – 31 March (see reporting/period.ts). */
export const period = {
  from: isoDate,
  to: isoDate,
};
export const fromNotAfterTo = {
  check: (v: { from: string; to: string }) => v.from <= v.to,
  message: { message: 'The period must end on or after the day it starts', path: ['to'] },
};

export const MeasuresInput = z
  .object({
    ...period,
    /** Homes owned, for CH01; left out: the setting for the reporting year the period ends in. */
    homes: z.number().int().positive().max(10_000_000).optional(),
    filters: ReportFilters,
  })
  .refine(fromNotAfterTo.check, fromNotAfterTo.message);

export const ReportCasesInput = z
  .object({ ...period, measure: z.enum(MEASURE_KEYS), filters: ReportFilters })
  .refine(fromNotAfterTo.check, fromNotAfterTo.message);

export const SetHomesInput = z.object({
  /** The reporting year by the year it starts in: 2026 = 1 April 2026 – 31 March 2027. */
  year: z.number().int().min(2000).max(2099),
  count: z.number().int().positive().max(10_000_000),
});

/** Figures for one stage of the Code's procedure over a period. */
export interface StageMeasures {
  /** Stage 1: complaints received in the period; stage 2: escalations requested in the period. */
  received: number;
  /** Of those received, acknowledged (at any time up to today). */
  acknowledged: number;
  /** Of those received, acknowledged within the policy's timescale. */
  acknowledgedOnTime: number;
  /** Responses issued in the period (whenever the complaint was received). */
  responded: number;
  /** Of those responded, on or before the Code's deadline, no extension counted. */
  respondedOnTime: number;
  /** Of those responded, on time counting extensions agreed and told to the resident in time. */
  respondedOnTimeWithExtensions: number;
  /** Working days from receipt (stage 2: escalation request) to response, over `responded`. */
  medianWorkingDays: number | null;
  meanWorkingDays: number | null;
  /** Responses in the period whose deadline was extended. */
  extended: number;
  /** Stage 1: refusals to accept a complaint; stage 2: refusals to escalate — decided in the period. */
  refused: number;
  refusedByReason: Partial<Record<ExclusionReason, number>>;
  /** Received by the period's end and not yet responded to on its last day. */
  openAtEnd: number;
  /** Of those open at the end, past their deadline (with agreed extensions) on its last day. */
  overdueAtEnd: number;
}

export interface SatisfactionMeasure {
  /** Residents who answered (asked in the period). */
  responses: number;
  /** Who answered 4 or 5 out of 5. */
  satisfied: number;
  pct: number | null;
}

/** `report measures --json`: the contract landlords' scripts read. Percentages and per-1,000 to 1 dp. */
export interface Measures {
  from: string;
  to: string;
  /** Homes owned used for CH01 (null: not set for the year, so CH01 is null). */
  homes: number | null;
  stage1: StageMeasures & {
    /** Stage 1 responses in the period whose complaint was not escalated (yet). */
    resolved: number;
    /** Stage 1 responses in the period later escalated. */
    escalated: number;
    /** escalated / responded, %. */
    escalationRatePct: number | null;
  };
  stage2: StageMeasures;
  ch01: { stage1Per1000Homes: number | null; stage2Per1000Homes: number | null };
  ch02: { stage1Pct: number | null; stage2Pct: number | null };
  compensation: { offeredPence: number; offered: number; paidPence: number; paid: number };
  promisedActions: { due: number; completedOnTime: number; pct: number | null };
  satisfaction: { handling: SatisfactionMeasure; outcome: SatisfactionMeasure };
  ombudsman: { determined: number; ordersDue: number; ordersCompliedOnTime: number };
}

/** One case behind a figure: enough to recognise and open it, nothing more about the resident. */
export interface ReportCase {
  id: string;
  reference: string;
  stage: 1 | 2;
  receivedOn: string | null;
  respondedOn: string | null;
  /** The Code's deadline for the stage, and the agreed extended one if any. */
  dueOn: string | null;
  extendedTo: string | null;
  /** Working days from receipt to response, when responded. */
  workingDays: number | null;
  serviceArea: ServiceArea | null;
  rootCause: string | null;
  officer: string | null;
  /** Why the case counts (e.g. "Responded 1 working day late"); plain English. */
  note: string | null;
}

export interface ReportCases {
  measure: MeasureKey;
  from: string;
  to: string;
  /** Equals the figure `measure` names in `reporting.measures` for the same period and filters. */
  count: number;
  cases: ReportCase[];
}

export interface MonthFigures {
  /** YYYY-MM */
  month: string;
  stage1Received: number;
  stage2Received: number;
  stage1Responded: number;
  stage2Responded: number;
  /** CH02's rule for the month's responses, %. */
  stage1OnTimePct: number | null;
  stage2OnTimePct: number | null;
}

/** Stage 1 complaints received in the period, by root cause and by service area, most first. */
export interface Themes {
  rootCauses: { rootCause: string; count: number }[];
  serviceAreas: { serviceArea: ServiceArea | null; count: number }[];
}

export interface HomesByYear {
  years: { year: number; count: number }[];
}

export const reportingProcedures = {
  'reporting.measures': query<Measures>()(MeasuresInput, managers('see performance reports')),
  'reporting.cases': query<ReportCases>()(ReportCasesInput, managers('see performance reports')),
  'reporting.homes': query<HomesByYear>()(EmptyInput, managers('see performance reports')),
  'reporting.setHomes': mutation<HomesByYear>('synced')(
    SetHomesInput,
    managers('set the number of homes owned'),
  ),
} as const;

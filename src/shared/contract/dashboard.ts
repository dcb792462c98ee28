// The managers' dashboard: open complaints by stage and urgency, overdue cases and promised
// actions, the month-by-month figures and the themes, for a period and filters. Its figures are
// the reporting measures (reporting.ts), never worked out a second way.
import { z } from 'zod';
import type { Rag } from '../complaints/deadlines';
import { managers, query } from './procedure';
import {
  fromNotAfterTo,
  period,
  ReportFilters,
  type Measures,
  type MonthFigures,
  type Themes,
} from './reporting';

export const DashboardInput = z
  .object({ ...period, filters: ReportFilters })
  .refine(fromNotAfterTo.check, fromNotAfterTo.message);

export interface Dashboard {
  from: string;
  to: string;
  /** Open complaints today by stage and urgency (RAG). */
  openByStage: { stage: 1 | 2; rag: Record<Rag, number> }[];
  overdueCases: number;
  overdueActions: number;
  monthly: MonthFigures[];
  themes: Themes;
  measures: Measures;
}

export const dashboardProcedures = {
  'reporting.dashboard': query<Dashboard>()(DashboardInput, managers('see the performance dashboard')),
} as const;

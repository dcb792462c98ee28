// What the dashboard shows — the period and the filters — as the address's query, so a manager
// can bookmark or share a view (#/performance?period=last-quarter&stage=1). Anything the address
// holds that does not read as a choice is ignored rather than refused: an old bookmark still opens.
import type { ReportFilters } from '../../../../shared/contract/reporting';
import { SERVICE_AREAS, type ServiceArea } from '../../../../shared/domain/vocabulary';
import {
  monthPeriod,
  quarterPeriod,
  reportingYear,
  reportingYearOf,
  type Period,
} from '../../../../shared/reporting/period';

export const PERIOD_CHOICES = [
  { value: 'this-year', label: 'This reporting year' },
  { value: 'last-year', label: 'Last reporting year' },
  { value: 'this-quarter', label: 'This quarter' },
  { value: 'last-quarter', label: 'Last quarter' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'dates', label: 'Dates I choose' },
] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number]['value'];

export interface DashboardView {
  period: PeriodChoice;
  /** Only with period 'dates'. */
  from: string | null;
  to: string | null;
  stage: 1 | 2 | null;
  serviceArea: ServiceArea | null;
  officerId: string | null;
  rootCause: string | null;
}

export const DEFAULT_VIEW: DashboardView = {
  period: 'this-year',
  from: null,
  to: null,
  stage: null,
  serviceArea: null,
  officerId: null,
  rootCause: null,
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function readView(query: string): DashboardView {
  const q = new URLSearchParams(query);
  const period = PERIOD_CHOICES.find((c) => c.value === q.get('period'))?.value ?? DEFAULT_VIEW.period;
  const date = (key: string) => {
    const v = q.get(key);
    return v && ISO.test(v) ? v : null;
  };
  const stage = q.get('stage');
  const area = q.get('serviceArea');
  return {
    period,
    from: period === 'dates' ? date('from') : null,
    to: period === 'dates' ? date('to') : null,
    stage: stage === '1' ? 1 : stage === '2' ? 2 : null,
    serviceArea: SERVICE_AREAS.includes(area as ServiceArea) ? (area as ServiceArea) : null,
    officerId: q.get('officer') || null,
    rootCause: q.get('rootCause') || null,
  };
}

export function writeView(v: DashboardView): string {
  const q = new URLSearchParams();
  q.set('period', v.period);
  if (v.period === 'dates') {
    if (v.from) q.set('from', v.from);
    if (v.to) q.set('to', v.to);
  }
  if (v.stage) q.set('stage', String(v.stage));
  if (v.serviceArea) q.set('serviceArea', v.serviceArea);
  if (v.officerId) q.set('officer', v.officerId);
  if (v.rootCause) q.set('rootCause', v.rootCause);
  return q.toString();
}

export function isFiltered(v: DashboardView): boolean {
  return Boolean(v.stage || v.serviceArea || v.officerId || v.rootCause);
}

const monthOffset = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

const quarterOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
};

/** The dates a view covers on `today`; null when its own dates are missing or the wrong way round. */
export function periodOf(v: DashboardView, today: string): Period | null {
  const month = today.slice(0, 7);
  switch (v.period) {
    case 'this-year':
      return reportingYear(reportingYearOf(today));
    case 'last-year':
      return reportingYear(reportingYearOf(today) - 1);
    case 'this-quarter':
      return quarterPeriod(quarterOf(month));
    case 'last-quarter':
      return quarterPeriod(quarterOf(monthOffset(month, -3)));
    case 'this-month':
      return monthPeriod(month);
    case 'last-month':
      return monthPeriod(monthOffset(month, -1));
    case 'dates':
      return v.from && v.to && v.from <= v.to ? { from: v.from, to: v.to } : null;
  }
}

/** The reporting filters a view applies (the contract's shape: absent, not null). */
export function filtersOf(v: DashboardView): ReportFilters {
  const f: ReportFilters = {};
  if (v.stage) f.stage = v.stage;
  if (v.serviceArea) f.serviceArea = v.serviceArea;
  if (v.officerId) f.officerId = v.officerId;
  if (v.rootCause) f.rootCause = v.rootCause;
  return f;
}

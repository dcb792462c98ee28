// The dashboard's answer as the tables behind its charts, each count carrying the cases behind it.
import { RAG_LABELS, type Rag } from '../../../../shared/complaints/deadlines';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import type { ReportFilters } from '../../../../shared/contract/reporting';
import { monthPeriod } from '../../../../shared/reporting/period';
import type { MeasureKey } from '../../../../shared/reporting/measureKeys';
import { csvFileName, type Cell, type FigureTable } from './figureTable';
import { areaLabel, monthName, NOT_RECORDED } from './words';

const RAGS: Rag[] = ['overdue', 'due_today', 'due_soon', 'on_track'];
const n = (x: number) => x.toLocaleString('en-GB');
const pctText = (x: number | null) => (x === null ? 'No responses' : `${x.toFixed(1)}%`);

interface Scope {
  from: string;
  to: string;
  filters: ReportFilters;
}

const fileOf = (what: string, s: Scope) => csvFileName(what, s.from, s.to).replace(/\.csv$/, '');

function countCell(
  value: number,
  measure: MeasureKey,
  s: Scope,
  title: string,
  more: ReportFilters = {},
): Cell {
  return {
    text: n(value),
    drill: { measure, from: s.from, to: s.to, filters: { ...s.filters, ...more }, title },
  };
}

export function openTable(d: Dashboard, filters: ReportFilters): FigureTable {
  const s = { from: d.from, to: d.to, filters };
  return {
    caption: 'Open complaints today, by stage and urgency',
    columns: ['Stage', ...RAGS.map((r) => RAG_LABELS[r]), 'All open'],
    rows: d.openByStage.map(({ stage, rag }) => ({
      head: `Stage ${stage}`,
      cells: [
        ...RAGS.map((r) =>
          countCell(
            rag[r],
            `open.${r}`,
            s,
            `Open stage ${stage} complaints: ${RAG_LABELS[r].toLowerCase()}`,
            { stage },
          ),
        ),
        { text: n(RAGS.reduce((t, r) => t + rag[r], 0)) },
      ],
    })),
    fileName: `open-complaints-by-stage-and-urgency-${d.to}`,
  };
}

export function monthlyTable(d: Dashboard, filters: ReportFilters): FigureTable {
  return {
    caption: 'Complaints received and responded to, by month',
    columns: [
      'Month',
      'Stage 1 received',
      'Stage 1 responded to',
      'Stage 2 received',
      'Stage 2 responded to',
    ],
    rows: d.monthly.map((m) => {
      const month = monthPeriod(m.month) ?? { from: d.from, to: d.to };
      // A month's cell lists that month's cases, within the chosen period.
      const s = {
        from: month.from < d.from ? d.from : month.from,
        to: month.to > d.to ? d.to : month.to,
        filters,
      };
      const name = monthName(m.month);
      return {
        head: name,
        cells: [
          countCell(m.stage1Received, 'stage1.received', s, `Stage 1 complaints received in ${name}`),
          countCell(m.stage1Responded, 'stage1.responded', s, `Stage 1 responses in ${name}`),
          countCell(m.stage2Received, 'stage2.received', s, `Stage 2 escalations received in ${name}`),
          countCell(m.stage2Responded, 'stage2.responded', s, `Stage 2 responses in ${name}`),
        ],
      };
    }),
    fileName: fileOf('received-and-responded-by-month', { from: d.from, to: d.to, filters }),
  };
}

export function onTimeTable(d: Dashboard, filters: ReportFilters): FigureTable {
  return {
    caption: 'Responses within the Code’s timescale, by month (extensions agreed in time count)',
    columns: ['Month', 'Stage 1 on time', 'Stage 2 on time'],
    rows: d.monthly.map((m) => ({
      head: monthName(m.month),
      cells: [{ text: pctText(m.stage1OnTimePct) }, { text: pctText(m.stage2OnTimePct) }],
    })),
    fileName: fileOf('on-time-by-month', { from: d.from, to: d.to, filters }),
  };
}

export function rootCauseTable(d: Dashboard, filters: ReportFilters): FigureTable {
  const s = { from: d.from, to: d.to, filters };
  return {
    caption: 'Stage 1 complaints received, by root cause',
    columns: ['Root cause', 'Complaints'],
    rows: d.themes.rootCauses.map((r) => ({
      head: r.rootCause,
      // The complaints with no root cause yet come as "Not recorded", which no filter picks out.
      cells: [
        r.rootCause === NOT_RECORDED
          ? { text: n(r.count) }
          : countCell(
              r.count,
              'stage1.received',
              s,
              `Stage 1 complaints received: root cause “${r.rootCause}”`,
              {
                rootCause: r.rootCause,
              },
            ),
      ],
    })),
    fileName: fileOf('complaints-by-root-cause', s),
  };
}

export function serviceAreaTable(d: Dashboard, filters: ReportFilters): FigureTable {
  const s = { from: d.from, to: d.to, filters };
  return {
    caption: 'Stage 1 complaints received, by service area',
    columns: ['Service area', 'Complaints'],
    rows: d.themes.serviceAreas.map((a) => ({
      head: areaLabel(a.serviceArea),
      // Cases with no service area recorded cannot be picked out by the filter: a plain count.
      cells: [
        a.serviceArea
          ? countCell(
              a.count,
              'stage1.received',
              s,
              `Stage 1 complaints received: ${areaLabel(a.serviceArea)}`,
              {
                serviceArea: a.serviceArea,
              },
            )
          : { text: n(a.count) },
      ],
    })),
    fileName: fileOf('complaints-by-service-area', s),
  };
}

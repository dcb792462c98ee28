// The dashboard's charts (@mantine/charts over recharts). Each only draws figures its panel also
// gives as a table and in words; the charts are hidden from screen readers, so recharts' own
// keyboard layer is switched off (a focusable chart inside aria-hidden would trap nobody useful).
import { BarChart, LineChart } from '@mantine/charts';
import type { ReactElement } from 'react';
import { RAG_LABELS, type Rag } from '../../../../shared/complaints/deadlines';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { areaLabel, monthName } from './words';

const RAGS: Rag[] = ['overdue', 'due_today', 'due_soon', 'on_track'];

/** The app's deadline badge colours, with text that reads on each; the segment labels name the urgency too. */
const RAG_FILL: Record<Rag, { color: string; text: string }> = {
  overdue: { color: 'red.9', text: '#ffffff' },
  due_today: { color: 'orange.5', text: '#1a1b1e' },
  due_soon: { color: 'yellow.4', text: '#1a1b1e' },
  on_track: { color: 'green.9', text: '#ffffff' },
};

/** Short enough to sit inside a segment. */
const SHORT_RAG: Record<Rag, string> = {
  overdue: 'Overdue',
  due_today: 'Today',
  due_soon: 'Soon',
  on_track: 'On track',
};

interface SegmentLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

/** "Overdue 24" inside a segment wide enough to hold it (the table and words give every figure). */
function segmentLabel(p: SegmentLabelProps, rag: Rag, data: Array<Record<Rag, number>>): ReactElement {
  const [x, y, w, h] = [p.x, p.y, p.width, p.height].map(Number) as [number, number, number, number];
  const value = data[p.index ?? 0]?.[rag] ?? 0;
  const text = `${SHORT_RAG[rag]} ${value}`;
  // About 7 px a character at 12 px.
  if (value === 0 || w < text.length * 7 + 8) return <g />;
  return (
    <text
      x={x + w / 2}
      y={y + h / 2}
      fill={RAG_FILL[rag].text}
      fontSize={12}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {text}
    </text>
  );
}

const noKeyboardLayer = { accessibilityLayer: false } as const;
const shortMonth = (month: string) => monthName(month).replace(/^(\w{3})\w*/, '$1');

export function OpenByStageChart({ d }: { d: Dashboard }) {
  const data = d.openByStage.map(({ stage, rag }) => ({ stage: `Stage ${stage}`, ...rag }));
  return (
    <BarChart
      h={220}
      data={data}
      dataKey="stage"
      type="stacked"
      orientation="vertical"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      withTooltip={false}
      barChartProps={noKeyboardLayer}
      yAxisProps={{ width: 70 }}
      series={RAGS.map((r) => ({ name: r, label: RAG_LABELS[r], color: RAG_FILL[r].color }))}
      barProps={(series) => ({
        // Each segment says what it is, so the urgencies differ without colour.
        label: (props: SegmentLabelProps) => segmentLabel(props, series.name as Rag, data),
      })}
    />
  );
}

export function MonthlyChart({ d }: { d: Dashboard }) {
  const data = d.monthly.map((m) => ({ ...m, month: shortMonth(m.month) }));
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="month"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      barChartProps={noKeyboardLayer}
      withTooltip={false}
      series={[
        { name: 'stage1Received', label: 'Stage 1 received', color: 'indigo.3' },
        { name: 'stage1Responded', label: 'Stage 1 responded to', color: 'indigo.8' },
        { name: 'stage2Received', label: 'Stage 2 received', color: 'teal.3' },
        { name: 'stage2Responded', label: 'Stage 2 responded to', color: 'teal.9' },
      ]}
    />
  );
}

export function OnTimeChart({ d }: { d: Dashboard }) {
  const data = d.monthly.map((m) => ({
    month: shortMonth(m.month),
    stage1: m.stage1OnTimePct,
    stage2: m.stage2OnTimePct,
  }));
  return (
    <LineChart
      h={260}
      data={data}
      dataKey="month"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      lineChartProps={noKeyboardLayer}
      withTooltip={false}
      unit="%"
      yAxisProps={{ domain: [0, 100] }}
      connectNulls={false}
      referenceLines={[
        {
          y: 100,
          color: 'gray.8',
          label: 'Code: every response within the timescale',
          labelPosition: 'insideBottomLeft',
        },
      ]}
      series={[
        // Solid and dashed as well as two colours, so the stages differ without colour.
        { name: 'stage1', label: 'Stage 1 on time', color: 'indigo.8' },
        { name: 'stage2', label: 'Stage 2 on time', color: 'teal.9', strokeDasharray: '6 4' },
      ]}
    />
  );
}

export function ThemeBars({ rows }: { rows: { label: string; count: number }[] }) {
  return (
    <BarChart
      h={Math.max(120, rows.length * 34 + 40)}
      data={rows}
      dataKey="label"
      orientation="vertical"
      barChartProps={noKeyboardLayer}
      withTooltip={false}
      withBarValueLabel
      yAxisProps={{ width: 180 }}
      series={[{ name: 'count', label: 'Complaints', color: 'indigo.8' }]}
    />
  );
}

export const rootCauseRows = (d: Dashboard) =>
  d.themes.rootCauses.map((r) => ({ label: r.rootCause, count: r.count }));
export const serviceAreaRows = (d: Dashboard) =>
  d.themes.serviceAreas.map((a) => ({ label: areaLabel(a.serviceArea), count: a.count }));

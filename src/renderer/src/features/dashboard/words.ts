// The figures of each chart in a sentence or two, for people who cannot see the chart (read by
// screen readers) and for a board member who wants the point in words.
import type { Rag } from '../../../../shared/complaints/deadlines';
import type { MonthFigures, Themes } from '../../../../shared/contract/reporting';
import { SERVICE_AREA_LABELS } from '../../../../shared/domain/vocabulary';

const n = (x: number) => x.toLocaleString('en-GB');
const count = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;
const pct = (x: number | null) => (x === null ? null : `${x.toFixed(1)}%`);

/** "November 2026" from "2026-11". */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function openWords(open: { stage: 1 | 2; rag: Record<Rag, number> }[]): string {
  const parts = open.map(({ stage, rag }) => {
    const total = rag.overdue + rag.due_today + rag.due_soon + rag.on_track;
    if (total === 0) return `No complaints are open at stage ${stage}.`;
    return `${count(total, `complaint is`, 'complaints are')} open at stage ${stage}: ${n(rag.overdue)} overdue, ${n(rag.due_today)} due today, ${n(rag.due_soon)} due soon and ${n(rag.on_track)} on track.`;
  });
  return parts.join(' ');
}

function monthSentence(m: MonthFigures, stage: 1 | 2): string {
  const received = stage === 1 ? m.stage1Received : m.stage2Received;
  const responded = stage === 1 ? m.stage1Responded : m.stage2Responded;
  const onTime = pct(stage === 1 ? m.stage1OnTimePct : m.stage2OnTimePct);
  const what =
    stage === 1
      ? count(received, 'stage 1 complaint was', 'stage 1 complaints were')
      : count(received, 'stage 2 escalation was', 'stage 2 escalations were');
  return `${what} received and ${n(responded)} answered${onTime ? `, ${onTime} within the Code's timescale` : ''}`;
}

export function monthlyWords(months: MonthFigures[]): string {
  if (months.length === 0) return 'There are no months in this period.';
  const sum = (f: (m: MonthFigures) => number) => months.reduce((t, m) => t + f(m), 0);
  const total = `Over the ${count(months.length, 'month')}, ${n(sum((m) => m.stage1Received))} stage 1 complaints and ${n(sum((m) => m.stage2Received))} stage 2 escalations were received; ${n(sum((m) => m.stage1Responded))} stage 1 and ${n(sum((m) => m.stage2Responded))} stage 2 responses were sent.`;
  // The latest month anything happened in (a year still running has empty months ahead).
  const active = months.filter(
    (m) => m.stage1Received + m.stage2Received + m.stage1Responded + m.stage2Responded > 0,
  );
  const last = active[active.length - 1] ?? months[months.length - 1]!;
  const busiest = months.reduce((a, b) => (b.stage1Received > a.stage1Received ? b : a));
  const lastWords = `In ${monthName(last.month)}, ${monthSentence(last, 1)}; ${monthSentence(last, 2)}.`;
  const busiestWords =
    busiest.stage1Received > 0 && busiest !== last
      ? ` The most stage 1 complaints came in ${monthName(busiest.month)} (${n(busiest.stage1Received)}).`
      : '';
  return `${total} ${lastWords}${busiestWords}`;
}

export function onTimeWords(months: MonthFigures[]): string {
  const answered = months.filter((m) => m.stage1OnTimePct !== null || m.stage2OnTimePct !== null);
  if (answered.length === 0) return 'No responses were sent in this period, so there are no on-time rates.';
  const below = (f: (m: MonthFigures) => number | null) =>
    answered.filter((m) => (f(m) ?? 100) < 100).map((m) => monthName(m.month));
  const s1 = below((m) => m.stage1OnTimePct);
  const s2 = below((m) => m.stage2OnTimePct);
  const list = (xs: string[]) => (xs.length > 3 ? `${xs.length} months` : xs.join(', '));
  const part = (stage: 1 | 2, xs: string[]) =>
    xs.length === 0
      ? `Every stage ${stage} response was within the Code's timescale in each month with responses.`
      : `Stage ${stage} fell short of the Code (every response within the timescale) in ${list(xs)}.`;
  const last = answered[answered.length - 1]!;
  const lastPart = [pct(last.stage1OnTimePct), pct(last.stage2OnTimePct)];
  return `${part(1, s1)} ${part(2, s2)} In ${monthName(last.month)}, ${lastPart[0] ?? 'no'} of stage 1 and ${lastPart[1] ?? 'no'} of stage 2 responses were on time.`;
}

/** How the themes name complaints whose root cause is not recorded yet. */
export const NOT_RECORDED = 'Not recorded';

export function rootCauseWords(themes: Themes): string {
  const recorded = themes.rootCauses.filter((r) => r.rootCause !== NOT_RECORDED);
  const missing = themes.rootCauses.find((r) => r.rootCause === NOT_RECORDED)?.count ?? 0;
  const without = missing > 0 ? ` ${count(missing, 'has', 'have')} no root cause recorded yet.` : '';
  const [top, second] = recorded;
  if (!top) return `No root cause is recorded for the stage 1 complaints received in this period.${without}`;
  const total = recorded.reduce((t, r) => t + r.count, 0);
  return `${count(total, 'stage 1 complaint')} received in the period ${total === 1 ? 'has' : 'have'} a root cause recorded. The most common is “${top.rootCause}” (${n(top.count)})${second ? `, then “${second.rootCause}” (${n(second.count)})` : ''}.${without}`;
}

export const areaLabel = (a: Themes['serviceAreas'][number]['serviceArea']) =>
  a ? SERVICE_AREA_LABELS[a] : 'Not recorded';

export function serviceAreaWords(themes: Themes): string {
  const [top, second] = themes.serviceAreas;
  if (!top) return 'No stage 1 complaints were received in this period.';
  return `Most stage 1 complaints received in the period were about ${areaLabel(top.serviceArea).toLowerCase()} (${n(top.count)})${second ? `, then ${areaLabel(second.serviceArea).toLowerCase()} (${n(second.count)})` : ''}.`;
}

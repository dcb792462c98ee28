// The quarterly board / Member Responsible for Complaints pack as a Word document: each figure for
// the quarter beside the quarter before it, and the change, in the five headings the Code names
// (volumes, categories, outcomes, compliance, themes).
import type { FileChild } from 'docx';
import {
  POINT_DECISION_LABELS,
  POINT_DECISIONS,
  SERVICE_AREA_LABELS,
} from '../../../../shared/domain/vocabulary';
import { letterDate } from '../../../../shared/letters/letterDate';
import { formatPounds } from '../../../../shared/remedies/money';
import { themeChartSvg } from '../../../../shared/reports/charts';
import { countWithShare, pctText } from '../../../../shared/reports/figures';
import { chart, cover, heading, note, pack, table } from '../docx/kit';
import type { BoardPackData, QuarterFigures } from './data';

type Row = [string, (q: QuarterFigures) => number | null, (q: QuarterFigures) => string];

const num = (f: (q: QuarterFigures) => number): Row[1] => f;
const plain = (f: (q: QuarterFigures) => number | null) => (q: QuarterFigures) => {
  const v = f(q);
  return v === null ? '' : String(v);
};

function change(a: number | null, b: number | null, unit = ''): string {
  if (a === null || b === null) return '';
  const d = Number((a - b).toFixed(1));
  return d === 0 ? 'No change' : `${d > 0 ? '+' : ''}${d}${unit}`;
}

function compare(d: BoardPackData, rows: Row[], unit = ''): FileChild {
  return table(
    [46, 18, 18, 18],
    ['Figure', d.current.label, d.previous.label, 'Change'],
    rows.map(([label, value, shown]) => [
      label,
      shown(d.current),
      shown(d.previous),
      change(value(d.current), value(d.previous), unit),
    ]),
  );
}

const VOLUMES: Row[] = [
  [
    'Stage 1 complaints received',
    num((q) => q.measures.stage1.received),
    plain((q) => q.measures.stage1.received),
  ],
  [
    'Stage 2 escalations requested',
    num((q) => q.measures.stage2.received),
    plain((q) => q.measures.stage2.received),
  ],
  ['Stage 1 responses', num((q) => q.measures.stage1.responded), plain((q) => q.measures.stage1.responded)],
  ['Stage 2 responses', num((q) => q.measures.stage2.responded), plain((q) => q.measures.stage2.responded)],
  [
    'Open at the quarter end',
    num((q) => q.measures.stage1.openAtEnd + q.measures.stage2.openAtEnd),
    plain((q) => q.measures.stage1.openAtEnd + q.measures.stage2.openAtEnd),
  ],
  [
    'Of those, past their deadline',
    num((q) => q.measures.stage1.overdueAtEnd + q.measures.stage2.overdueAtEnd),
    plain((q) => q.measures.stage1.overdueAtEnd + q.measures.stage2.overdueAtEnd),
  ],
];

const COMPLIANCE: Row[] = [
  [
    'Stage 1 acknowledged within 5 working days',
    (q) => share(q.measures.stage1.acknowledgedOnTime, q.measures.stage1.acknowledged),
    (q) => countWithShare(q.measures.stage1.acknowledgedOnTime, q.measures.stage1.acknowledged),
  ],
  [
    "Stage 1 within the Code's timescale (CH02)",
    (q) => q.measures.ch02.stage1Pct,
    (q) => pctText(q.measures.ch02.stage1Pct),
  ],
  [
    "Stage 2 within the Code's timescale (CH02)",
    (q) => q.measures.ch02.stage2Pct,
    (q) => pctText(q.measures.ch02.stage2Pct),
  ],
  [
    'Stage 1 on time with no extension',
    (q) => share(q.measures.stage1.respondedOnTime, q.measures.stage1.responded),
    (q) => countWithShare(q.measures.stage1.respondedOnTime, q.measures.stage1.responded),
  ],
  [
    'Stage 2 on time with no extension',
    (q) => share(q.measures.stage2.respondedOnTime, q.measures.stage2.responded),
    (q) => countWithShare(q.measures.stage2.respondedOnTime, q.measures.stage2.responded),
  ],
  [
    'Housing Ombudsman determinations',
    num((q) => q.measures.ombudsman.determined),
    plain((q) => q.measures.ombudsman.determined),
  ],
  [
    'Ombudsman orders complied with on time',
    (q) => share(q.measures.ombudsman.ordersCompliedOnTime, q.measures.ombudsman.ordersDue),
    (q) => `${q.measures.ombudsman.ordersCompliedOnTime} of ${q.measures.ombudsman.ordersDue}`,
  ],
];

function share(n: number, of: number): number | null {
  return of === 0 ? null : Number(((n / of) * 100).toFixed(1));
}

const OUTCOMES: Row[] = [
  ...POINT_DECISIONS.map((dec): Row => [
    `Points ${POINT_DECISION_LABELS[dec].toLowerCase()}`,
    num((q) => q.decisions[dec]),
    plain((q) => q.decisions[dec]),
  ]),
  [
    'Compensation offered (cases)',
    num((q) => q.measures.compensation.offered),
    (q) => `${q.measures.compensation.offered} (${formatPounds(q.measures.compensation.offeredPence)})`,
  ],
  [
    'Compensation paid (cases)',
    num((q) => q.measures.compensation.paid),
    (q) => `${q.measures.compensation.paid} (${formatPounds(q.measures.compensation.paidPence)})`,
  ],
  [
    'Promised actions completed on time',
    (q) => q.measures.promisedActions.pct,
    (q) => `${q.measures.promisedActions.completedOnTime} of ${q.measures.promisedActions.due}`,
  ],
];

function categories(d: BoardPackData): FileChild[] {
  const areaKey = (a: string | null) =>
    a ? SERVICE_AREA_LABELS[a as keyof typeof SERVICE_AREA_LABELS] : 'Not recorded';
  const counts = (q: QuarterFigures) =>
    new Map(q.themes.serviceAreas.map((r) => [areaKey(r.serviceArea), r.count]));
  const now = counts(d.current);
  const before = counts(d.previous);
  const labels = [...new Set([...now.keys(), ...before.keys()])].sort(
    (a, b) => (now.get(b) ?? 0) - (now.get(a) ?? 0),
  );
  const causesNow = new Map(d.current.themes.rootCauses.map((r) => [r.rootCause, r.count]));
  const causesBefore = new Map(d.previous.themes.rootCauses.map((r) => [r.rootCause, r.count]));
  const causes = [...new Set([...causesNow.keys(), ...causesBefore.keys()])].sort(
    (a, b) => (causesNow.get(b) ?? 0) - (causesNow.get(a) ?? 0),
  );
  const rows = (keys: string[], a: Map<string, number>, b: Map<string, number>) =>
    keys.map((k) => [k, String(a.get(k) ?? 0), String(b.get(k) ?? 0), change(a.get(k) ?? 0, b.get(k) ?? 0)]);
  const header = (first: string) => [first, d.current.label, d.previous.label, 'Change'];
  const areas = labels.map((l) => ({ label: l, count: now.get(l) ?? 0 })).filter((r) => r.count > 0);
  return [
    heading('Categories: service areas'),
    ...chart(
      themeChartSvg(`Stage 1 complaints by service area, ${d.current.label}`, areas),
      {
        title: 'Stage 1 complaints by service area',
        description: `Bar chart of stage 1 complaints by service area in ${d.current.label}, most first: ${
          areas
            .slice(0, 3)
            .map((r) => `${r.label} ${r.count}`)
            .join(', ') || 'none'
        }. The figures for both quarters are in the table below.`,
      },
      { header: header('Service area'), rows: rows(labels, now, before), widths: [46, 18, 18, 18] },
    ),
    heading('Themes: root causes'),
    causes.length
      ? table([46, 18, 18, 18], header('Root cause'), rows(causes, causesNow, causesBefore))
      : note('No root causes were recorded for complaints received in these quarters.'),
  ];
}

export function boardPackDocx(d: BoardPackData, today: string): Promise<Buffer> {
  const title = 'Complaints report to the board and the Member Responsible for Complaints';
  return pack({ title: `${title}: ${d.current.label}`, creator: d.landlordName }, [
    ...cover({
      landlord: d.landlordName,
      title,
      subtitle: `${d.current.label} (${d.current.reportingName}), compared with ${d.previous.label}`,
      date: `Produced on ${letterDate(today)}`,
    }),
    heading('Volumes'),
    compare(d, VOLUMES),
    heading('Compliance'),
    compare(d, COMPLIANCE),
    note(
      "Percentages of responses follow CH02's rule: an extension counts when agreed and told to the resident before the deadline passed.",
    ),
    heading('Outcomes'),
    compare(d, OUTCOMES),
    ...categories(d),
  ]);
}

// The annual complaints performance and service improvement report (Code §8.1) as a Word document:
// the landlord's narrative around the figures, charts with their tables, themes, refusals, "you
// said, we did", Ombudsman findings and the self-assessment, in the order the Code lists them.
import type { FileChild } from 'docx';
import { IMPROVEMENT_STATUS_LABELS, SERVICE_AREA_LABELS } from '../../../../shared/domain/vocabulary';
import { letterDate } from '../../../../shared/letters/letterDate';
import { barChartSvg, themeChartSvg } from '../../../../shared/reports/charts';
import {
  CH01_DEFINITION,
  CH02_DEFINITION,
  refusalRows,
  stageRows,
  tsmRows,
} from '../../../../shared/reports/figures';
import { NARRATIVE_TITLES, type NarrativeSection } from '../../../../shared/reports/narrative';
import { chart, cover, heading, note, pack, paragraphs, table } from '../docx/kit';
import type { AnnualReportData } from './data';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const monthName = (ym: string) => MONTH.format(new Date(`${ym}-01T00:00:00Z`));
const pct = (v: number | null) => (v === null ? '' : `${v.toFixed(1)}%`);
/** A month with no responses at a stage has no on-time rate: a dash, explained under the table. */
const NONE_SENT = '–';

function narrative(d: AnnualReportData, section: NarrativeSection): FileChild[] {
  const text = d.narrative.texts[section];
  return [
    heading(NARRATIVE_TITLES[section]),
    ...(text
      ? paragraphs(text)
      : [note('Not written yet: write this section on the Reports screen before publishing.')]),
  ];
}

function figures(d: AnnualReportData): FileChild[] {
  const m = d.measures;
  return [
    heading('Our complaint figures'),
    note(`1 April ${d.year} to 31 March ${d.year + 1}. Stage 2 counts escalations requested in the year.`),
    table([52, 24, 24], ['Figure', 'Stage 1', 'Stage 2'], stageRows(m)),
    heading('Tenant Satisfaction Measures CH01 and CH02'),
    table([52, 24, 24], ['Measure', 'Stage 1', 'Stage 2'], tsmRows(m)),
    note(
      `${CH01_DEFINITION} Homes owned: ${m.homes === null ? 'not set' : m.homes.toLocaleString('en-GB')}.`,
    ),
    note(CH02_DEFINITION),
  ];
}

function months(d: AnnualReportData): FileChild[] {
  const cats = d.months.map((x) => monthName(x.month));
  const rows = d.months.map((x) => [
    monthName(x.month),
    String(x.stage1Received),
    String(x.stage2Received),
    pct(x.stage1OnTimePct) || NONE_SENT,
    pct(x.stage2OnTimePct) || NONE_SENT,
  ]);
  const header = ['Month', 'Stage 1 received', 'Stage 2 received', 'Stage 1 on time', 'Stage 2 on time'];
  const busiest = [...d.months].sort((a, b) => b.stage1Received - a.stage1Received)[0];
  return [
    heading('Complaints month by month'),
    ...chart(
      barChartSvg({
        title: 'Complaints received each month',
        categories: cats,
        series: [
          { name: 'Stage 1', values: d.months.map((x) => x.stage1Received) },
          { name: 'Stage 2', values: d.months.map((x) => x.stage2Received) },
        ],
      }),
      {
        title: 'Complaints received each month',
        description: `Bar chart of stage 1 and stage 2 complaints received each month, ${d.yearName}. ${d.measures.stage1.received} stage 1 and ${d.measures.stage2.received} stage 2 in the year${busiest ? `; most stage 1 in ${monthName(busiest.month)} (${busiest.stage1Received})` : ''}. The figures are in the table below.`,
      },
      { header, rows, widths: [20, 20, 20, 20, 20] },
    ),
    note(`A dash (${NONE_SENT}) means no responses were sent at that stage that month.`),
    ...chart(
      barChartSvg({
        title: "Responses within the Code's timescales each month",
        categories: cats,
        series: [
          { name: 'Stage 1', values: d.months.map((x) => x.stage1OnTimePct) },
          { name: 'Stage 2', values: d.months.map((x) => x.stage2OnTimePct) },
        ],
        max: 100,
        unit: '%',
        line: { value: 100, label: 'The Code: every response on time' },
      }),
      {
        title: "Responses within the Code's timescales each month",
        description: `Bar chart of the percentage of responses within the Code's timescales each month, stage 1 and stage 2, against the Code's expectation of 100%. Over the year: stage 1 ${pct(d.measures.ch02.stage1Pct) || 'no responses'}, stage 2 ${pct(d.measures.ch02.stage2Pct) || 'no responses'}. The figures are in the table above.`,
      },
      {
        header: ['Month', 'Stage 1 responded', 'Stage 2 responded'],
        rows: d.months.map((x) => [monthName(x.month), String(x.stage1Responded), String(x.stage2Responded)]),
        widths: [34, 33, 33],
      },
    ),
  ];
}

function themesPart(d: AnnualReportData): FileChild[] {
  const causes = d.themes.rootCauses.map((r) => ({ label: r.rootCause, count: r.count }));
  const areas = d.themes.serviceAreas.map((r) => ({
    label: r.serviceArea ? SERVICE_AREA_LABELS[r.serviceArea] : 'Not recorded',
    count: r.count,
  }));
  const words = (rows: { label: string; count: number }[]) =>
    rows.length === 0
      ? 'none recorded'
      : rows
          .slice(0, 3)
          .map((r) => `${r.label} (${r.count})`)
          .join(', ');
  return [
    heading('What residents complained about'),
    ...chart(
      themeChartSvg('Stage 1 complaints by service area', areas),
      {
        title: 'Stage 1 complaints by service area',
        description: `Bar chart of stage 1 complaints by service area, most first. The largest: ${words(areas)}. The figures are in the table below.`,
      },
      {
        header: ['Service area', 'Complaints'],
        rows: areas.map((r) => [r.label, String(r.count)]),
        widths: [70, 30],
      },
    ),
    ...chart(
      themeChartSvg('Stage 1 complaints by root cause', causes),
      {
        title: 'Stage 1 complaints by root cause',
        description: `Bar chart of stage 1 complaints by root cause, most first. The largest: ${words(causes)}. The figures are in the table below.`,
      },
      {
        header: ['Root cause', 'Complaints'],
        rows: causes.map((r) => [r.label, String(r.count)]),
        widths: [70, 30],
      },
    ),
  ];
}

function refusals(d: AnnualReportData): FileChild[] {
  const rows = refusalRows(d.measures);
  return [
    heading('Complaints we did not accept, and why'),
    ...paragraphs(
      `We refused to accept ${d.measures.stage1.refused} complaint(s) at stage 1 and to escalate ${d.measures.stage2.refused} to stage 2. Each was explained in writing with the right to take the decision to the Housing Ombudsman.`,
    ),
    ...(rows.length ? [table([60, 20, 20], ['Reason', 'Not accepted', 'Escalation refused'], rows)] : []),
  ];
}

function improvements(d: AnnualReportData): FileChild[] {
  return [
    heading('You said, we did: service improvements'),
    d.improvements.length === 0
      ? note('No service improvements were recorded in the improvement tracker this year.')
      : table(
          [22, 30, 30, 18],
          ['Improvement', 'You said', 'We did', 'Progress'],
          d.improvements.map((i) => [
            i.title,
            i.youSaid ?? '',
            i.weDid ?? '',
            `${IMPROVEMENT_STATUS_LABELS[i.status]}${i.caseCount ? ` (from ${i.caseCount} complaint${i.caseCount === 1 ? '' : 's'})` : ''}`,
          ]),
        ),
  ];
}

function ombudsman(d: AnnualReportData): FileChild[] {
  const o = d.measures.ombudsman;
  return [
    heading('Housing Ombudsman findings'),
    ...paragraphs(
      `The Housing Ombudsman determined ${o.determined} of our complaints this year. Of ${o.ordersDue} order(s) due, we complied with ${o.ordersCompliedOnTime} on time.`,
    ),
    ...(d.ombudsman.length
      ? [
          table(
            [30, 30, 20, 20],
            ['Case', 'Determined on', 'Orders', 'Complied on time'],
            d.ombudsman.map((c) => [
              c.reference,
              letterDate(c.determinedOn),
              String(c.ordersDue),
              String(c.ordersCompliedOnTime),
            ]),
          ),
        ]
      : []),
  ];
}

const ANSWER = { yes: 'Yes', no: 'No' } as const;

/** The self-assessment, a table per section of the Code; also the standalone document's body. */
export function selfAssessmentPart(d: Pick<AnnualReportData, 'selfAssessment'>): FileChild[] {
  const sa = d.selfAssessment;
  return [
    heading('Our self-assessment against the Complaint Handling Code'),
    note(sa.source),
    ...sa.sections.flatMap((s) => [
      heading(`${s.number}. ${s.title}`, 2),
      table(
        [8, 34, 10, 48],
        ['', 'The Code asks', 'Comply', 'Evidence and commentary'],
        s.provisions.map((p) => [
          p.number,
          p.requirement,
          p.comply ? ANSWER[p.comply] : 'Not answered',
          [p.evidence, p.commentary].filter(Boolean).join('\n'),
        ]),
      ),
    ]),
  ];
}

const TITLE = 'Annual complaints performance and service improvement report';

export const annualReportMeta = (d: AnnualReportData) => ({
  title: `${TITLE} ${d.yearName}`,
  creator: d.landlordName,
});

/** The report's body, in the order the Code lists its contents. */
export function annualReportBody(d: AnnualReportData, today: string): FileChild[] {
  const title = TITLE;
  return [
    ...cover({
      landlord: d.landlordName,
      title,
      subtitle: `Reporting year ${d.yearName}: 1 April ${d.year} to 31 March ${d.year + 1}`,
      date: `Produced on ${letterDate(today)}`,
    }),
    ...narrative(d, 'introduction'),
    ...figures(d),
    ...months(d),
    ...themesPart(d),
    ...refusals(d),
    ...improvements(d),
    ...ombudsman(d),
    ...narrative(d, 'learning'),
    ...selfAssessmentPart(d),
    ...narrative(d, 'governingBody'),
    ...narrative(d, 'memberResponsible'),
  ];
}

export function annualReportDocx(d: AnnualReportData, today: string): Promise<Buffer> {
  return pack(annualReportMeta(d), annualReportBody(d, today));
}

/** The self-assessment as its own document: a cover, then the table per section. */
export function selfAssessmentDocx(
  d: Pick<AnnualReportData, 'selfAssessment' | 'landlordName' | 'year' | 'yearName'>,
  today: string,
): Promise<Buffer> {
  const title = 'Complaint Handling Code self-assessment';
  return pack({ title: `${title} ${d.yearName}`, creator: d.landlordName }, [
    ...cover({
      landlord: d.landlordName,
      title,
      subtitle: `Reporting year ${d.yearName}: 1 April ${d.year} to 31 March ${d.year + 1}`,
      date: `Produced on ${letterDate(today)}`,
    }),
    ...selfAssessmentPart(d),
  ]);
}

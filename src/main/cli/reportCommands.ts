// `report measures`, `report cases` and `settings homes`: the performance figures from scripts
// (managers and administrators). Periods: --from/--to, --year (reporting year), --quarter
// (calendar quarter), --month.
import type { Measures, ReportFilters, StageMeasures } from '../../shared/contract/reporting';
import {
  EXCLUSION_REASON_LABELS,
  SERVICE_AREAS,
  type ExclusionReason,
  type ServiceArea,
} from '../../shared/domain/vocabulary';
import { MEASURE_KEYS, type MeasureKey } from '../../shared/reporting/measureKeys';
import {
  monthPeriod,
  quarterPeriod,
  reportingQuarterName,
  reportingYear,
  reportingYearName,
  type Period,
} from '../../shared/reporting/period';
import { formatPounds } from '../../shared/remedies/money';
import { shortDate } from '../../shared/reporting/caseNotes';
import { UsageError, type Flags } from './args';
import { call, print, type Command } from './io';

/** The period the flags name, and how to say it. Exactly one way of naming it. */
function periodFlags(f: Flags): Period & { words: string } {
  const from = f.string('from');
  const to = f.string('to');
  const year = f.int('year');
  const quarter = f.string('quarter');
  const month = f.string('month');
  const given = [
    from !== undefined || to !== undefined,
    year !== undefined,
    quarter !== undefined,
    month !== undefined,
  ];
  if (given.filter(Boolean).length !== 1)
    throw new UsageError(
      'Give one period: --from DATE --to DATE, --year 2026, --quarter 2026Q3 or --month 2026-11',
    );
  if (year !== undefined)
    return { ...reportingYear(year), words: `the reporting year ${reportingYearName(year)}` };
  if (quarter !== undefined) {
    const p = quarterPeriod(quarter);
    if (!p)
      throw new UsageError(`--quarter must look like 2026Q3 (July to September 2026), not "${quarter}"`);
    return { ...p, words: `${quarter} (${reportingQuarterName(quarter)})` };
  }
  if (month !== undefined) {
    const p = monthPeriod(month);
    if (!p) throw new UsageError(`--month must look like 2026-11, not "${month}"`);
    return { ...p, words: `${shortDate(p.from)} to ${shortDate(p.to)}` };
  }
  if (!from || !to)
    throw new UsageError('Give both --from DATE and --to DATE, e.g. --from 2026-04-01 --to 2027-03-31');
  return { from, to, words: `${from} to ${to}` };
}

function filterFlags(f: Flags): ReportFilters {
  const filters: ReportFilters = {};
  const stage = f.string('stage');
  if (stage !== undefined) {
    if (stage !== '1' && stage !== '2') throw new UsageError(`--stage must be 1 or 2, not "${stage}"`);
    filters.stage = Number(stage) as 1 | 2;
  }
  const area = f.string('service-area');
  if (area !== undefined) {
    if (!SERVICE_AREAS.includes(area as ServiceArea))
      throw new UsageError(`--service-area must be one of: ${SERVICE_AREAS.join(', ')}`);
    filters.serviceArea = area as ServiceArea;
  }
  const officer = f.string('officer');
  if (officer !== undefined) filters.officerId = officer;
  const cause = f.string('root-cause');
  if (cause !== undefined) filters.rootCause = cause;
  return filters;
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)}%`);
const num = (v: number | null) => (v === null ? 'n/a' : v.toFixed(1));

function stageLines(name: string, s: StageMeasures): string[] {
  const reasons = Object.entries(s.refusedByReason) as Array<[ExclusionReason, number]>;
  return [
    `${name}`,
    `  Received                        ${s.received}`,
    `  Acknowledged                    ${s.acknowledged} (${s.acknowledgedOnTime} on time)`,
    `  Responded to                    ${s.responded}`,
    `    within the Code's timescale   ${s.respondedOnTime} without extensions, ${s.respondedOnTimeWithExtensions} with agreed extensions`,
    `    working days to respond       median ${num(s.medianWorkingDays)}, mean ${num(s.meanWorkingDays)}`,
    `    extended                      ${s.extended}`,
    `  Refused                         ${s.refused}${reasons.map(([r, n]) => `\n    ${n} × ${EXCLUSION_REASON_LABELS[r]}`).join('')}`,
    `  Open at the end of the period   ${s.openAtEnd} (${s.overdueAtEnd} overdue)`,
  ];
}

function measuresText(m: Measures, words: string): string {
  return [
    `Complaints performance, ${words} (${m.from} to ${m.to})`,
    '',
    ...stageLines('Stage 1', m.stage1),
    `  Resolved at stage 1             ${m.stage1.resolved}; escalated ${m.stage1.escalated} (${pct(m.stage1.escalationRatePct)})`,
    '',
    ...stageLines('Stage 2', m.stage2),
    '',
    `TSM CH01 (per 1,000 homes${m.homes === null ? ': homes owned not set — run "settings homes --year YYYY --count N"' : `, ${m.homes.toLocaleString('en-GB')} homes`})`,
    `  Stage 1 ${num(m.ch01.stage1Per1000Homes)}   Stage 2 ${num(m.ch01.stage2Per1000Homes)}`,
    `TSM CH02 (responded to within the Code's timescales, with agreed extensions)`,
    `  Stage 1 ${pct(m.ch02.stage1Pct)}   Stage 2 ${pct(m.ch02.stage2Pct)}`,
    '',
    `Compensation: ${m.compensation.offered} offered (${formatPounds(m.compensation.offeredPence)}), ${m.compensation.paid} paid (${formatPounds(m.compensation.paidPence)})`,
    `Promised actions due: ${m.promisedActions.due}, completed on time ${m.promisedActions.completedOnTime} (${pct(m.promisedActions.pct)})`,
    `Satisfied with handling: ${m.satisfaction.handling.satisfied} of ${m.satisfaction.handling.responses} (${pct(m.satisfaction.handling.pct)}); with the outcome: ${m.satisfaction.outcome.satisfied} of ${m.satisfaction.outcome.responses} (${pct(m.satisfaction.outcome.pct)})`,
    `Ombudsman: ${m.ombudsman.determined} determined; orders due ${m.ombudsman.ordersDue}, complied with on time ${m.ombudsman.ordersCompliedOnTime}`,
  ].join('\n');
}

export const reportCommands: Record<string, Command> = {
  async 'report measures'(app, f, _p, io) {
    const period = periodFlags(f);
    const homes = f.int('homes');
    const filters = filterFlags(f);
    f.rejectUnknown();
    const { words, ...dates } = period;
    const m = await call(app, 'reporting.measures', {
      ...dates,
      ...(homes === undefined ? {} : { homes }),
      filters,
    });
    print(io, m, () => measuresText(m, words));
  },

  async 'report cases'(app, f, _p, io) {
    const measure = f.required('measure', 'stage1.respondedOnTime');
    if (!MEASURE_KEYS.includes(measure as MeasureKey))
      throw new UsageError(`--measure must be one of: ${MEASURE_KEYS.join(', ')}`);
    const { words, ...dates } = periodFlags(f);
    const filters = filterFlags(f);
    f.rejectUnknown();
    const list = await call(app, 'reporting.cases', { ...dates, measure: measure as MeasureKey, filters });
    print(io, list, () =>
      [
        `${list.count} case${list.count === 1 ? '' : 's'} behind ${measure}, ${words}:`,
        ...list.cases.map((c) => `  ${c.reference.padEnd(16)} stage ${c.stage}  ${c.note ?? ''}`),
      ].join('\n'),
    );
  },

  async 'settings homes'(app, f, _p, io) {
    const year = f.int('year');
    const count = f.int('count');
    f.rejectUnknown();
    if ((year === undefined) !== (count === undefined))
      throw new UsageError('Give both --year and --count, e.g. settings homes --year 2026 --count 31250');
    const homes =
      year !== undefined && count !== undefined
        ? await call(app, 'reporting.setHomes', { year, count })
        : await call(app, 'reporting.homes', {});
    print(io, homes, () =>
      homes.years.length
        ? homes.years
            .map((y) => `${reportingYearName(y.year)}  ${y.count.toLocaleString('en-GB')} homes`)
            .join('\n')
        : 'No homes owned recorded yet: settings homes --year 2026 --count N',
    );
  },
};

export const REPORT_USAGE = `  report measures --year 2026 | --quarter 2026Q3 | --month 2026-11 | --from DATE --to DATE [--homes N]
      [--stage 1|2] [--service-area AREA] [--officer ID] [--root-cause TEXT] [--json]
                                                      the Code's measures and the TSMs CH01/CH02 for a period (reporting year 1 April – 31 March)
  report cases --measure stage1.respondedOnTime (period and filters as above) [--json]
                                                      the cases behind one figure
  settings homes [--year 2026 --count N] [--json]     homes owned per reporting year (for CH01); alone, lists them`;

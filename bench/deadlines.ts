// Deadline benchmark: the case list recomputes every open case's deadlines and RAG status from
// its dates (nothing is stored that a policy or calendar change would leave stale), so 100k open
// cases must take < 200 ms. Raw: the same arithmetic straight on the calendar's integer tables,
// with dates already as day numbers: the floor that parsing and formatting ISO text sits on.
import { calendarFor } from '../src/main/calendars';
import { workingCalendar, type IsoDate, type WorkingCalendar } from '../src/shared/complaints/calendar';
import { ragStatus, stageDeadlines } from '../src/shared/complaints/deadlines';
import { CODE_POLICY, type PolicyProfile } from '../src/shared/complaints/policy';
import { stats } from './measure';

export interface DeadlineRow {
  what: string;
  redress: number;
  raw: number | null;
  budget: number | null;
}

interface OpenCase {
  stage: 1 | 2;
  received: IsoDate;
  acknowledged: IsoDate | null;
  extended: boolean;
}

const CASES = 100_000;
const RUNS = 9;
const TODAY = '2026-11-23';
const DAY = 86_400_000;
const TODAY_DAY = Date.parse(`${TODAY}T00:00:00Z`) / DAY;

// mulberry32: the same cases on every run, so figures compare across commits.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** Open cases received over the 18 months before TODAY; most acknowledged, some extended, some at stage 2. */
function openCases(n: number): OpenCase[] {
  const r = random(42);
  const out: OpenCase[] = [];
  for (let i = 0; i < n; i++) {
    const received = TODAY_DAY - Math.floor(r() * 540);
    const acknowledged = r() < 0.75 ? Math.min(TODAY_DAY, received + Math.floor(r() * 8)) : null;
    out.push({
      stage: r() < 0.15 ? 2 : 1,
      received: isoOf(received),
      acknowledged: acknowledged === null ? null : isoOf(acknowledged),
      extended: acknowledged !== null && r() < 0.1,
    });
  }
  return out;
}

/** Returns the sum of working days left, so the two versions can be checked against each other. */
function recompute(cal: WorkingCalendar, policy: PolicyProfile, cases: readonly OpenCase[]): number {
  let total = 0;
  for (const c of cases) {
    const d = stageDeadlines(cal, policy, c.stage, c.received, c.acknowledged);
    const due =
      c.acknowledged === null ? d.acknowledgeBy : c.extended ? d.latestExtendedResponse : d.respondBy;
    total += ragStatus(cal, due, TODAY).workingDaysLeft;
  }
  return total;
}

/** The same work on the integer tables, with every date already a day number. */
function recomputeRaw(cal: WorkingCalendar, policy: PolicyProfile, cases: ReadonlyArray<Int32Array>): number {
  const first = Date.UTC(2020, 0, 1) / DAY;
  const { cumulative, nth } = cal;
  const add = (day: number, n: number) => first + nth[cumulative[day - first]! + n]!;
  const today = TODAY_DAY;
  let total = 0;
  for (const [stage, received, acknowledged, extended] of cases) {
    const [ack, respond, extend] =
      stage === 1
        ? [policy.acknowledgeDays, policy.stage1ResponseDays, policy.stage1ExtensionDays]
        : [policy.stage2AcknowledgeDays, policy.stage2ResponseDays, policy.stage2ExtensionDays];
    const ackBy = add(received!, ack);
    const respondBy = add(acknowledged! >= 0 ? acknowledged! : ackBy, respond);
    const latest = add(respondBy, extend);
    const due = acknowledged! < 0 ? ackBy : extended ? latest : respondBy;
    const left = cumulative[due - first]! - cumulative[today - first]!;
    total += due < today ? Math.min(left, -1) : left;
  }
  return total;
}

function medianOf(fn: () => unknown): number {
  for (let i = 0; i < 2; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return stats(times).median;
}

export function benchDeadlines(): DeadlineRow[] {
  const policy = CODE_POLICY;
  const cal = calendarFor(policy);
  const cases = openCases(CASES);
  const asDays = cases.map(
    (c) =>
      new Int32Array([
        c.stage,
        Date.parse(`${c.received}T00:00:00Z`) / DAY,
        c.acknowledged === null ? -1 : Date.parse(`${c.acknowledged}T00:00:00Z`) / DAY,
        c.extended ? 1 : 0,
      ]),
  );
  if (recompute(cal, policy, cases) !== recomputeRaw(cal, policy, asDays)) {
    throw new Error('Deadline benchmark: the raw recomputation disagrees with stageDeadlines/ragStatus');
  }
  const holidays = cal.bankHolidays;
  return [
    {
      what: `deadlines + RAG for ${CASES.toLocaleString('en-GB')} open cases`,
      redress: medianOf(() => recompute(cal, policy, cases)),
      raw: medianOf(() => recomputeRaw(cal, policy, asDays)),
      budget: 200,
    },
    {
      what: 'build a working calendar (2020–2031 tables)',
      redress: medianOf(() => workingCalendar('england-and-wales', holidays, ['2026-12-29', '2026-12-30'])),
      raw: null,
      budget: null,
    },
  ];
}

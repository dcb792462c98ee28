// What the case data says about the Code's provisions, for the self-assessment: a suggested answer
// and the figure it rests on. Only provisions the data can answer get one; the manager accepts or
// overrides each (the screen never fills an answer silently). "Yes" is suggested only when every
// case counted met the requirement: the Code asks for all of them, not most.
import type { Measures } from '../contract/reporting';
import type { Suggestion } from '../contract/reports';

/** Counts gathered from the store for the reporting year, beside the measures. */
export interface SelfAssessmentFacts {
  measures: Measures;
  /** Stage 1 complaints received in the year, and of those, with a handler named. */
  handlers: { received: number; withHandler: number };
  /** Stage 2 escalations handled by the person who handled stage 1. */
  sameHandlerAtStage2: number;
  /** Extensions agreed in the year per stage, and those beyond the Code's limit. */
  extensions: { stage1: Limit; stage2: Limit };
  /** Responses issued in the year, and those carrying the route onwards (stage 2, the Ombudsman). */
  letters: { stage1: Carried; stage2: Carried };
  /** Points upheld or partly upheld in responses of the year, and of those, with a remedy recorded. */
  remedies: { upheldPoints: number; withRemedy: number };
  /** Whether the governing body's response is written into this year's report. */
  governingBodyResponse: boolean;
}
interface Limit {
  agreed: number;
  beyondLimit: number;
}
interface Carried {
  issued: number;
  carried: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const were = (n: number) => (n === 1 ? 'was' : 'were');

/** All of `of` met it: "yes"; otherwise "no". Null when there was nothing to judge. */
function allOf(met: number, of: number, words: string): Suggestion | null {
  if (of === 0) return null;
  return { comply: met === of ? 'yes' : 'no', evidence: `${met} of ${words}` };
}

function within(limit: Limit, stage: 1 | 2, days: number): Suggestion | null {
  if (limit.agreed === 0) return null;
  const ok = limit.agreed - limit.beyondLimit;
  return {
    comply: limit.beyondLimit === 0 ? 'yes' : 'no',
    evidence: `${ok} of ${plural(limit.agreed, `stage ${stage} extension`)} agreed this year ${were(limit.agreed)} within ${days} working days`,
  };
}

/** The suggestion for each provision the data answers, by provision number. */
export function suggestionsFrom(f: SelfAssessmentFacts): Record<string, Suggestion> {
  const m = f.measures;
  const out: Record<string, Suggestion | null> = {
    '4.1': allOf(
      f.handlers.withHandler,
      f.handlers.received,
      `${plural(f.handlers.received, 'stage 1 complaint')} received had a complaint handler assigned`,
    ),
    '6.2': allOf(
      m.stage1.acknowledgedOnTime,
      m.stage1.acknowledged,
      `${plural(m.stage1.acknowledged, 'stage 1 complaint')} acknowledged ${were(m.stage1.acknowledged)} acknowledged within 5 working days`,
    ),
    '6.4': allOf(
      m.stage1.respondedOnTimeWithExtensions,
      m.stage1.responded,
      `${plural(m.stage1.responded, 'stage 1 response')} ${were(m.stage1.responded)} within the Code's timescale (CH02: ${pct(m.ch02.stage1Pct)})`,
    ),
    '6.5': within(f.extensions.stage1, 1, 10),
    '6.9': allOf(
      f.letters.stage1.carried,
      f.letters.stage1.issued,
      `${plural(f.letters.stage1.issued, 'stage 1 response letter')} issued carried how to escalate to stage 2`,
    ),
    '6.11': allOf(
      m.stage2.acknowledgedOnTime,
      m.stage2.acknowledged,
      `${plural(m.stage2.acknowledged, 'stage 2 escalation')} acknowledged ${were(m.stage2.acknowledged)} acknowledged within 5 working days`,
    ),
    '6.12':
      m.stage2.received === 0
        ? null
        : {
            comply: f.sameHandlerAtStage2 === 0 ? 'yes' : 'no',
            evidence: `${plural(f.sameHandlerAtStage2, 'stage 2 complaint')} of ${m.stage2.received} handled by the stage 1 handler`,
          },
    '6.13': allOf(
      m.stage2.respondedOnTimeWithExtensions,
      m.stage2.responded,
      `${plural(m.stage2.responded, 'stage 2 response')} ${were(m.stage2.responded)} within the Code's timescale (CH02: ${pct(m.ch02.stage2Pct)})`,
    ),
    '6.14': within(f.extensions.stage2, 2, 20),
    '6.17': allOf(
      f.letters.stage2.carried,
      f.letters.stage2.issued,
      `${plural(f.letters.stage2.issued, 'stage 2 response letter')} issued carried how to contact the Housing Ombudsman`,
    ),
    '7.1': allOf(
      f.remedies.withRemedy,
      f.remedies.upheldPoints,
      `${plural(f.remedies.upheldPoints, 'point')} upheld or partly upheld had a remedy recorded`,
    ),
    '8.1': {
      comply: f.governingBodyResponse ? 'yes' : 'no',
      evidence: f.governingBodyResponse
        ? "This annual report is produced from the case data, with the governing body's response"
        : "This annual report is produced from the case data; the governing body's response is not written yet",
    },
  };
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, Suggestion] => e[1] !== null));
}

function pct(value: number | null): string {
  return value === null ? 'no responses' : `${value.toFixed(1)}%`;
}

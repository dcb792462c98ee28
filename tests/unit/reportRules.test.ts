// The reports' pure rules: the self-assessment's suggestions from the data (yes only when every
// case met the requirement; none when there was nothing to judge), the checklist file's checks,
// quarters named as board papers name them, and counts with their share.
import { describe, expect, it } from 'vitest';
import shipped from '../../resources/reporting/code-self-assessment-2024.json';
import type { Measures, StageMeasures } from '../../src/shared/contract/reporting';
import { checklistSchema, provisionNumbers } from '../../src/shared/reports/checklist';
import { countWithShare } from '../../src/shared/reports/figures';
import { previousQuarter, quarterLabel } from '../../src/shared/reporting/period';
import { suggestionsFrom, type SelfAssessmentFacts } from '../../src/shared/reports/suggestions';

const stage = (over: Partial<StageMeasures> = {}): StageMeasures => ({
  received: 0,
  acknowledged: 0,
  acknowledgedOnTime: 0,
  responded: 0,
  respondedOnTime: 0,
  respondedOnTimeWithExtensions: 0,
  medianWorkingDays: null,
  meanWorkingDays: null,
  extended: 0,
  refused: 0,
  refusedByReason: {},
  openAtEnd: 0,
  overdueAtEnd: 0,
  ...over,
});

function facts(over: Partial<SelfAssessmentFacts> = {}, m: Partial<Measures> = {}): SelfAssessmentFacts {
  const measures = {
    from: '2026-04-01',
    to: '2027-03-31',
    homes: null,
    stage1: { ...stage(), resolved: 0, escalated: 0, escalationRatePct: null },
    stage2: stage(),
    ch01: { stage1Per1000Homes: null, stage2Per1000Homes: null },
    ch02: { stage1Pct: null, stage2Pct: null },
    compensation: { offeredPence: 0, offered: 0, paidPence: 0, paid: 0 },
    promisedActions: { due: 0, completedOnTime: 0, pct: null },
    satisfaction: {
      handling: { responses: 0, satisfied: 0, pct: null },
      outcome: { responses: 0, satisfied: 0, pct: null },
    },
    ombudsman: { determined: 0, ordersDue: 0, ordersCompliedOnTime: 0 },
    ...m,
  } as Measures;
  return {
    measures,
    handlers: { received: 0, withHandler: 0 },
    sameHandlerAtStage2: 0,
    extensions: { stage1: { agreed: 0, beyondLimit: 0 }, stage2: { agreed: 0, beyondLimit: 0 } },
    letters: { stage1: { issued: 0, carried: 0 }, stage2: { issued: 0, carried: 0 } },
    remedies: { upheldPoints: 0, withRemedy: 0 },
    governingBodyResponse: false,
    ...over,
  };
}

describe('self-assessment suggestions', () => {
  it('suggests nothing where there was nothing to judge, except the report itself', () => {
    expect(Object.keys(suggestionsFrom(facts()))).toEqual(['8.1']);
  });

  it.each([
    [100, 100, 'yes'],
    [99, 100, 'no'],
  ])('acknowledgement: %i of %i on time → %s', (onTime, of, comply) => {
    const s = suggestionsFrom(
      facts(
        {},
        {
          stage1: {
            ...stage({ acknowledged: of, acknowledgedOnTime: onTime }),
            resolved: 0,
            escalated: 0,
            escalationRatePct: null,
          },
        },
      ),
    );
    expect(s['6.2']).toEqual({
      comply,
      evidence: `${onTime} of ${of} stage 1 complaints acknowledged were acknowledged within 5 working days`,
    });
  });

  it('stage 1 responses use the CH02 rule (agreed extensions counted) and quote CH02', () => {
    const s = suggestionsFrom(
      facts(
        {},
        {
          stage1: {
            ...stage({ responded: 8, respondedOnTime: 6, respondedOnTimeWithExtensions: 8 }),
            resolved: 0,
            escalated: 0,
            escalationRatePct: null,
          },
          ch02: { stage1Pct: 100, stage2Pct: null },
        },
      ),
    );
    expect(s['6.4']).toEqual({
      comply: 'yes',
      evidence: "8 of 8 stage 1 responses were within the Code's timescale (CH02: 100.0%)",
    });
  });

  it('extensions beyond the limit, letters without the route, a stage 1 handler at stage 2 → no', () => {
    const s = suggestionsFrom(
      facts(
        {
          extensions: { stage1: { agreed: 3, beyondLimit: 1 }, stage2: { agreed: 1, beyondLimit: 0 } },
          letters: { stage1: { issued: 4, carried: 3 }, stage2: { issued: 2, carried: 2 } },
          sameHandlerAtStage2: 1,
          remedies: { upheldPoints: 5, withRemedy: 5 },
          governingBodyResponse: true,
        },
        { stage2: stage({ received: 4 }) },
      ),
    );
    expect(s['6.5']).toEqual({
      comply: 'no',
      evidence: '2 of 3 stage 1 extensions agreed this year were within 10 working days',
    });
    expect(s['6.14']).toEqual({
      comply: 'yes',
      evidence: '1 of 1 stage 2 extension agreed this year was within 20 working days',
    });
    expect(s['6.9']!.comply).toBe('no');
    expect(s['6.17']!.comply).toBe('yes');
    expect(s['6.12']).toEqual({
      comply: 'no',
      evidence: '1 stage 2 complaint of 4 handled by the stage 1 handler',
    });
    expect(s['7.1']!.comply).toBe('yes');
    expect(s['8.1']!.comply).toBe('yes');
  });
});

describe('the checklist file', () => {
  it('ships the Code’s nine sections, each provision numbered under its section', () => {
    const c = checklistSchema.parse(shipped);
    expect(c.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(provisionNumbers(c)).toContain('6.2');
    expect(c.source).toMatch(/paraphrase/);
  });

  it('refuses a provision filed under the wrong section, or listed twice', () => {
    const bad = structuredClone(shipped);
    bad.sections[0]!.provisions.push({ number: '2.1', requirement: 'Misfiled' });
    expect(checklistSchema.safeParse(bad).error?.issues[0]?.message).toBe(
      'Provision 2.1 is not in section 1',
    );
  });
});

describe('quarters and shares', () => {
  it.each([
    ['2026Q3', 'July to September 2026', '2026Q2'],
    ['2027Q1', 'January to March 2027', '2026Q4'],
  ])('%s is %s, after %s', (q, label, before) => {
    expect(quarterLabel(q)).toBe(label);
    expect(previousQuarter(q)).toBe(before);
  });

  it('shows a share to one decimal place, and no share of nothing', () => {
    expect(countWithShare(2, 3)).toBe('2 (66.7%)');
    expect(countWithShare(0, 0)).toBe('0');
  });
});

// The pure rules of putting things right: the panel threshold, the Ombudsman's bands, a remedy's
// steps, overdue promised actions, closing with actions open, and money as officers write it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compensationBand,
  compensationBandsSchema,
  needsPanelSignOff,
  SHIPPED_BANDS,
} from '../../src/shared/remedies/compensation';
import {
  actionDueWords,
  actionOverdue,
  closureWithOpenActions,
  daysOverdue,
} from '../../src/shared/remedies/actions';
import { formatPounds, poundsToPence } from '../../src/shared/remedies/money';
import {
  approvalProblem,
  remedyStep,
  type RemedyState,
  type RemedyStep,
} from '../../src/shared/remedies/remedyStatus';

describe('needsPanelSignOff: above the threshold (default £250)', () => {
  it.each([
    [null, undefined, false],
    [1, undefined, false],
    [25_000, undefined, false],
    [25_001, undefined, true],
    [100_000, undefined, true],
    [10_000, 10_000, false],
    [10_001, 10_000, true],
    [1, 0, true],
  ])('%s pence with threshold %s → %s', (amount, threshold, expected) => {
    expect(needsPanelSignOff(amount, threshold)).toBe(expected);
  });
});

describe('compensationBand: the Ombudsman’s guidance as shipped', () => {
  it.each([
    [null, null],
    [1, 'Up to £100'],
    [9_999, 'Up to £100'],
    [10_000, '£100 to £600'],
    [15_000, '£100 to £600'],
    [59_999, '£100 to £600'],
    [60_000, '£600 to £1,000'],
    [99_999, '£600 to £1,000'],
    [100_000, 'Over £1,000'],
    [10_000_000, 'Over £1,000'],
  ])('%s pence → %s', (amount, label) => {
    expect(compensationBand(amount)?.label ?? null).toBe(label);
  });

  it('ships its source, date and the 1 April 2026 fixed sums as data', () => {
    expect(compensationBandsSchema.parse(SHIPPED_BANDS)).toEqual(SHIPPED_BANDS);
    expect(SHIPPED_BANDS.source).toMatch(/Housing Ombudsman/);
    expect(SHIPPED_BANDS.fixedSums?.effectiveFrom).toBe('2026-04-01');
    expect(SHIPPED_BANDS.fixedSums?.rates.map((r) => r.pence)).toEqual([1500, 1500]);
  });

  it('every amount falls in exactly one shipped band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (pence) => {
        const hits = SHIPPED_BANDS.bands.filter(
          (b) => pence >= b.fromPence && (b.toPence === null || pence < b.toPence),
        );
        expect(hits).toHaveLength(1);
      }),
    );
  });

  it('a landlord’s own bands are used in their place', () => {
    const own = { ...SHIPPED_BANDS, bands: [{ fromPence: 0, toPence: 5_000, label: 'Small', meaning: 'x' }] };
    expect(compensationBand(4_999, own)?.label).toBe('Small');
    expect(compensationBand(5_000, own)).toBeNull();
  });
});

const remedy = (over: Partial<RemedyState> = {}): RemedyState => ({
  status: 'proposed',
  kind: 'financial',
  amountPence: 15_000,
  approvedAt: null,
  ...over,
});

describe('remedyStep: proposed → offered → accepted | declined; accepted → paid', () => {
  it.each<[RemedyState['status'], RemedyStep, string | null]>([
    ['proposed', 'offer', 'offered'],
    ['proposed', 'accept', null],
    ['proposed', 'pay', null],
    ['offered', 'accept', 'accepted'],
    ['offered', 'decline', 'declined'],
    ['offered', 'offer', null],
    ['offered', 'pay', null],
    ['accepted', 'pay', 'paid'],
    ['accepted', 'decline', null],
    ['declined', 'accept', null],
    ['declined', 'pay', null],
    ['paid', 'pay', null],
    ['paid', 'offer', null],
  ])('%s, %s → %s', (status, step, to) => {
    const result = remedyStep(remedy({ status }), step, false);
    expect(result.ok ? result.status : null).toBe(to);
  });

  it('refuses to offer above the threshold before the panel approves, and allows it after', () => {
    expect(remedyStep(remedy(), 'offer', true)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/panel must approve/),
    });
    expect(remedyStep(remedy({ approvedAt: '2026-04-01T10:00:00Z' }), 'offer', true)).toEqual({
      ok: true,
      status: 'offered',
    });
  });

  it('pays money only', () => {
    expect(remedyStep(remedy({ kind: 'apology', status: 'accepted' }), 'pay', false)).toMatchObject({
      ok: false,
    });
  });

  it('property: a remedy needing sign-off never reaches "offered" without approval, whatever the steps', () => {
    const steps = fc.array(fc.constantFrom<RemedyStep>('offer', 'accept', 'decline', 'pay'), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.integer({ min: 25_001, max: 100_000_000 }), steps, (amountPence, seq) => {
        let state = remedy({ status: 'proposed', amountPence });
        for (const step of seq) {
          const r = remedyStep(state, step, needsPanelSignOff(state.amountPence));
          if (r.ok) state = { ...state, status: r.status };
        }
        expect(state.status).toBe('proposed');
      }),
    );
  });
});

describe('approvalProblem', () => {
  it.each([
    [remedy(), true, null],
    [remedy(), false, /needs no sign-off/],
    [remedy({ approvedAt: 'x' }), true, /already approved/],
    [remedy({ status: 'offered' }), true, /Only a proposed remedy/],
  ])('%#', (r, needed, expected) => {
    const problem = approvalProblem(r, needed);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('actionOverdue and daysOverdue', () => {
  it.each([
    ['open', '2026-04-10', '2026-04-09', false, 0, 'Due in 1 day'],
    ['open', '2026-04-10', '2026-04-10', false, 0, 'Due today'],
    ['open', '2026-04-10', '2026-04-11', true, 1, '1 day overdue'],
    ['open', '2026-03-28', '2026-04-11', true, 14, '14 days overdue'],
    ['open', '2025-12-31', '2026-01-02', true, 2, '2 days overdue'],
    ['open', '2026-04-30', '2026-04-11', false, 0, 'Due in 19 days'],
    ['done', '2026-03-01', '2026-04-11', false, 0, 'Done'],
    ['cancelled', '2026-03-01', '2026-04-11', false, 0, 'No longer needed'],
  ])('%s due %s, today %s → overdue %s by %s (%s)', (status, dueOn, today, overdue, days, words) => {
    expect(actionOverdue({ status, dueOn }, today)).toBe(overdue);
    expect(daysOverdue({ status, dueOn }, today)).toBe(days);
    expect(actionDueWords({ status, dueOn }, today)).toBe(words);
  });
});

describe('closureWithOpenActions', () => {
  it.each([
    [0, null, null],
    [0, '', null],
    [1, 'Sam Lee, 0161 555 0100', null],
    [1, null, /A promised action is still open: name who will manage it/],
    [1, '   ', /name who will manage it/],
    [3, undefined, /3 promised actions are still open: name who will manage them/],
  ])('%s open, manager %j', (open, manager, expected) => {
    const problem = closureWithOpenActions(open, manager);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('money', () => {
  it.each([
    ['150', 15_000],
    ['150.00', 15_000],
    ['150.5', 15_050],
    ['£1,250.75', 125_075],
    [' 0.01 ', 1],
    ['1,25', null],
    ['150.123', null],
    ['-5', null],
    ['abc', null],
    ['', null],
  ])('%j → %s pence', (text, pence) => {
    expect(poundsToPence(text)).toBe(pence);
  });

  it.each([
    [0, '£0.00'],
    [1, '£0.01'],
    [15_000, '£150.00'],
    [123_456, '£1,234.56'],
    [100_000_000, '£1,000,000.00'],
  ])('%s pence → %s', (pence, text) => {
    expect(formatPounds(pence)).toBe(text);
  });

  it('round trips every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (p) => {
        expect(poundsToPence(formatPounds(p))).toBe(p);
      }),
    );
  });
});

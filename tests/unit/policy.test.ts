import { describe, expect, it } from 'vitest';
import {
  CODE_POLICY,
  POLICY_LABELS,
  policyProfileSchema,
  policyWarnings,
  type PolicyProfile,
} from '../../src/shared/complaints/policy';

const policy = (over: Partial<PolicyProfile>): PolicyProfile => ({ ...CODE_POLICY, ...over });

describe('policy warnings', () => {
  it('gives none for the Code itself', () => {
    expect(policyWarnings(CODE_POLICY)).toEqual([]);
  });

  it('gives none for a stricter policy (seed 001: 24-hour first contact, 5 and 7 working days)', () => {
    const tight = policy({
      firstContactResolutionHours: 24,
      stage1ResponseDays: 5,
      stage1ExtensionDays: 5,
      stage2ResponseDays: 7,
      stage2ExtensionDays: 7,
      acknowledgeDays: 1,
      stage2AcknowledgeDays: 3,
      complaintWindowMonths: 24,
      region: 'scotland',
      closureDays: ['2026-12-26', '2026-12-27'],
    });
    expect(policyWarnings(tight)).toEqual([]);
  });

  it('says what the Code requires and what the policy allows', () => {
    expect(policyWarnings(policy({ acknowledgeDays: 7 }))).toEqual([
      {
        field: 'acknowledgeDays',
        message:
          'The Code requires stage 1 complaints to be acknowledged within 5 working days; this policy allows 7.',
      },
    ]);
  });

  it.each([
    ['acknowledgeDays', 6, '5 working days'],
    ['stage1ResponseDays', 11, '10 working days'],
    ['stage1ExtensionDays', 15, '10 working days'],
    ['stage2AcknowledgeDays', 10, '5 working days'],
    ['stage2ResponseDays', 25, '20 working days'],
    ['stage2ExtensionDays', 30, '20 working days'],
  ] as const)('warns when %s is %i, naming the Code’s %s', (field, value, code) => {
    const warnings = policyWarnings(policy({ [field]: value }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.field).toBe(field);
    expect(warnings[0]!.message).toContain(`The Code requires`);
    expect(warnings[0]!.message).toContain(code);
    expect(warnings[0]!.message).toMatch(new RegExp(`this policy allows ${value}\\.$`));
    expect(warnings[0]!.message).toMatch(field.startsWith('stage2') ? /stage 2/ : /stage 1/);
  });

  it('warns when complaints are refused as too old sooner than the Code allows', () => {
    const [w] = policyWarnings(policy({ complaintWindowMonths: 6 }));
    expect(w).toEqual({
      field: 'complaintWindowMonths',
      message:
        'The Code only lets a complaint be refused as too old when the issue arose more than 12 months before; this policy refuses after 6 months.',
    });
  });

  it('warns that closure days on weekdays push deadlines later', () => {
    const [w] = policyWarnings(
      policy({ closureDays: ['2026-12-26', '2026-12-29', '2026-12-30', '2026-12-31'] }),
    );
    expect(w?.field).toBe('closureDays');
    expect(w?.message).toContain('skips 3 closure days');
  });

  it('gives one warning per looser setting', () => {
    const loose = policy({
      acknowledgeDays: 10,
      stage1ResponseDays: 20,
      stage1ExtensionDays: 20,
      stage2AcknowledgeDays: 10,
      stage2ResponseDays: 40,
      stage2ExtensionDays: 40,
      complaintWindowMonths: 3,
      closureDays: ['2026-12-29'],
    });
    expect(policyWarnings(loose).map((w) => w.field)).toEqual([
      'acknowledgeDays',
      'stage1ResponseDays',
      'stage1ExtensionDays',
      'stage2AcknowledgeDays',
      'stage2ResponseDays',
      'stage2ExtensionDays',
      'complaintWindowMonths',
      'closureDays',
    ]);
    expect(policyWarnings(policy({ stage1ExtensionDays: 11 }))[0]!.message).toBe(
      'The Code requires a stage 1 extension of no more than 10 working days without good reason; this policy allows 11.',
    );
  });
});

describe('policy schema', () => {
  it('accepts the Code and a realistic landlord policy', () => {
    expect(policyProfileSchema.parse(CODE_POLICY)).toEqual(CODE_POLICY);
    const mine = policy({
      firstContactResolutionHours: 24,
      stage1ResponseDays: 5,
      closureDays: ['2026-12-29', '2026-12-30'],
    });
    expect(policyProfileSchema.parse(mine)).toEqual(mine);
  });

  const message = (input: unknown) => {
    const r = policyProfileSchema.safeParse(input);
    expect(r.success).toBe(false);
    return r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  };

  it.each([
    [
      'a fraction of a day',
      { acknowledgeDays: 2.5 },
      'acknowledgeDays: The stage 1 acknowledgement time must be a whole number of working days',
    ],
    [
      'a negative number',
      { stage1ExtensionDays: -1 },
      'stage1ExtensionDays: The stage 1 extension cannot be negative',
    ],
    [
      'no time at all to respond (a deadline must be a working day after the event)',
      { stage1ResponseDays: 0 },
      'stage1ResponseDays: The stage 1 response time must be at least 1 working day',
    ],
    [
      'more than 60 working days',
      { stage2ResponseDays: 61 },
      'stage2ResponseDays: The stage 2 response time cannot be more than 60 working days',
    ],
    [
      'text for a number',
      { stage2ExtensionDays: '20' },
      'stage2ExtensionDays: The stage 2 extension must be a number of working days',
    ],
    [
      'a zero-month window',
      { complaintWindowMonths: 0 },
      'complaintWindowMonths: The complaint window must be at least 1 month',
    ],
    [
      'a window over 3 years',
      { complaintWindowMonths: 37 },
      'complaintWindowMonths: The complaint window cannot be more than 36 months',
    ],
    [
      'a zero-hour first-contact aim',
      { firstContactResolutionHours: 0 },
      'firstContactResolutionHours: The first-contact aim must be at least 1 hour',
    ],
    [
      'an unknown region',
      { region: 'wales' },
      'region: The region must be one of: england-and-wales, scotland, northern-ireland',
    ],
    [
      'a date that does not exist',
      { closureDays: ['2026-02-30'] },
      'closureDays.0: Not a real date (YYYY-MM-DD): 2026-02-30',
    ],
    [
      'a date in the wrong format',
      { closureDays: ['29/12/2026'] },
      'closureDays.0: Not a real date (YYYY-MM-DD): 29/12/2026',
    ],
    [
      'a repeated closure day',
      { closureDays: ['2026-12-29', '2026-12-29'] },
      'closureDays.1: Closure day 2026-12-29 is listed twice',
    ],
    [
      'closure days out of order',
      { closureDays: ['2026-12-30', '2026-12-29'] },
      'closureDays.1: Closure days must be in date order: 2026-12-29 comes after 2026-12-30',
    ],
  ])('rejects %s with a specific message', (_label, over, expected) => {
    expect(message({ ...CODE_POLICY, ...over })).toBe(expected);
  });

  it('rejects a missing setting', () => {
    const { acknowledgeDays: _, ...rest } = CODE_POLICY;
    expect(message(rest)).toBe(
      'acknowledgeDays: The stage 1 acknowledgement time must be a number of working days',
    );
  });
});

describe('policy labels', () => {
  it('label every setting', () => {
    expect(Object.keys(POLICY_LABELS).sort()).toEqual(Object.keys(CODE_POLICY).sort());
    for (const label of Object.values(POLICY_LABELS)) expect(label.length).toBeLessThan(60);
  });
});

import { describe, expect, it } from 'vitest';
import { CODE_POLICY, type PolicyProfile } from '../../../../shared/complaints/policy';
import {
  christmasShutdown,
  liveWarnings,
  normaliseClosureDays,
  policyFieldErrors,
  sameAsSaved,
  toForm,
  validatePolicy,
  withCodeTimescales,
} from './policyForm';

const code: PolicyProfile = { ...CODE_POLICY, closureDays: [] };

describe('the complaint policy form', () => {
  it('round-trips a policy', () => {
    const v = toForm({ ...code, firstContactResolutionHours: 24, closureDays: ['2026-12-29'] });
    const checked = validatePolicy(v);
    expect(checked).toEqual({
      ok: true,
      policy: { ...code, firstContactResolutionHours: 24, closureDays: ['2026-12-29'] },
    });
    expect(sameAsSaved(v, { ...code, firstContactResolutionHours: 24, closureDays: ['2026-12-29'] })).toBe(
      true,
    );
  });

  it('treats an empty first-contact aim as none, and an empty day box as missing', () => {
    const v = { ...toForm(code), firstContactResolutionHours: '', acknowledgeDays: '' };
    const checked = validatePolicy(v);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(Object.keys(checked.errors)).toEqual(['acknowledgeDays']);
      expect(checked.errors.acknowledgeDays).toMatch(/number of working days/);
    }
  });

  it('rejects out-of-range values with the schema’s words', () => {
    const checked = validatePolicy({ ...toForm(code), stage2ResponseDays: 61 });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.stage2ResponseDays).toMatch(/60 working days/);
  });

  it('warns live about looser settings, ignoring half-typed boxes', () => {
    expect(liveWarnings(toForm(code))).toEqual([]);
    const loose = liveWarnings({ ...toForm(code), stage1ResponseDays: 15, acknowledgeDays: '' });
    expect(loose.map((w) => w.field)).toEqual(['stage1ResponseDays']);
    expect(loose[0]!.message).toMatch(/The Code requires a stage 1 response within 10 working days/);
    expect(liveWarnings({ ...toForm(code), acknowledgeDays: 3 })).toEqual([]);
  });

  it('puts the Code’s timescales back without touching the calendar', () => {
    const v = withCodeTimescales({
      ...toForm(code),
      stage1ResponseDays: 15,
      region: 'scotland',
      closureDays: ['2026-12-29'],
    });
    expect(v.stage1ResponseDays).toBe(10);
    expect(v.region).toBe('scotland');
    expect(v.closureDays).toEqual(['2026-12-29']);
  });

  it('keeps closure days sorted and single', () => {
    expect(normaliseClosureDays(['2026-12-31', '2026-12-29', '2026-12-31', 'nonsense'])).toEqual([
      '2026-12-29',
      '2026-12-31',
    ]);
  });

  it('files every closure day’s error under the closure days, and strips nothing else', () => {
    expect(policyFieldErrors({ 'closureDays.2': 'Listed twice', acknowledgeDays: 'Too many' })).toEqual({
      closureDays: 'Listed twice',
      acknowledgeDays: 'Too many',
    });
  });
});

describe('the Christmas shutdown', () => {
  const ew = ['2025-12-25', '2025-12-26', '2026-12-25', '2026-12-28', '2027-12-27', '2027-12-28'];

  it('is the weekdays between Christmas and New Year that are not bank holidays', () => {
    expect(christmasShutdown('2026-06-01', ew)).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(christmasShutdown('2025-11-01', ew)).toEqual(['2025-12-29', '2025-12-30', '2025-12-31']);
  });

  it('moves to next year once this year’s has passed, and leaves out days already gone', () => {
    expect(christmasShutdown('2026-12-30', ew)).toEqual(['2026-12-30', '2026-12-31']);
    expect(christmasShutdown('2027-01-04', ew)).toEqual(['2027-12-29', '2027-12-30', '2027-12-31']);
  });
});

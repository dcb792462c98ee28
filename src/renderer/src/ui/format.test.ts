import { describe, expect, it } from 'vitest';
import { formatRelative, plural, withArticle } from './format';

describe('relative times', () => {
  const now = Date.parse('2026-03-12T14:00:00Z');
  const at = (ms: number) => new Date(now - ms).toISOString();

  it('says how long ago, in words', () => {
    expect(formatRelative(at(10_000), now)).toBe('just now');
    expect(formatRelative(at(60_000), now)).toBe('1 minute ago');
    expect(formatRelative(at(5 * 60_000), now)).toBe('5 minutes ago');
    expect(formatRelative(at(2 * 3_600_000), now)).toBe('2 hours ago');
    expect(formatRelative(at(30 * 3_600_000), now)).toBe('yesterday');
    expect(formatRelative(at(3 * 86_400_000), now)).toBe('3 days ago');
  });

  it('gives a date beyond a week, and flags times in the future', () => {
    expect(formatRelative(at(30 * 86_400_000), now)).toMatch(/2026/);
    expect(formatRelative(at(-3_600_000), now)).toMatch(/^in the future/);
  });

  it('passes through what it cannot read', () => {
    expect(formatRelative('not a date', now)).toBe('not a date');
  });
});

describe('plural', () => {
  it('counts', () => {
    expect(plural(1, 'change')).toBe('1 change');
    expect(plural(0, 'change')).toBe('0 changes');
    expect(plural(1200, 'change')).toBe('1,200 changes');
    expect(plural(2, 'copy', 'copies')).toBe('2 copies');
  });
});

describe('withArticle', () => {
  it('picks a or an', () => {
    expect(withArticle('enquiry')).toBe('an enquiry');
    expect(withArticle('complaint')).toBe('a complaint');
  });
});

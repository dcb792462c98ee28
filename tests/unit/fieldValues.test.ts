// The value rules, at the contract (shared/domain/fields) and for stored fields (store/fieldValues).
import { describe, expect, it } from 'vitest';
import { isoDate, isoInstant, optionalText, requiredText, text } from '../../src/shared/domain/fields';
import { fieldValueProblem, ruleFor } from '../../src/main/store/fieldValues';
import { RECORD_KINDS } from '../../src/main/store/registry';

describe('every stored field has a value rule', () => {
  it('covers every synced field of every record kind', () => {
    const missing = Object.values(RECORD_KINDS).flatMap((k) =>
      (k.fields as readonly string[]).filter((f) => !ruleFor(k.table, f)).map((f) => `${k.table}.${f}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('dates', () => {
  it.each(['9999-12-31', '1900-01-01', '1899-12-31', '0100-05-05', '1970-01-01', '2026-02-30', '2026-1-5'])(
    'refuses %s at the contract and in the store',
    (d) => {
      expect(isoDate.safeParse(d).success).toBe(false);
      expect(fieldValueProblem('cases', 'received_on', d)).toMatch(/between 2000 and 2099/);
    },
  );
  it('accepts a real, plausible date', () => {
    expect(isoDate.parse('2026-12-02')).toBe('2026-12-02');
    expect(fieldValueProblem('ombudsman_requests', 'due_on', '2027-01-05')).toBeNull();
  });
  it('refuses implausible moments and accepts ordinary ones', () => {
    expect(isoInstant.safeParse('9999-12-31T10:00:00Z').success).toBe(false);
    expect(isoInstant.safeParse('1900-01-01T10:00:00+00:00').success).toBe(false);
    expect(isoInstant.parse('2026-12-02T10:00:00.000Z')).toBe('2026-12-02T10:00:00.000Z');
    // The range's edges are whole UTC days.
    expect(isoInstant.safeParse('2000-01-01T00:00:00Z').success).toBe(true);
    expect(isoInstant.safeParse('1999-12-31T23:59:59.999Z').success).toBe(false);
    expect(isoInstant.safeParse('2000-01-01T00:30:00+01:00').success).toBe(false);
    expect(isoInstant.safeParse('2099-12-31T23:59:59.999Z').success).toBe(true);
    expect(isoInstant.safeParse('2100-01-01T00:00:00Z').success).toBe(false);
    expect(isoInstant.safeParse('2099-12-31T23:30:00-01:00').success).toBe(false);
    expect(fieldValueProblem('contacts', 'occurred_at', '+010000-01-01T00:00:00.000Z')).not.toBeNull();
    expect(fieldValueProblem('contacts', 'occurred_at', '2026-12-02T10:00:00+01:00')).toBeNull();
  });
});

describe('text', () => {
  const hostile = ['a\u0000b', '\u001b[2J', 'Joan \u202eakafO', 'x\u2066y', 'bell\u0007', 'del\u007f'];
  it.each(hostile)('refuses control and text-direction characters: %j', (v) => {
    const result = requiredText(120, 'A name').safeParse(v);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/control or text-direction/);
    expect(fieldValueProblem('residents', 'phone', v)).toMatch(/control or text-direction/);
  });
  it('keeps tabs and line breaks in notes, refuses line breaks in one-line fields', () => {
    expect(optionalText(2000).parse('line one\r\nline\ttwo')).toBe('line one\nline\ttwo');
    expect(text(40).safeParse('07700\n900123').success).toBe(false);
    expect(fieldValueProblem('residents', 'name', 'Joan\nOkafor')).toMatch(/one line/);
    expect(fieldValueProblem('cases', 'summary', 'Mould\n\tin the bedroom')).toBeNull();
  });
  it('refuses over-long text and values of the wrong kind', () => {
    expect(fieldValueProblem('residents', 'phone', '1'.repeat(41))).toMatch(/at most 40/);
    expect(fieldValueProblem('cases', 'status', 'exploded')).toMatch(/one of/);
    expect(fieldValueProblem('cases', 'hs_risk', 2)).toMatch(/0 or 1/);
    expect(fieldValueProblem('cases', 'resident_id', 'not-an-id')).toMatch(/record id/);
    expect(fieldValueProblem('cases', 'summary', 42)).toMatch(/text/);
  });
});

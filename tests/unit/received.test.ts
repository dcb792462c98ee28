// The date a complaint was received (src/shared/complaints/received.ts): the one set of rules the
// state machine and the service both apply.
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../../src/main/calendars';
import { applyCommand, EMPTY_FACTS, type ComplaintFacts } from '../../src/shared/complaints/lifecycle';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import {
  issueNoticedProblem,
  receivedDateProblem,
  receivedOnWhenRetyped,
} from '../../src/shared/complaints/received';

const today = '2026-04-08';

describe('receivedDateProblem', () => {
  it.each([
    ['2026-04-08', null, null, null],
    ['2026-04-09', null, null, 'That date is in the future.'],
    ['2026-04-02', '2026-04-02', null, null], // received and acknowledged the same day
    ['2026-04-03', '2026-04-02', null, 'The date received cannot be after the acknowledgement.'],
    ['2026-04-01', null, '2026-04-01', null], // noticed the day they complained
    ['2026-03-31', null, '2026-04-01', 'The date received cannot be before the issue was noticed.'],
    ['2026-04-09', '2026-04-02', '2026-04-10', 'That date is in the future.'], // the first problem is named
  ] as const)(
    'received %s (acknowledged %s, noticed %s): %s',
    (received, acknowledgedOn, issueNoticedOn, problem) => {
      expect(receivedDateProblem(received, { today, acknowledgedOn, issueNoticedOn })).toBe(problem);
    },
  );
});

describe('issueNoticedProblem', () => {
  it('refuses an issue noticed after the complaint about it was received', () => {
    expect(issueNoticedProblem('2026-04-02', '2026-04-01')).toBe(
      'The issue cannot have been noticed after the complaint was received.',
    );
    expect(issueNoticedProblem('2026-04-01', '2026-04-01')).toBeNull();
    expect(issueNoticedProblem('2025-01-01', '2026-04-01')).toBeNull();
    expect(issueNoticedProblem('2026-04-02', null)).toBeNull(); // not a complaint (yet)
  });
});

describe('receivedOnWhenRetyped', () => {
  const none = { receivedOn: null, stage1AcknowledgedOn: null };
  it('starts the clock the day a case becomes a complaint', () => {
    expect(receivedOnWhenRetyped(none, 'complaint', '2026-04-02')).toBe('2026-04-02');
  });
  it('keeps a received date already recorded, or counts from the acknowledgement after a merge', () => {
    expect(receivedOnWhenRetyped({ ...none, receivedOn: '2026-03-30' }, 'complaint', '2026-04-02')).toBe(
      '2026-03-30',
    );
    expect(
      receivedOnWhenRetyped({ ...none, stage1AcknowledgedOn: '2026-03-31' }, 'complaint', '2026-04-02'),
    ).toBe('2026-03-31');
  });
  it('clears it for any other type', () => {
    expect(receivedOnWhenRetyped({ ...none, receivedOn: '2026-03-30' }, 'enquiry', '2026-04-02')).toBeNull();
  });
});

describe('the state machine applies the received-date rules when a case becomes a complaint', () => {
  const enquiry: ComplaintFacts = { ...EMPTY_FACTS, type: 'enquiry', status: 'open' };
  const triage = (on: string, issueNoticedOn: string | null) =>
    applyCommand(
      enquiry,
      { kind: 'triage', type: 'complaint', on },
      { policy: CODE_POLICY, calendar: calendarFor(CODE_POLICY), today, undecidedPoints: 0, issueNoticedOn },
    );
  it('refuses a complaint received before its issue was noticed, naming the date of the step', () => {
    expect(triage('2026-04-03', '2026-04-06')).toEqual({
      ok: false,
      message: 'The date received cannot be before the issue was noticed.',
      field: 'on',
    });
    expect(triage('2026-04-06', '2026-04-06')).toMatchObject({
      ok: true,
      changes: { receivedOn: '2026-04-06' },
    });
    expect(triage('2026-04-03', null)).toMatchObject({ ok: true, changes: { receivedOn: '2026-04-03' } });
  });
});

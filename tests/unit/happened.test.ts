// Dates of things that happened, and dates that follow others (src/shared/complaints/happened.ts).
import { describe, expect, it } from 'vitest';
import {
  happenedAtProblem,
  ombudsmanDoneProblem,
  ombudsmanRequestProblem,
} from '../../src/shared/complaints/happened';
import { applyCommand, EMPTY_FACTS } from '../../src/shared/complaints/lifecycle';
import { calendarFor } from '../../src/main/calendars';
import { CODE_POLICY } from '../../src/shared/complaints/policy';

describe('happened', () => {
  const noon = new Date('2026-12-02T12:00:00Z');
  it('judges a moment by its day in the UK', () => {
    expect(happenedAtProblem('2026-12-02T23:30:00Z', noon)).toBeNull(); // 23:30 GMT is still today
    expect(happenedAtProblem('2026-12-03T00:10:00Z', noon)).toMatch(/future/);
    expect(happenedAtProblem('2026-06-30T23:30:00Z', new Date('2026-06-30T12:00:00Z'))).toMatch(/future/); // 00:30 BST on 1 July
  });
  it('keeps an Ombudsman request in order', () => {
    expect(ombudsmanRequestProblem({ requestedOn: '2026-12-01', dueOn: null }, '2026-12-02')).toBeNull();
    expect(ombudsmanRequestProblem({ requestedOn: '2026-12-03', dueOn: null }, '2026-12-02')?.field).toBe(
      'requestedOn',
    );
    expect(
      ombudsmanRequestProblem({ requestedOn: '2026-12-01', dueOn: '2026-11-30' }, '2026-12-02')?.field,
    ).toBe('dueOn');
    expect(ombudsmanDoneProblem('2026-11-30', '2026-12-01', '2026-12-02')).toMatch(
      /before the Ombudsman asked/,
    );
    expect(ombudsmanDoneProblem('2026-12-03', '2026-12-01', '2026-12-02')).toMatch(/future/);
    expect(ombudsmanDoneProblem('2026-12-01', '2026-12-01', '2026-12-02')).toBeNull();
  });
  it('a closed case is reopened before it becomes a complaint', () => {
    const closed = {
      ...EMPTY_FACTS,
      type: 'service_request' as const,
      status: 'closed' as const,
      closedOn: '2026-11-01',
      closureReason: 'resolved' as const,
    };
    const result = applyCommand(
      closed,
      { kind: 'triage', type: 'complaint', on: '2026-12-02' },
      {
        policy: CODE_POLICY,
        calendar: calendarFor(CODE_POLICY),
        today: '2026-12-02',
        undecidedPoints: 0,
      },
    );
    expect(result.ok ? 'accepted' : result.message).toMatch(/Reopen the case/);
  });
});

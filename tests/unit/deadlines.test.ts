import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../../src/main/calendars';
import {
  addWorkingDays,
  isWorkingDay,
  REGIONS,
  workingDaysBetween,
  type IsoDate,
} from '../../src/shared/complaints/calendar';
import {
  acknowledgeBy,
  evidenceDueBy,
  latestExtendedResponse,
  OMBUDSMAN_EVIDENCE_DAYS,
  RAG_LABELS,
  ragStatus,
  respondBy,
  stageDeadlines,
  stageTimescales,
} from '../../src/shared/complaints/deadlines';
import {
  applyCommand,
  currentResponseDue,
  EMPTY_FACTS,
  nextDeadline,
  type ComplaintFacts,
} from '../../src/shared/complaints/lifecycle';
import { CODE_POLICY, type PolicyProfile } from '../../src/shared/complaints/policy';

const EW = calendarFor(CODE_POLICY);

describe('stage deadlines', () => {
  it('match the worked examples in domain.md', () => {
    expect(stageDeadlines(EW, CODE_POLICY, 1, '2025-12-19')).toEqual({
      acknowledgeBy: '2025-12-30',
      respondBy: '2026-01-14',
      latestExtendedResponse: '2026-01-28',
    });
    expect(stageDeadlines(EW, CODE_POLICY, 1, '2025-12-19', '2025-12-30').respondBy).toBe('2026-01-14');
    expect(stageDeadlines(EW, CODE_POLICY, 1, '2026-04-01', '2026-04-10')).toEqual({
      acknowledgeBy: '2026-04-10',
      respondBy: '2026-04-24',
      latestExtendedResponse: '2026-05-11',
    });
    expect(stageDeadlines(EW, CODE_POLICY, 1, '2026-05-23').acknowledgeBy).toBe('2026-06-01');
  });

  it('run the response from the actual acknowledgement when it came early', () => {
    expect(stageDeadlines(EW, CODE_POLICY, 1, '2026-04-01', '2026-04-02')).toEqual({
      acknowledgeBy: '2026-04-10',
      respondBy: '2026-04-20',
      latestExtendedResponse: '2026-05-05',
    });
    // A late acknowledgement moves the response date too, as the Code counts from it.
    expect(stageDeadlines(EW, CODE_POLICY, 1, '2026-04-01', '2026-04-14').respondBy).toBe('2026-04-28');
  });

  it('use the stage 2 timescales, counted from the escalation request', () => {
    expect(stageDeadlines(EW, CODE_POLICY, 2, '2026-04-01')).toEqual({
      acknowledgeBy: '2026-04-10',
      respondBy: '2026-05-11',
      latestExtendedResponse: '2026-06-09',
    });
    expect(stageDeadlines(EW, CODE_POLICY, 2, '2025-12-19', '2025-12-22')).toEqual({
      acknowledgeBy: '2025-12-30',
      respondBy: '2026-01-22',
      latestExtendedResponse: '2026-02-19',
    });
  });

  it('follow a tighter landlord policy (seed 001: 5 working days at stage 1, 7 at stage 2)', () => {
    const tight: PolicyProfile = {
      ...CODE_POLICY,
      stage1ResponseDays: 5,
      stage1ExtensionDays: 5,
      stage2ResponseDays: 7,
      stage2ExtensionDays: 7,
      firstContactResolutionHours: 24,
    };
    expect(stageDeadlines(EW, tight, 1, '2025-12-19')).toEqual({
      acknowledgeBy: '2025-12-30',
      respondBy: '2026-01-07',
      latestExtendedResponse: '2026-01-14',
    });
    expect(stageDeadlines(EW, tight, 2, '2026-04-01').respondBy).toBe('2026-04-21');
  });

  it("use the region's bank holidays and the landlord's closure days", () => {
    const scotland = { ...CODE_POLICY, region: 'scotland' as const };
    expect(stageDeadlines(calendarFor(scotland), scotland, 1, '2025-12-19').respondBy).toBe('2026-01-15');
    const shut = { ...CODE_POLICY, closureDays: ['2025-12-29', '2025-12-30', '2025-12-31'] };
    expect(stageDeadlines(calendarFor(shut), shut, 1, '2025-12-19').acknowledgeBy).toBe('2026-01-05');
  });

  it('always fall on working days, the stated number of working days apart', () => {
    const date = fc
      .integer({ min: Date.UTC(2020, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
      .map((n): IsoDate => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const days = fc.integer({ min: 1, max: 60 });
    const policy = fc.record({
      acknowledgeDays: days,
      stage1ResponseDays: days,
      stage1ExtensionDays: fc.integer({ min: 0, max: 60 }),
      stage2AcknowledgeDays: days,
      stage2ResponseDays: days,
      stage2ExtensionDays: fc.integer({ min: 0, max: 60 }),
      region: fc.constantFrom(...REGIONS),
    });
    fc.assert(
      fc.property(
        policy,
        fc.constantFrom(1 as const, 2 as const),
        date,
        fc.option(date),
        (p, stage, received, ack) => {
          const full: PolicyProfile = { ...CODE_POLICY, ...p };
          const cal = calendarFor(full);
          const d = stageDeadlines(cal, full, stage, received, ack);
          for (const x of [d.acknowledgeBy, d.respondBy, d.latestExtendedResponse])
            expect(isWorkingDay(cal, x)).toBe(true);
          const s =
            stage === 1
              ? (['acknowledgeDays', 'stage1ResponseDays', 'stage1ExtensionDays'] as const)
              : (['stage2AcknowledgeDays', 'stage2ResponseDays', 'stage2ExtensionDays'] as const);
          expect(workingDaysBetween(cal, received, d.acknowledgeBy)).toBe(full[s[0]]);
          expect(workingDaysBetween(cal, ack ?? d.acknowledgeBy, d.respondBy)).toBe(full[s[1]]);
          expect(workingDaysBetween(cal, d.respondBy, d.latestExtendedResponse)).toBe(full[s[2]]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the one deadline module', () => {
  // domain.md's worked examples, one formula at a time (England and Wales, the Code's timescales).
  it.each([
    // stage, from, acknowledge by, acknowledged on, respond by, latest with a full extension
    [1, '2025-12-19', '2025-12-30', '2025-12-30', '2026-01-14', '2026-01-28'], // Fri 19 Dec 2025
    [1, '2026-04-01', '2026-04-10', '2026-04-10', '2026-04-24', '2026-05-11'], // Wed 1 Apr 2026
    [1, '2026-05-23', '2026-06-01', '2026-06-01', '2026-06-15', '2026-06-29'], // Sat 23 May 2026
    [2, '2026-04-01', '2026-04-10', '2026-04-10', '2026-05-11', '2026-06-09'],
    [2, '2025-12-19', '2025-12-30', '2025-12-22', '2026-01-22', '2026-02-19'],
  ] as const)(
    'stage %i from %s: acknowledge by %s; acknowledged %s, respond by %s, extended fully to %s',
    (stage, from, ackBy, acknowledged, respond, latest) => {
      expect(acknowledgeBy(EW, CODE_POLICY, stage, from)).toBe(ackBy);
      expect(respondBy(EW, CODE_POLICY, stage, acknowledged)).toBe(respond);
      expect(latestExtendedResponse(EW, CODE_POLICY, stage, respond)).toBe(latest);
      expect(stageDeadlines(EW, CODE_POLICY, stage, from, acknowledged)).toEqual({
        acknowledgeBy: ackBy,
        respondBy: respond,
        latestExtendedResponse: latest,
      });
    },
  );

  it("reads each stage's timescales from the policy", () => {
    expect(stageTimescales(CODE_POLICY, 1)).toEqual({ acknowledge: 5, respond: 10, extend: 10 });
    expect(stageTimescales(CODE_POLICY, 2)).toEqual({ acknowledge: 5, respond: 20, extend: 20 });
    const own: PolicyProfile = {
      ...CODE_POLICY,
      acknowledgeDays: 2,
      stage1ResponseDays: 5,
      stage1ExtensionDays: 0,
      stage2AcknowledgeDays: 3,
      stage2ResponseDays: 7,
      stage2ExtensionDays: 7,
    };
    expect(stageTimescales(own, 1)).toEqual({ acknowledge: 2, respond: 5, extend: 0 });
    expect(stageTimescales(own, 2)).toEqual({ acknowledge: 3, respond: 7, extend: 7 });
    // No extension allowed: the latest response is the response date itself.
    expect(latestExtendedResponse(EW, own, 1, '2026-04-24')).toBe('2026-04-24');
  });

  it.each([
    ['2026-04-01', null, '2026-04-24'], // Good Friday and Easter Monday are not counted
    ['2025-12-19', undefined, '2026-01-14'], // nor Christmas, Boxing Day and New Year's Day
    ['2026-05-23', null, '2026-06-15'], // a Saturday request: day 1 is the Tuesday after the bank holiday
    ['2026-04-01', '2026-04-08', '2026-04-08'], // the Ombudsman's own date wins
  ] as const)('Ombudsman evidence requested %s (date set: %s) is due %s', (requested, set, due) => {
    expect(evidenceDueBy(EW, requested, set)).toBe(due);
  });

  it('gives the Ombudsman 15 working days by default', () => {
    expect(OMBUDSMAN_EVIDENCE_DAYS).toBe(15);
    expect(workingDaysBetween(EW, '2026-04-01', evidenceDueBy(EW, '2026-04-01'))).toBe(15);
  });

  it('is what the state machine counts with: next deadline, current response date and extension limit', () => {
    const date = fc
      .integer({ min: Date.UTC(2020, 0, 6) / 86_400_000, max: Date.UTC(2030, 5, 30) / 86_400_000 })
      .map((n): IsoDate => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const days = fc.integer({ min: 1, max: 30 });
    fc.assert(
      fc.property(
        fc.record({
          acknowledgeDays: days,
          stage1ResponseDays: days,
          stage1ExtensionDays: fc.integer({ min: 0, max: 30 }),
          stage2AcknowledgeDays: days,
          stage2ResponseDays: days,
          stage2ExtensionDays: fc.integer({ min: 0, max: 30 }),
          region: fc.constantFrom(...REGIONS),
        }),
        fc.constantFrom(1 as const, 2 as const),
        date,
        fc.integer({ min: 0, max: 8 }),
        (p, stage, from, ackLag) => {
          const policy: PolicyProfile = { ...CODE_POLICY, ...p };
          const cal = calendarFor(policy);
          const acknowledged = addWorkingDays(cal, from, ackLag);
          const d = stageDeadlines(cal, policy, stage, from, acknowledged);
          const waiting: ComplaintFacts =
            stage === 1
              ? { ...EMPTY_FACTS, type: 'complaint', status: 'open', receivedOn: from }
              : {
                  ...EMPTY_FACTS,
                  type: 'complaint',
                  status: 'stage2_requested',
                  receivedOn: from,
                  stage1AcknowledgedOn: from,
                  stage1HandlerId: 'a',
                  stage1RespondedOn: from,
                  escalationRequestedOn: from,
                };
          expect(nextDeadline(waiting, policy, cal)).toEqual({
            what: 'acknowledge',
            stage,
            due: d.acknowledgeBy,
          });
          const today = '2031-01-01';
          const ack = applyCommand(
            waiting,
            { kind: 'acknowledge', on: acknowledged, how: 'phone', handlerId: 'b' },
            { policy, calendar: cal, today, undecidedPoints: 0 },
          );
          if (!ack.ok) throw new Error(ack.message);
          const handling = { ...waiting, ...ack.changes };
          expect(currentResponseDue(handling, policy, cal)).toBe(d.respondBy);
          expect(nextDeadline(handling, policy, cal)).toEqual({ what: 'respond', stage, due: d.respondBy });
          // An extension to the limit is allowed; a working day beyond it needs an exceptional reason.
          const extend = (newDue: IsoDate) =>
            applyCommand(
              handling,
              { kind: 'extend', newDue, reason: 'Survey', residentToldOn: today },
              { policy, calendar: cal, today, undecidedPoints: 0 },
            );
          if (d.latestExtendedResponse > d.respondBy) expect(extend(d.latestExtendedResponse).ok).toBe(true);
          expect(extend(addWorkingDays(cal, d.latestExtendedResponse, 1))).toMatchObject({
            ok: false,
            field: 'exceptionalReason',
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ragStatus', () => {
  // Due Wednesday 14 January 2026.
  it.each([
    ['2026-01-08', 'on_track', 4],
    ['2026-01-09', 'on_track', 3],
    ['2026-01-10', 'on_track', 3],
    ['2026-01-12', 'due_soon', 2],
    ['2026-01-13', 'due_soon', 1],
    ['2026-01-14', 'due_today', 0],
    ['2026-01-15', 'overdue', -1],
    ['2026-01-16', 'overdue', -2],
    ['2026-01-17', 'overdue', -2],
    ['2026-01-19', 'overdue', -3],
  ] as const)('on %s a deadline of 14 Jan is %s (%i working days left)', (today, rag, left) => {
    expect(ragStatus(EW, '2026-01-14', today)).toEqual({ rag, workingDaysLeft: left });
  });

  it('counts working days, so Christmas does not eat into the time left', () => {
    expect(ragStatus(EW, '2025-12-30', '2025-12-24')).toEqual({ rag: 'due_soon', workingDaysLeft: 2 });
    expect(ragStatus(EW, '2025-12-30', '2025-12-23')).toEqual({ rag: 'on_track', workingDaysLeft: 3 });
  });

  it('calls a deadline passed over the weekend overdue by one working day', () => {
    expect(ragStatus(EW, '2026-01-09', '2026-01-10')).toEqual({ rag: 'overdue', workingDaysLeft: -1 });
    expect(ragStatus(EW, '2026-01-09', '2026-01-11')).toEqual({ rag: 'overdue', workingDaysLeft: -1 });
    expect(ragStatus(EW, '2026-01-09', '2026-01-12')).toEqual({ rag: 'overdue', workingDaysLeft: -1 });
    expect(ragStatus(EW, '2026-01-09', '2026-01-13')).toEqual({ rag: 'overdue', workingDaysLeft: -2 });
  });

  it('has a label for every status', () => {
    expect(RAG_LABELS).toEqual({
      overdue: 'Overdue',
      due_today: 'Due today',
      due_soon: 'Due within 2 working days',
      on_track: 'On track',
    });
  });
});

// The stage rules behind every measure, table-tested with hand-computed dates on the England and
// Wales calendar of 2026/27 (bank holidays 3 and 6 Apr, 4 and 25 May, 31 Aug, 25 and 28 Dec 2026,
// 1 Jan, 26 and 29 Mar 2027), under the Code's own policy.
import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../src/shared/complaints/calendar';
import { EMPTY_FACTS, type ComplaintFacts } from '../../src/shared/complaints/lifecycle';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import { stageCounts } from '../../src/shared/reporting/measureRules';
import { reportingYear } from '../../src/shared/reporting/period';
import {
  agreedExtension,
  stageReports,
  type ReportExtension,
  type StageReport,
} from '../../src/shared/reporting/stageReport';

const HOLIDAYS = [
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
];
const cal = workingCalendar('england-and-wales', HOLIDAYS);

function complaint(f: Partial<ComplaintFacts>, extensions: ReportExtension[] = [], deleted = false) {
  const facts: ComplaintFacts = { ...EMPTY_FACTS, type: 'complaint', status: 'stage1', ...f };
  return stageReports({ facts, extensions, deleted }, CODE_POLICY, cal);
}

/** Stage 1 acknowledged on the day it was received, responded on `respondedOn`. */
const answered = (received: string, respondedOn: string | null, more: Partial<ComplaintFacts> = {}) =>
  complaint({
    status: respondedOn ? 'stage1_responded' : 'stage1',
    receivedOn: received,
    stage1AcknowledgedOn: received,
    stage1RespondedOn: respondedOn,
    ...more,
  });

const stage1 = (reports: StageReport[]) => reports.find((r) => r.stage === 1)!;

describe('on time is on or before the Code’s deadline, in working days', () => {
  it.each([
    // Acknowledged Mon 1 Jun 2026: 10 working days → Mon 15 Jun.
    ['on the due date', '2026-06-01', '2026-06-15', true, 10],
    ['a working day late', '2026-06-01', '2026-06-16', false, 11],
    // Acknowledged Fri 22 May: the bank holiday on 25 May moves the deadline to Mon 8 Jun.
    ['a bank holiday inside the window, on the moved date', '2026-05-22', '2026-06-08', true, 10],
    // Acknowledged Wed 1 Apr: Good Friday and Easter Monday → Fri 17 Apr.
    ['Easter inside the window', '2026-04-01', '2026-04-17', true, 10],
    ['the working day after Easter’s deadline', '2026-04-01', '2026-04-20', false, 11],
  ])('%s', (_what, received, respondedOn, onTime, workingDays) => {
    const r = stage1(answered(received, respondedOn));
    expect([r.respondedOnTime, r.respondedOnTimeWithExtensions, r.workingDays]).toEqual([
      onTime,
      onTime,
      workingDays,
    ]);
  });

  it('without the bank holiday the same response would be late', () => {
    const noHolidays = workingCalendar('england-and-wales', []);
    const facts: ComplaintFacts = {
      ...EMPTY_FACTS,
      type: 'complaint',
      status: 'stage1_responded',
      receivedOn: '2026-05-22',
      stage1AcknowledgedOn: '2026-05-22',
      stage1RespondedOn: '2026-06-08',
    };
    const [r] = stageReports({ facts, extensions: [], deleted: false }, CODE_POLICY, noHolidays);
    expect([r!.dueOn, r!.respondedOnTime]).toEqual(['2026-06-05', false]);
  });

  it('acknowledged on time by the policy’s 5 working days (received Fri 19 Dec 2025 → Tue 30 Dec)', () => {
    const cal2025 = workingCalendar('england-and-wales', ['2025-12-25', '2025-12-26']);
    const ack = (on: string) =>
      stageReports(
        {
          facts: {
            ...EMPTY_FACTS,
            type: 'complaint',
            status: 'stage1',
            receivedOn: '2025-12-19',
            stage1AcknowledgedOn: on,
          },
          extensions: [],
          deleted: false,
        },
        CODE_POLICY,
        cal2025,
      )[0]!.acknowledgedOnTime;
    expect([ack('2025-12-30'), ack('2025-12-31')]).toEqual([true, false]);
  });
});

describe('extensions count when told to the resident before the deadline passed, within the Code’s limit', () => {
  // Due Mon 15 Jun 2026; the Code allows 10 more working days: Mon 29 Jun.
  const ext = (newDue: string, residentToldOn: string): ReportExtension => ({
    stage: 1,
    newDue,
    residentToldOn,
  });
  it.each([
    ['told on the deadline day', ext('2026-06-22', '2026-06-15'), '2026-06-22'],
    ['told the day after', ext('2026-06-22', '2026-06-16'), null],
    ['beyond the limit: counts up to the limit', ext('2026-07-03', '2026-06-10'), '2026-06-29'],
    [
      'at the other stage',
      { stage: 2, newDue: '2026-06-22', residentToldOn: '2026-06-10' } as ReportExtension,
      null,
    ],
  ])('%s', (_what, extension, counted) => {
    expect(agreedExtension(cal, 1, '2026-06-15', [extension])).toBe(counted);
  });

  it('a response within a counted extension is on time with extensions only', () => {
    const facts = {
      status: 'stage1_responded' as const,
      receivedOn: '2026-06-01',
      stage1AcknowledgedOn: '2026-06-01',
      stage1RespondedOn: '2026-06-29',
    };
    const within = stage1(complaint(facts, [ext('2026-07-03', '2026-06-12')]));
    expect([within.respondedOnTime, within.respondedOnTimeWithExtensions, within.extended]).toEqual([
      false,
      true,
      true,
    ]);
    const toldLate = stage1(complaint(facts, [ext('2026-07-03', '2026-06-16')]));
    expect([toldLate.respondedOnTimeWithExtensions, toldLate.extended]).toEqual([false, true]);
    const pastLimit = stage1(
      complaint({ ...facts, stage1RespondedOn: '2026-06-30' }, [ext('2026-07-03', '2026-06-12')]),
    );
    expect(pastLimit.respondedOnTimeWithExtensions).toBe(false);
  });
});

describe('which complaints count, and where', () => {
  const year = reportingYear(2026);
  const next = reportingYear(2027);

  it('received in March and answered in April: received in one year, responded in the next, once each', () => {
    const r = answered('2027-03-22', '2027-04-06');
    expect(stageCounts(r, 1, year)).toMatchObject({
      received: 1,
      responded: 0,
      openAtEnd: 1,
      overdueAtEnd: 0,
    });
    expect(stageCounts(r, 1, next)).toMatchObject({ received: 0, responded: 1, respondedOnTime: 1 });
  });

  it('open at the end, overdue when past the response date or the acknowledgement date', () => {
    const pastResponse = answered('2027-03-01', null);
    const unacknowledged = complaint({ status: 'open', receivedOn: '2027-03-15' });
    const notYetDue = complaint({ status: 'open', receivedOn: '2027-03-29' });
    const counts = stageCounts([...pastResponse, ...unacknowledged, ...notYetDue], 1, year);
    expect([counts.openAtEnd, counts.overdueAtEnd]).toEqual([3, 2]);
  });

  it('a period not over yet judges open and overdue on today, not on its last day', () => {
    const r = answered('2027-04-01', null); // due Thu 15 Apr 2027
    expect(stageCounts(r, 1, { ...next, asOf: '2027-04-05' })).toMatchObject({
      openAtEnd: 1,
      overdueAtEnd: 0,
    });
    expect(stageCounts(r, 1, next)).toMatchObject({ openAtEnd: 1, overdueAtEnd: 1 });
  });

  it('declined: a refusal by the date decided, not a complaint received', () => {
    const r = complaint({
      status: 'closed',
      receivedOn: '2026-09-01',
      closedOn: '2026-09-03',
      closureReason: 'declined',
      declineReason: 'legal_proceedings',
    });
    expect(stageCounts(r, 1, year)).toMatchObject({ received: 0, refused: 1, openAtEnd: 0 });
    expect(stage1(r).refusedReason).toBe('legal_proceedings');
  });

  it('withdrawn: received, never responded to, not open once withdrawn', () => {
    const r = complaint({
      status: 'closed',
      receivedOn: '2026-10-01',
      stage1AcknowledgedOn: '2026-10-02',
      closedOn: '2026-10-05',
      closureReason: 'withdrawn',
    });
    expect(stageCounts(r, 1, year)).toMatchObject({
      received: 1,
      acknowledged: 1,
      responded: 0,
      openAtEnd: 0,
    });
    expect(stageCounts(r, 1, { from: '2026-10-01', to: '2026-10-02' }).openAtEnd).toBe(1);
  });

  it('deleted as opened in error, merged into another, or not a complaint: not counted at all', () => {
    const base = {
      status: 'stage1_responded' as const,
      receivedOn: '2026-06-01',
      stage1AcknowledgedOn: '2026-06-01',
      stage1RespondedOn: '2026-06-05',
    };
    expect(complaint(base, [], true)).toEqual([]);
    expect(complaint({ ...base, status: 'closed', closureReason: 'merged', closedOn: '2026-06-02' })).toEqual(
      [],
    );
    expect(complaint({ ...base, type: 'enquiry' })).toEqual([]);
  });

  it('escalated: stage 2 received on the request; a refused escalation is a stage 2 refusal, not an escalation', () => {
    const escalated = complaint({
      status: 'stage2',
      receivedOn: '2026-11-02',
      stage1AcknowledgedOn: '2026-11-02',
      stage1RespondedOn: '2026-11-13',
      escalationRequestedOn: '2026-11-20',
      stage2AcknowledgedOn: '2026-11-23',
    });
    expect(stageCounts(escalated, 1, year)).toMatchObject({ escalated: 1, resolved: 0 });
    // Stage 2: acknowledged Mon 23 Nov, 20 working days → Mon 21 Dec.
    expect(escalated[1]).toMatchObject({
      stage: 2,
      receivedOn: '2026-11-20',
      acknowledgedOnTime: true,
      dueOn: '2026-12-21',
    });
    const refused = complaint({
      status: 'closed',
      receivedOn: '2026-12-01',
      stage1AcknowledgedOn: '2026-12-01',
      stage1RespondedOn: '2026-12-10',
      escalationRequestedOn: '2026-12-14',
      closedOn: '2026-12-16',
      closureReason: 'escalation_refused',
      escalationRefusalReason: 'older_than_window',
    });
    expect(stageCounts(refused, 1, year)).toMatchObject({ escalated: 0, resolved: 1 });
    expect(stageCounts(refused, 2, year)).toMatchObject({ received: 0, refused: 1 });
  });

  it('a reopened complaint keeps one row per stage: it counts once', () => {
    const r = answered('2026-05-05', '2026-05-19', {
      status: 'closed',
      closedOn: '2026-05-22',
      closureReason: 'resolved',
    });
    expect(r).toHaveLength(1);
    expect(stageCounts(r, 1, year)).toMatchObject({ received: 1, responded: 1 });
  });
});

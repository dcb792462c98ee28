// Where a demo complaint has got to, given its age: recent ones awaiting acknowledgement or at
// stage 1, a few escalated, older ones responded to and closed — every date a working day on the
// Code's timescales (with some late, as real landlords' figures show), so "My work" looks real.
import {
  addWorkingDays,
  todayIso,
  workingDaysBetween,
  type WorkingCalendar,
} from '../../shared/complaints/calendar';
import { stageTimescales } from '../../shared/complaints/deadlines';
import type { PolicyProfile } from '../../shared/complaints/policy';
import { chance, pick } from './random';

export interface JourneyColumns {
  status: string;
  received_on: string;
  owner_id: string | null;
  stage1_acknowledged_on: string | null;
  stage1_acknowledged_how: string | null;
  stage1_handler_id: string | null;
  stage1_responded_on: string | null;
  escalation_requested_on: string | null;
  stage2_acknowledged_on: string | null;
  stage2_acknowledged_how: string | null;
  stage2_handler_id: string | null;
  stage2_responded_on: string | null;
  closed_on: string | null;
  closure_reason: string | null;
}

export function complaintJourney(
  random: () => number,
  createdAt: Date,
  now: Date,
  open: boolean,
  handler: string,
  officers: readonly string[],
  cal: WorkingCalendar,
  policy: PolicyProfile,
): JourneyColumns {
  const received = todayIso(createdAt);
  const today = todayIso(now);
  const age = workingDaysBetween(cal, received, today);
  // The policy's timescales, so the demo's lateness is measured against the deadlines the app shows.
  const stage1 = stageTimescales(policy, 1);
  const stage2 = stageTimescales(policy, 2);
  const j: JourneyColumns = {
    status: 'open',
    received_on: received,
    owner_id: handler,
    stage1_acknowledged_on: null,
    stage1_acknowledged_how: null,
    stage1_handler_id: null,
    stage1_responded_on: null,
    escalation_requested_on: null,
    stage2_acknowledged_on: null,
    stage2_acknowledged_how: null,
    stage2_handler_id: null,
    stage2_responded_on: null,
    closed_on: null,
    closure_reason: null,
  };
  // Most acknowledge on time; a few slip (seed 004 reports 85–95% within 5 days).
  const ackLag = chance(random, 0.9)
    ? Math.floor(random() * (stage1.acknowledge + 1))
    : stage1.acknowledge + 1 + Math.floor(random() * 4);
  const ackOn = addWorkingDays(cal, received, ackLag);
  if (open && (age < ackLag || chance(random, 0.1))) return j; // still awaiting acknowledgement
  j.status = 'stage1';
  j.stage1_acknowledged_on = ackOn <= today ? ackOn : today;
  j.stage1_acknowledged_how = pick(random, ['phone', 'email', 'letter']);
  j.stage1_handler_id = handler;
  const respondLag = chance(random, 0.85)
    ? 3 + Math.floor(random() * (stage1.respond - 2))
    : stage1.respond + 1 + Math.floor(random() * 6);
  const respondOn = addWorkingDays(cal, j.stage1_acknowledged_on, respondLag);
  if (open && (respondOn > today || chance(random, 0.6))) return j;
  j.stage1_responded_on = respondOn <= today ? respondOn : today;
  j.status = 'stage1_responded';
  // 5–20% escalate (domain.md).
  if (!chance(random, 0.12)) {
    if (!open)
      Object.assign(j, {
        status: 'closed',
        closed_on: j.stage1_responded_on,
        closure_reason: 'resolved',
        owner_id: handler,
      });
    return j;
  }
  const requested = addWorkingDays(cal, j.stage1_responded_on, 1 + Math.floor(random() * 10));
  if (requested > today) return j;
  j.escalation_requested_on = requested;
  j.status = 'stage2_requested';
  const others = officers.filter((o) => o !== handler);
  const second = others.length ? pick(random, others) : handler;
  j.owner_id = second;
  const ack2 = addWorkingDays(cal, requested, Math.floor(random() * (stage2.acknowledge + 1)));
  if (ack2 > today) return j;
  Object.assign(j, {
    status: 'stage2',
    stage2_acknowledged_on: ack2,
    stage2_acknowledged_how: 'letter',
    stage2_handler_id: second,
  });
  const final = addWorkingDays(cal, ack2, 5 + Math.floor(random() * stage2.respond));
  if (open && (final > today || chance(random, 0.5))) return j;
  j.stage2_responded_on = final <= today ? final : today;
  j.status = open ? 'stage2_responded' : 'closed';
  if (!open) Object.assign(j, { closed_on: j.stage2_responded_on, closure_reason: 'resolved' });
  return j;
}

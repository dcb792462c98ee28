// What turns the demo's complaint journeys into a year a performance report can be honest about:
// some complaints not accepted (with the Code's reasons), some withdrawn, some responses extended
// (most told to the resident in time, some not), some escalations refused, and a few complaints the
// Ombudsman determined with an order to comply with. Pure: a seeded random source and a journey
// in; the journey's new columns and the extension and order rows out (seedStore writes them).
import { addWorkingDays, type WorkingCalendar } from '../../shared/complaints/calendar';
import { evidenceDueBy, latestExtendedResponse, respondBy } from '../../shared/complaints/deadlines';
import type { PolicyProfile } from '../../shared/complaints/policy';
import type { ExclusionReason } from '../../shared/domain/vocabulary';
import type { JourneyColumns } from './complaintJourney';
import { chance, pick } from './random';

type Row = Record<string, unknown> & { id: string };

export interface ReportingJourney {
  /** Columns of the case to set over the journey's. */
  columns: Record<string, unknown>;
  extensions: Row[];
  ombudsmanRequests: Row[];
}

const REFUSALS: Array<[ExclusionReason, string]> = [
  ['older_than_window', 'The issue happened more than 12 months ago and has not recurred.'],
  ['legal_proceedings', 'The matter is the subject of a disrepair claim now before the court.'],
  ['insurance_claim', 'The damage to belongings is being handled as an insurance claim.'],
  [
    'already_considered',
    'This was answered at both stages last year; the Ombudsman’s details were given then.',
  ],
  ['other_process', 'This is a neighbour dispute, handled under the anti-social behaviour procedure.'],
];

const EXTENSION_REASONS = [
  'Waiting for the contractor’s survey report',
  'The specialist damp inspection could not be booked sooner',
  'Statements are needed from staff who are on leave',
];

/** What the Ombudsman found, and what it ordered (null: nothing to comply with). */
const DETERMINATIONS: Array<[string, string | null]> = [
  ['Maladministration in the handling of repairs.', 'Pay £350 and inspect the property within 4 weeks'],
  ['Service failure in complaint handling.', 'Apologise in writing and pay £150'],
  [
    'Severe maladministration in the response to damp and mould.',
    'Pay £900 and review the damp and mould policy',
  ],
  ['No maladministration in the landlord’s handling of the repairs.', null],
];

export interface JourneyEnv {
  random: () => number;
  cal: WorkingCalendar;
  policy: PolicyProfile;
  today: string;
  caseId: string;
  officer: string;
  /** A new record id for a moment (ms). */
  newId: (ms: number) => string;
}

const instant = (date: string) => `${date}T10:15:00.000Z`;

export function reportingJourney(j: JourneyColumns, env: JourneyEnv): ReportingJourney {
  const { random, cal, today } = env;
  const out: ReportingJourney = { columns: {}, extensions: [], ombudsmanRequests: [] };
  const closed = j.status === 'closed';
  const upTo = (d: string) => (d > today ? today : d);

  // About 4% not accepted, decided within a few working days of receipt.
  if (closed && chance(random, 0.04)) {
    const [reason, explanation] = pick(random, REFUSALS);
    Object.assign(out.columns, clearedFromStage1(), {
      status: 'closed',
      closed_on: upTo(addWorkingDays(cal, j.received_on, 1 + Math.floor(random() * 4))),
      closure_reason: 'declined',
      decline_reason: reason,
      decline_explanation: explanation,
    });
    return out;
  }
  // About 3% withdrawn after the acknowledgement, before a response.
  if (closed && j.stage1_acknowledged_on && chance(random, 0.03)) {
    Object.assign(out.columns, clearedFromResponse(), {
      status: 'closed',
      closed_on: upTo(addWorkingDays(cal, j.stage1_acknowledged_on, 1 + Math.floor(random() * 5))),
      closure_reason: 'withdrawn',
      closure_note: 'The resident rang to say the repair was done and they no longer wish to complain.',
    });
    return out;
  }
  // Half the late responses had an extension; most told to the resident in time.
  extendSome(out, env, 1, j.stage1_acknowledged_on, j.stage1_responded_on);
  // About 1 in 10 escalations refused, a couple of working days after the request.
  if (closed && j.escalation_requested_on && chance(random, 0.1)) {
    const [reason, explanation] = pick(random, REFUSALS);
    Object.assign(out.columns, clearedFromStage2(), {
      status: 'closed',
      closed_on: upTo(addWorkingDays(cal, j.escalation_requested_on, 2)),
      closure_reason: 'escalation_refused',
      escalation_refusal_reason: reason,
      escalation_refusal_explanation: explanation,
    });
    return out;
  }
  extendSome(out, env, 2, j.stage2_acknowledged_on, j.stage2_responded_on);
  // About 1 in 6 final responses go to the Ombudsman and are determined months later.
  if (closed && j.stage2_responded_on && chance(random, 0.16)) {
    const determined = addWorkingDays(cal, j.stage2_responded_on, 60 + Math.floor(random() * 80));
    if (determined > today) return out;
    const [finding, order] = pick(random, DETERMINATIONS);
    Object.assign(out.columns, {
      ombudsman_reference: `${202600000 + Math.floor(random() * 99999)}`,
      ombudsman_determination: order ? `${finding} Ordered to: ${order.toLowerCase()}.` : finding,
      ombudsman_determined_on: determined,
    });
    if (order) {
      // The Ombudsman's default: 15 working days (deadlines.ts); most comply in time.
      const dueOn = evidenceDueBy(cal, determined);
      const lag = chance(random, 0.85) ? 3 + Math.floor(random() * 12) : 17 + Math.floor(random() * 10);
      const doneOn = addWorkingDays(cal, determined, lag);
      out.ombudsmanRequests.push({
        id: env.newId(Date.parse(instant(determined))),
        case_id: env.caseId,
        kind: 'order',
        detail: order,
        requested_on: determined,
        due_on: dueOn,
        done_on: doneOn <= today ? doneOn : null,
        created_by: env.officer,
        created_at: instant(determined),
        updated_at: instant(doneOn <= today ? doneOn : determined),
      });
    }
  }
  return out;
}

function extendSome(
  out: ReportingJourney,
  env: JourneyEnv,
  stage: 1 | 2,
  acknowledged: string | null,
  responded: string | null,
): void {
  const { random, cal, policy } = env;
  if (!acknowledged || !responded) return;
  const due = respondBy(cal, policy, stage, acknowledged);
  if (responded <= due || !chance(random, 0.5)) return;
  const limit = latestExtendedResponse(cal, policy, stage, due);
  const newDue = responded > limit ? limit : responded;
  const toldOn = chance(random, 0.8)
    ? addWorkingDays(cal, acknowledged, 5 + Math.floor(random() * 4))
    : addWorkingDays(cal, due, 1 + Math.floor(random() * 3));
  out.columns[stage === 1 ? 'stage1_extended_to' : 'stage2_extended_to'] = newDue;
  out.extensions.push({
    id: env.newId(Date.parse(instant(toldOn))),
    case_id: env.caseId,
    stage,
    new_due: newDue,
    reason: pick(random, EXTENSION_REASONS),
    resident_told_on: toldOn,
    exceptional_reason: null,
    created_by: env.officer,
    created_at: instant(toldOn),
  });
}

function clearedFromStage1(): Record<string, null> {
  return {
    stage1_acknowledged_on: null,
    stage1_acknowledged_how: null,
    stage1_handler_id: null,
    ...clearedFromResponse(),
  };
}

function clearedFromResponse(): Record<string, null> {
  return { stage1_responded_on: null, escalation_requested_on: null, ...clearedFromStage2() };
}

function clearedFromStage2(): Record<string, null> {
  return {
    stage2_acknowledged_on: null,
    stage2_acknowledged_how: null,
    stage2_handler_id: null,
    stage2_responded_on: null,
  };
}

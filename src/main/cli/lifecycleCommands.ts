// The complaint lifecycle from scripts: each command is one cases.command (the same rules as the
// app), and `deadlines` is the pure calculator over the store's policy and calendar.
import type { InputOf } from '../../shared/contract';
import type { CaseDetail } from '../../shared/contract/types';
import { isIsoDate, todayIso } from '../../shared/complaints/calendar';
import { stageDeadlines } from '../../shared/complaints/deadlines';
import { CASE_STATUS_LABELS } from '../../shared/domain/vocabulary';
import { calendarFor } from '../calendars';
import { Flags, UsageError } from './args';
import { call, print, type Command, type Io } from './io';

type CommandInput = InputOf<'cases.command'>['command'];

function date(f: Flags, name: string, fallbackToday: boolean): string {
  const v = f.string(name);
  if (v === undefined) {
    if (fallbackToday) return todayIso(new Date());
    throw new UsageError(`--${name} is required, e.g. --${name} 2026-04-01`);
  }
  if (!isIsoDate(v)) throw new UsageError(`--${name} must be a date as YYYY-MM-DD, not "${v}"`);
  return v;
}

/** What a lifecycle command reports: where the case is now and what is due next. */
function summary(d: CaseDetail) {
  const c = d.complaint;
  return {
    reference: d.case.reference,
    status: d.case.status,
    deadline: c.deadline,
    acknowledgeBy: c.acknowledgeBy,
    respondBy: c.respondBy,
    latestExtendedResponse: c.latestExtendedResponse,
    allowed: c.allowed,
    facts: c.facts,
  };
}

function lifecycle(build: (f: Flags) => CommandInput): Command {
  return async (app, f, p, io) => {
    const key = p[0];
    if (!key) throw new UsageError('Give the case reference or id, e.g. RD-26-K7-0001');
    const command = build(f);
    f.rejectUnknown();
    const c = await call(app, 'cases.get', { idOrReference: key });
    const d = await call(app, 'cases.command', { id: c.case.id, command });
    report(io, d);
  };
}

function report(io: Io, d: CaseDetail): void {
  const s = summary(d);
  print(io, s, () =>
    [
      `${s.reference}: ${CASE_STATUS_LABELS[s.status]}`,
      s.deadline
        ? `Next: ${s.deadline.what} by ${s.deadline.due} (${s.deadline.rag.replace('_', ' ')}, ${s.deadline.workingDaysLeft} working days left)`
        : 'Nothing due under the Code.',
    ].join('\n'),
  );
}

export const lifecycleCommands: Record<string, Command> = {
  'case acknowledge': lifecycle((f) => ({
    kind: 'acknowledge',
    on: date(f, 'on', true),
    how: (f.string('how') ?? 'phone') as never,
    handlerId: f.string('handler'),
  })),
  'case extend': lifecycle((f) => ({
    kind: 'extend',
    newDue: date(f, 'to', false),
    reason: f.required('reason', '"Waiting for the contractor’s report"'),
    residentToldOn: date(f, 'told', true),
    exceptionalReason: f.string('exceptional'),
  })),
  'case respond': lifecycle((f) => ({ kind: 'respond', on: date(f, 'on', true) })),
  'case escalate': lifecycle((f) => ({
    kind: 'escalate',
    requestedOn: date(f, 'on', true),
    reason: f.string('reason'),
  })),
  'case refuse-escalation': lifecycle((f) => ({
    kind: 'refuse_escalation',
    on: date(f, 'on', true),
    reason: f.required('reason', 'legal_proceedings') as never,
    explanation: f.required('explanation', '"A claim was filed at court on 3 March."'),
  })),
  'case assign': lifecycle((f) => ({ kind: 'assign', handlerId: f.required('handler', '<person-id>') })),
  'case close': lifecycle((f) => ({
    kind: 'close',
    on: date(f, 'on', true),
    note: f.string('note'),
    actionsManager: f.string('actions-manager'),
  })),
  'case decline': lifecycle((f) => ({
    kind: 'decline',
    on: date(f, 'on', true),
    reason: f.required('reason', 'older_than_window') as never,
    explanation: f.required('explanation', '"The repair was in 2023 and has not recurred."'),
  })),
  'case withdraw': lifecycle((f) => ({
    kind: 'withdraw',
    on: date(f, 'on', true),
    note: f.required('note', '"Resident phoned to withdraw: repair now done."'),
  })),
  'case reopen': lifecycle((f) => ({
    kind: 'reopen',
    on: date(f, 'on', true),
    note: f.required('note', '"The repair failed again."'),
  })),

  async 'case deadlines'(app, f, p, io) {
    f.rejectUnknown();
    const key = p[0];
    if (!key) throw new UsageError('Give the case reference or id, e.g. case deadlines RD-26-K7-0001');
    const d = await call(app, 'cases.get', { idOrReference: key });
    report(io, d);
  },

  async 'point add'(app, f, p, io) {
    const key = p[0];
    if (!key) throw new UsageError('Give the case reference or id, e.g. point add RD-26-K7-0001 --point "…"');
    const input = {
      point: f.required('point', '"The contractor missed three appointments"'),
      outcomeSought: f.string('outcome'),
    };
    f.rejectUnknown();
    const c = await call(app, 'cases.get', { idOrReference: key });
    const d = await call(app, 'points.add', { caseId: c.case.id, ...input });
    const added = d.complaint.points[d.complaint.points.length - 1]!;
    print(io, added, () => `Added point ${added.id} to ${d.case.reference}`);
  },

  async 'point decide'(app, f, p, io) {
    const id = p[0];
    if (!id)
      throw new UsageError('Give the point id, e.g. point decide 0193… --decision upheld --reasons "…"');
    const changes = {
      decision: f.required('decision', 'upheld') as never,
      reasons: f.string('reasons'),
    };
    f.rejectUnknown();
    const d = await call(app, 'points.update', { id, changes });
    print(
      io,
      d.complaint.points.find((x) => x.id === id),
      () => `Recorded the decision on ${d.case.reference}`,
    );
  },

  async deadlines(app, f, _p, io) {
    const stage = f.required('stage', '1');
    if (stage !== '1' && stage !== '2') throw new UsageError('--stage must be 1 or 2');
    const received = date(f, 'received', false);
    const acknowledged = f.string('acknowledged') === undefined ? null : date(f, 'acknowledged', false);
    f.rejectUnknown();
    const { policy } = await call(app, 'policy.get', {});
    const result = stageDeadlines(
      calendarFor(policy),
      policy,
      Number(stage) as 1 | 2,
      received,
      acknowledged,
    );
    print(io, result, () =>
      [
        `Acknowledge by:           ${result.acknowledgeBy}`,
        `Respond by:               ${result.respondBy}`,
        `Latest with an extension: ${result.latestExtendedResponse}`,
      ].join('\n'),
    );
  },
};

export const LIFECYCLE_USAGE = `  case acknowledge REF [--on DATE] [--how phone|email|letter|…] [--handler PERSON-ID]
  case extend REF --to DATE --reason TEXT [--told DATE] [--exceptional TEXT]
  case respond REF [--on DATE]                        every point needs a decision first
  case escalate REF [--on DATE] [--reason TEXT]
  case refuse-escalation REF --reason EXCLUSION --explanation TEXT [--on DATE]
  case close REF [--on DATE] [--note TEXT] [--actions-manager NAME]
                                                      NAME (who manages open promised actions) is required when any are open
  case assign REF --handler PERSON-ID                  hand the case (and its stage) to another officer
  case decline REF --reason EXCLUSION --explanation TEXT [--on DATE]
  case withdraw | reopen REF --note TEXT [--on DATE]
  case deadlines REF [--json]                         the next deadline, RAG and the Code's dates
  point add REF --point TEXT [--outcome TEXT]
  point decide POINT-ID --decision upheld|partly_upheld|not_upheld [--reasons TEXT]
  deadlines --stage 1|2 --received YYYY-MM-DD [--acknowledged YYYY-MM-DD] [--json]
                                                      the Code's dates under this store's policy and calendar
  (dates are YYYY-MM-DD and default to today; EXCLUSION is older_than_window, legal_proceedings,
   insurance_claim, already_considered, not_landlord_responsibility, other_process or other)`;

// The Complaint Handling Code's lifecycle as a pure state machine: a command either moves a case to
// its next state (returning exactly the fields to record) or is refused with a plain-English
// reason. Nothing else writes a case's status, so no sequence of commands reaches an invalid state.
import type { z } from 'zod';
import type { CaseStatus, CaseType, Channel, ClosureReason, ExclusionReason } from '../domain/vocabulary';
import { isWorkingDay, type IsoDate, type WorkingCalendar } from './calendar';
import { acknowledgeBy, latestExtendedResponse, respondBy, stageTimescales, type Stage } from './deadlines';
import type { lifecycleCommandSchema } from './lifecycleCommand';
import type { PolicyProfile } from './policy';
import { FUTURE_DATE, receivedDateProblem, receivedOnWhenRetyped } from './received';
import { closureWithOpenActions } from '../remedies/actions';

/** What the lifecycle reads and writes on a case. Dates are local (UK) calendar dates. */
export interface ComplaintFacts {
  type: CaseType;
  status: CaseStatus;
  ownerId: string | null;
  receivedOn: IsoDate | null;
  declineReason: ExclusionReason | null;
  declineExplanation: string | null;
  stage1AcknowledgedOn: IsoDate | null;
  stage1AcknowledgedHow: Channel | null;
  stage1HandlerId: string | null;
  stage1ExtendedTo: IsoDate | null;
  stage1RespondedOn: IsoDate | null;
  escalationRequestedOn: IsoDate | null;
  escalationReason: string | null;
  escalationRefusalReason: ExclusionReason | null;
  escalationRefusalExplanation: string | null;
  stage2AcknowledgedOn: IsoDate | null;
  stage2AcknowledgedHow: Channel | null;
  stage2HandlerId: string | null;
  stage2ExtendedTo: IsoDate | null;
  stage2RespondedOn: IsoDate | null;
  closedOn: IsoDate | null;
  closureReason: ClosureReason | null;
  closureNote: string | null;
  mergedIntoId: string | null;
}

/** An extension as recorded in the case's history (one row per extension). */
export interface Extension {
  stage: Stage;
  newDue: IsoDate;
  reason: string;
  residentToldOn: IsoDate;
  exceptionalReason: string | null;
}

/** One lifecycle step, exactly as its schema (lifecycleCommand.ts) parses it. */
export type LifecycleCommand = z.infer<typeof lifecycleCommandSchema>;

export type LifecycleCommandKind = LifecycleCommand['kind'];

/** What a command needs to know besides the case. */
export interface LifecycleContext {
  policy: PolicyProfile;
  calendar: WorkingCalendar;
  today: IsoDate;
  /** Points of complaint at or before the current stage still without a decision (a response or a
   *  close as resolved needs none). */
  undecidedPoints: number;
  /** When the resident noticed the issue, if recorded: a complaint is not received before it. */
  issueNoticedOn?: IsoDate | null;
  /** Promised actions on the case still open: closing then names who will manage them. */
  openActions?: number;
}

export type LifecycleResult =
  | { ok: true; changes: Partial<ComplaintFacts>; extension?: Extension }
  | { ok: false; message: string; field?: string };

const refuse = (message: string, field?: string): LifecycleResult => ({ ok: false, message, field });

/** The stage a case is at, or null for anything that is not (or not yet) in a stage. */
export function stageOf(f: Pick<ComplaintFacts, 'status'>): Stage | null {
  switch (f.status) {
    case 'stage1':
    case 'stage1_responded':
      return 1;
    case 'stage2_requested':
    case 'stage2':
    case 'stage2_responded':
      return 2;
    default:
      return null;
  }
}

/** Which commands make sense now: the UI offers only these, the services accept only these. */
export function allowedCommands(f: ComplaintFacts): LifecycleCommandKind[] {
  const kinds = stepsNow(f);
  if (f.status !== 'closed') kinds.push('assign');
  // Put right a merge that left a case in a stage without being a complaint (see lifecycleProblems).
  if (f.type !== 'complaint' && stageOf(f) !== null && !kinds.includes('triage')) kinds.push('triage');
  return kinds;
}

function stepsNow(f: ComplaintFacts): LifecycleCommandKind[] {
  const complaint = f.type === 'complaint';
  switch (f.status) {
    case 'open':
      // A complaint put right at first contact may be closed without the stages.
      return complaint
        ? ['triage', 'acknowledge', 'decline', 'close', 'withdraw', 'merge']
        : ['triage', 'close', 'merge'];
    case 'stage1':
      return ['extend', 'respond', 'withdraw', 'merge'];
    case 'stage1_responded':
      return ['escalate', 'close'];
    case 'stage2_requested':
      return ['acknowledge', 'refuse_escalation', 'withdraw'];
    case 'stage2':
      return ['extend', 'respond', 'withdraw'];
    case 'stage2_responded':
      return ['close'];
    case 'closed':
      if (f.closureReason === 'merged') return [];
      return [
        'reopen',
        ...(f.stage1AcknowledgedOn ? [] : (['triage'] as const)),
        ...(canEscalateAfterClosure(f) ? (['escalate'] as const) : []),
      ];
  }
}

/** A resident may come back after a stage 1 response and its closure: that is an escalation. */
function canEscalateAfterClosure(f: ComplaintFacts): boolean {
  return (
    f.type === 'complaint' &&
    f.stage1RespondedOn !== null &&
    f.stage2AcknowledgedOn === null &&
    f.closureReason === 'resolved'
  );
}

const LABELS: Record<LifecycleCommandKind, string> = {
  triage: 'change its type',
  decline: 'decline it',
  acknowledge: 'acknowledge it',
  extend: 'extend its deadline',
  respond: 'issue a response',
  escalate: 'escalate it to stage 2',
  refuse_escalation: 'refuse escalation',
  close: 'close it',
  withdraw: 'record a withdrawal',
  merge: 'merge it into another case',
  reopen: 'reopen it',
  assign: 'hand it to another officer',
};

/** Applies one command to a case. Pure: the caller records the returned changes. */
export function applyCommand(
  f: ComplaintFacts,
  command: LifecycleCommand,
  ctx: LifecycleContext,
): LifecycleResult {
  if (!allowedCommands(f).includes(command.kind)) {
    return refuse(`This case is ${statusWords(f)}, so you cannot ${LABELS[command.kind]} now.`, 'kind');
  }
  const dateField = 'on' in command ? 'on' : 'requestedOn' in command ? 'requestedOn' : null;
  const dated = 'on' in command ? command.on : 'requestedOn' in command ? command.requestedOn : null;
  if (dated !== null && dated > ctx.today) return refuse(FUTURE_DATE, dateField!);
  // A step is never dated before the steps it follows (reporting counts the days between them).
  const last = command.kind === 'triage' ? null : latestStep(f);
  if (dated !== null && last && dated < last.on)
    return refuse(`That date is before ${last.what} (${last.on}).`, dateField!);
  switch (command.kind) {
    case 'triage':
      return triage(f, command, ctx);
    case 'decline':
      if (!command.explanation.trim())
        return refuse('Explain in writing why the complaint is not accepted.', 'explanation');
      return ok({
        status: 'closed',
        closedOn: command.on,
        closureReason: 'declined',
        declineReason: command.reason,
        declineExplanation: command.explanation.trim(),
      });
    case 'acknowledge':
      return acknowledge(f, command);
    case 'extend':
      return extend(f, command, ctx);
    case 'respond':
      return respond(f, command, ctx);
    case 'escalate':
      if (f.stage1RespondedOn && command.requestedOn < f.stage1RespondedOn)
        return refuse('The escalation request cannot be before the stage 1 response.', 'requestedOn');
      return ok({
        status: 'stage2_requested',
        escalationRequestedOn: command.requestedOn,
        escalationReason: command.reason?.trim() || null,
        closedOn: null,
        closureReason: null,
        closureNote: null,
      });
    case 'refuse_escalation':
      if (!command.explanation.trim())
        return refuse('Explain in writing why escalation is refused.', 'explanation');
      return ok({
        status: 'closed',
        closedOn: command.on,
        closureReason: 'escalation_refused',
        escalationRefusalReason: command.reason,
        escalationRefusalExplanation: command.explanation.trim(),
      });
    case 'close': {
      const unmanaged = closureWithOpenActions(ctx.openActions ?? 0, command.actionsManager);
      if (unmanaged) return refuse(unmanaged, 'actionsManager');
      // Closing as resolved says every point was answered (withdrawal, merger or refusal need not).
      if (ctx.undecidedPoints > 0)
        return refuse(
          `Record a decision on every point of complaint before closing (${ctx.undecidedPoints} still open).`,
          'points',
        );
      return ok({
        status: 'closed',
        closedOn: command.on,
        closureReason: 'resolved',
        closureNote: command.note?.trim() || null,
      });
    }
    case 'withdraw':
      if (!command.note.trim()) return refuse('Record how and why the resident withdrew.', 'note');
      return ok({
        status: 'closed',
        closedOn: command.on,
        closureReason: 'withdrawn',
        closureNote: command.note.trim(),
      });
    case 'merge':
      return ok({
        status: 'closed',
        closedOn: command.on,
        closureReason: 'merged',
        mergedIntoId: command.intoCaseId,
      });
    case 'assign':
      return assign(f, command.handlerId);
    case 'reopen':
      if (!command.note.trim()) return refuse('Record why the case is reopened.', 'note');
      return ok({
        status: reopenedStatus(f),
        closedOn: null,
        closureReason: null,
        closureNote: command.note.trim(),
      });
  }
}

/** The most recent dated step recorded on the case. */
function latestStep(f: ComplaintFacts): { what: string; on: IsoDate } | null {
  const steps: Array<[string, IsoDate | null]> = [
    ['the complaint was received', f.receivedOn],
    ['the stage 1 acknowledgement', f.stage1AcknowledgedOn],
    ['the stage 1 response', f.stage1RespondedOn],
    ['the escalation request', f.escalationRequestedOn],
    ['the stage 2 acknowledgement', f.stage2AcknowledgedOn],
    ['the final response', f.stage2RespondedOn],
    ['the case was closed', f.closedOn],
  ];
  let latest: { what: string; on: IsoDate } | null = null;
  for (const [what, on] of steps) if (on && (!latest || on >= latest.on)) latest = { what, on };
  return latest;
}

function ok(changes: Partial<ComplaintFacts>, extension?: Extension): LifecycleResult {
  return extension ? { ok: true, changes, extension } : { ok: true, changes };
}

function triage(
  f: ComplaintFacts,
  c: { type: CaseType; on: IsoDate },
  ctx: LifecycleContext,
): LifecycleResult {
  if (c.type === f.type) return refuse('The case is already of that type.', 'type');
  // A closed case made a complaint would start the Code's clock on a case no one is handling.
  if (c.type === 'complaint' && f.status === 'closed')
    return refuse(
      'Reopen the case before making it a complaint, so its clock starts when it is handled.',
      'type',
    );
  // A service request the resident is unhappy with becomes a complaint, and the Code's clock starts.
  if (c.type === 'complaint') {
    const receivedOn = receivedOnWhenRetyped(f, c.type, c.on)!;
    const problem = receivedDateProblem(receivedOn, {
      today: ctx.today,
      acknowledgedOn: f.stage1AcknowledgedOn,
      issueNoticedOn: ctx.issueNoticedOn ?? null,
    });
    return problem ? refuse(problem, 'on') : ok({ type: 'complaint', receivedOn });
  }
  if (stageOf(f) !== null) return refuse('A case at a stage of the Code can only be a complaint.', 'type');
  if (f.type === 'complaint' && f.stage1AcknowledgedOn)
    return refuse('An acknowledged complaint cannot be re-classified.', 'type');
  return ok({ type: c.type, receivedOn: receivedOnWhenRetyped(f, c.type, c.on) });
}

function acknowledge(
  f: ComplaintFacts,
  c: { on: IsoDate; how: Channel; handlerId: string },
): LifecycleResult {
  if (f.status === 'open') {
    if (f.receivedOn && c.on < f.receivedOn)
      return refuse('A complaint cannot be acknowledged before it was received.', 'on');
    return ok({
      status: 'stage1',
      stage1AcknowledgedOn: c.on,
      stage1AcknowledgedHow: c.how,
      stage1HandlerId: c.handlerId,
      ownerId: c.handlerId,
    });
  }
  // Stage 2: the Code requires a different person from the one who handled stage 1.
  if (c.handlerId === f.stage1HandlerId)
    return refuse('Stage 2 must be handled by someone other than the stage 1 handler.', 'handlerId');
  if (f.escalationRequestedOn && c.on < f.escalationRequestedOn)
    return refuse('Stage 2 cannot be acknowledged before escalation was requested.', 'on');
  return ok({
    status: 'stage2',
    stage2AcknowledgedOn: c.on,
    stage2AcknowledgedHow: c.how,
    stage2HandlerId: c.handlerId,
    ownerId: c.handlerId,
  });
}

function extend(
  f: ComplaintFacts,
  c: Extract<LifecycleCommand, { kind: 'extend' }>,
  ctx: LifecycleContext,
): LifecycleResult {
  const stage: Stage = f.status === 'stage2' ? 2 : 1;
  const current = currentResponseDue(f, ctx.policy, ctx.calendar)!;
  if (!c.reason.trim())
    return refuse('Give the reason for the extension (it goes to the resident).', 'reason');
  if (c.newDue <= current)
    return refuse(`The new date must be after the current deadline, ${current}.`, 'newDue');
  if (!isWorkingDay(ctx.calendar, c.newDue)) return refuse('The new date must be a working day.', 'newDue');
  if (c.residentToldOn > ctx.today)
    return refuse('The resident cannot have been told in the future.', 'residentToldOn');
  // The Code caps extensions (10 working days at stage 1, 20 at stage 2) unless there is good reason.
  const acknowledged = stage === 1 ? f.stage1AcknowledgedOn! : f.stage2AcknowledgedOn!;
  const limit = stageTimescales(ctx.policy, stage).extend;
  const latest = latestExtendedResponse(
    ctx.calendar,
    ctx.policy,
    stage,
    respondBy(ctx.calendar, ctx.policy, stage, acknowledged),
  );
  const exceptional = c.exceptionalReason?.trim() || null;
  if (c.newDue > latest && !exceptional)
    return refuse(
      `The Code allows at most ${limit} working days of extension at stage ${stage} (to ${latest}) unless there is an exceptional reason; record one to go further.`,
      'exceptionalReason',
    );
  const extension: Extension = {
    stage,
    newDue: c.newDue,
    reason: c.reason.trim(),
    residentToldOn: c.residentToldOn,
    exceptionalReason: exceptional,
  };
  return ok(stage === 1 ? { stage1ExtendedTo: c.newDue } : { stage2ExtendedTo: c.newDue }, extension);
}

function respond(f: ComplaintFacts, c: { on: IsoDate }, ctx: LifecycleContext): LifecycleResult {
  if (ctx.undecidedPoints > 0)
    return refuse(
      `Record a decision on every point of complaint before responding (${ctx.undecidedPoints} still open).`,
      'points',
    );
  if (f.status === 'stage1') {
    if (c.on < f.stage1AcknowledgedOn!)
      return refuse('The response cannot be before the acknowledgement.', 'on');
    return ok({ status: 'stage1_responded', stage1RespondedOn: c.on });
  }
  if (c.on < f.stage2AcknowledgedOn!)
    return refuse('The response cannot be before the acknowledgement.', 'on');
  return ok({ status: 'stage2_responded', stage2RespondedOn: c.on });
}

/** Back to where the case was when it closed; a stage already answered stays answered. */
function assign(f: ComplaintFacts, handlerId: string): LifecycleResult {
  if (handlerId === f.ownerId && (stageOf(f) !== 2 || f.stage2HandlerId !== f.stage1HandlerId))
    return refuse('The case is already with that officer.', 'handlerId');
  if (stageOf(f) === 2 && f.stage2AcknowledgedOn) {
    if (handlerId === f.stage1HandlerId)
      return refuse('Stage 2 must be handled by someone other than the stage 1 handler.', 'handlerId');
    return ok({ ownerId: handlerId, stage2HandlerId: handlerId });
  }
  if (f.status === 'stage1' || f.status === 'stage1_responded')
    return ok({ ownerId: handlerId, stage1HandlerId: handlerId });
  return ok({ ownerId: handlerId });
}

function reopenedStatus(f: ComplaintFacts): CaseStatus {
  if (f.type !== 'complaint') return 'open';
  if (f.stage2AcknowledgedOn) return f.stage2RespondedOn ? 'stage2_responded' : 'stage2';
  if (f.escalationRequestedOn && f.closureReason !== 'escalation_refused') return 'stage2_requested';
  if (f.stage1RespondedOn) return 'stage1_responded';
  if (f.stage1AcknowledgedOn) return 'stage1';
  return 'open';
}

function statusWords(f: ComplaintFacts): string {
  const words: Record<CaseStatus, string> = {
    open: f.type === 'complaint' ? 'awaiting acknowledgement' : 'open',
    stage1: 'at stage 1',
    stage1_responded: 'responded to at stage 1',
    stage2_requested: 'awaiting stage 2 acknowledgement',
    stage2: 'at stage 2',
    stage2_responded: 'given its final response',
    closed: 'closed',
  };
  return words[f.status];
}

/** The response deadline of the stage in progress: the latest extension, or the Code's count. */
export function currentResponseDue(
  f: ComplaintFacts,
  policy: PolicyProfile,
  cal: WorkingCalendar,
): IsoDate | null {
  if (f.status === 'stage1' && f.stage1AcknowledgedOn)
    return f.stage1ExtendedTo ?? respondBy(cal, policy, 1, f.stage1AcknowledgedOn);
  if (f.status === 'stage2' && f.stage2AcknowledgedOn)
    return f.stage2ExtendedTo ?? respondBy(cal, policy, 2, f.stage2AcknowledgedOn);
  return null;
}

/** The next thing the Code requires on a case, and by when; null when nothing is due. */
export function nextDeadline(
  f: ComplaintFacts,
  policy: PolicyProfile,
  cal: WorkingCalendar,
): { what: 'acknowledge' | 'respond'; stage: Stage; due: IsoDate } | null {
  if (f.type !== 'complaint') return null;
  switch (f.status) {
    case 'open':
      return f.receivedOn
        ? { what: 'acknowledge', stage: 1, due: acknowledgeBy(cal, policy, 1, f.receivedOn) }
        : null;
    case 'stage1':
      return { what: 'respond', stage: 1, due: currentResponseDue(f, policy, cal)! };
    case 'stage2_requested':
      return f.escalationRequestedOn
        ? { what: 'acknowledge', stage: 2, due: acknowledgeBy(cal, policy, 2, f.escalationRequestedOn) }
        : null;
    case 'stage2':
      return { what: 'respond', stage: 2, due: currentResponseDue(f, policy, cal)! };
    default:
      return null;
  }
}

export const EMPTY_FACTS: Omit<ComplaintFacts, 'type' | 'status'> = {
  ownerId: null,
  receivedOn: null,
  declineReason: null,
  declineExplanation: null,
  stage1AcknowledgedOn: null,
  stage1AcknowledgedHow: null,
  stage1HandlerId: null,
  stage1ExtendedTo: null,
  stage1RespondedOn: null,
  escalationRequestedOn: null,
  escalationReason: null,
  escalationRefusalReason: null,
  escalationRefusalExplanation: null,
  stage2AcknowledgedOn: null,
  stage2AcknowledgedHow: null,
  stage2HandlerId: null,
  stage2ExtendedTo: null,
  stage2RespondedOn: null,
  closedOn: null,
  closureReason: null,
  closureNote: null,
  mergedIntoId: null,
};

/**
 * What is wrong with a case that the rules would never have allowed, but that merging edits made on
 * two computers without seeing each other can produce (each field merges on its own). Found after
 * every merge and shown to people; nothing is changed automatically.
 */
export type LifecycleProblem =
  | { problem: 'not_a_complaint'; field: 'type'; message: string }
  | { problem: 'undecided_points'; field: 'status'; message: string }
  | { problem: 'same_handler'; field: 'stage2_handler_id'; message: string };

export function lifecycleProblems(
  f: ComplaintFacts,
  /** Points without a decision at stages already answered. */
  undecidedAnsweredPoints: number,
): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  if (f.type !== 'complaint' && (stageOf(f) !== null || f.stage1AcknowledgedOn))
    problems.push({
      problem: 'not_a_complaint',
      field: 'type',
      message:
        'This case went through a complaint stage but is recorded as another type: it was re-classified on one computer while it was being handled as a complaint on another. Change its type back to complaint, or record why it is not one.',
    });
  if (undecidedAnsweredPoints > 0)
    problems.push({
      problem: 'undecided_points',
      field: 'status',
      message: `A response was issued while ${undecidedAnsweredPoints === 1 ? 'a point of complaint was' : `${undecidedAnsweredPoints} points of complaint were`} added on another computer: record a decision on ${undecidedAnsweredPoints === 1 ? 'it' : 'them'} and tell the resident.`,
    });
  if (f.stage2HandlerId && f.stage2HandlerId === f.stage1HandlerId)
    problems.push({
      problem: 'same_handler',
      field: 'stage2_handler_id',
      message:
        'The same officer now handles stage 1 and stage 2 (two computers recorded different handlers at once). The Code requires a different person at stage 2: hand stage 2 to someone else.',
    });
  return problems;
}

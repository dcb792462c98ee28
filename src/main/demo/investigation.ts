// What a demo complaint's investigation left behind, given how far its journey went: points of
// complaint (decided ones with findings and the basis relied on), case notes (a few corrected),
// investigation tasks, remedies, promised actions with resident updates, the odd amendment and
// attachment, and — once closed — learning and satisfaction. Pure: a seeded random source and the
// journey in, plain rows out (seedStore writes them). Every date follows the journey's own.
import type { JourneyColumns } from './complaintJourney';
import { chance, pick } from './random';
import * as V from './vocabulary';

export interface Colleague {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** Shapes the demo shows at least once, however small the seed (forced until they have appeared). */
export type Showcase =
  | 'note_correction'
  | 'task_done'
  | 'task_overdue'
  | 'awaiting_panel'
  | 'paid'
  | 'action_overdue'
  | 'action_done'
  | 'action_update'
  | 'amendment'
  | 'attachment'
  | 'satisfaction'
  | 'improvement_link';

export const SHOWCASES: readonly Showcase[] = [
  'note_correction',
  'task_done',
  'task_overdue',
  'awaiting_panel',
  'paid',
  'action_overdue',
  'action_done',
  'action_update',
  'amendment',
  'attachment',
  'satisfaction',
  'improvement_link',
];

export interface InvestigationContext {
  today: string;
  colleagues: readonly Colleague[];
  managers: readonly Colleague[];
  /** The compensation panel's threshold in pence: offers above it are signed off first. */
  panelThresholdPence: number;
  /** How many demo attachment files there are to point at. */
  files: number;
  /** Shapes still to show: taken off as they appear. */
  want: Set<Showcase>;
  newId: (at: number) => string;
}

type Row = Record<string, unknown> & { id: string };

export interface Investigation {
  points: Row[];
  notes: Row[];
  tasks: Row[];
  remedies: Row[];
  actions: Row[];
  updates: Row[];
  amendments: Row[];
  /** `file` is the index of the demo file whose bytes it holds. */
  attachments: Array<Row & { file: number }>;
  /** Learning, satisfaction and who manages actions left open: columns of the case itself. */
  caseColumns: Record<string, unknown>;
  /** Link this case to a service improvement in this service area. */
  improvementArea: string | null;
}

const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const earliest = (a: string, b: string) => (a < b ? a : b);
const latest = (a: string, b: string) => (a > b ? a : b);

const DECISION_WEIGHTS = [
  ['upheld', 0.4],
  ['partly_upheld', 0.25],
  ['not_upheld', 0.35],
] as const;
/** Most compensation offered is paid; some is accepted and awaiting payment, a few declined. */
const PAYMENT_WEIGHTS = [
  ['paid', 0.6],
  ['accepted', 0.15],
  ['declined', 0.1],
  ['offered', 0.15],
] as const;

function weighted<T>(random: () => number, weights: ReadonlyArray<readonly [T, number]>): T {
  let r = random();
  for (const [value, w] of weights) if ((r -= w) < 0) return value;
  return weights[weights.length - 1]![0];
}

const HEAD_SETS = [
  ['time_and_trouble'],
  ['distress_inconvenience'],
  ['time_and_trouble', 'distress_inconvenience'],
  ['financial_loss', 'time_and_trouble'],
  ['goodwill'],
];
const AMOUNTS = [5000, 7500, 10000, 15000, 20000, 25000, 30000, 40000, 60000];

export function investigation(
  random: () => number,
  caseId: string,
  serviceArea: string,
  j: JourneyColumns,
  ctx: InvestigationContext,
): Investigation {
  const out: Investigation = {
    points: [],
    notes: [],
    tasks: [],
    remedies: [],
    actions: [],
    updates: [],
    amendments: [],
    attachments: [],
    caseColumns: {},
    improvementArea: null,
  };
  const { today, want } = ctx;
  /** A weighted coin, or the shape the demo still has to show. */
  const hit = (shape: Showcase | null, p: number) => {
    const yes = random() < p || (shape !== null && want.has(shape));
    if (yes && shape) want.delete(shape);
    return yes;
  };
  /** A moment in office hours on `date`, never after today. */
  const at = (date: string) => {
    const d = earliest(date, today);
    const minutes = 8 * 60 + Math.floor(random() * 8 * 60);
    return `${d}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
  };
  const id = (instant: string) => ctx.newId(Date.parse(instant));
  const handler = j.stage1_handler_id ?? j.owner_id ?? ctx.colleagues[0]!.id;
  const ack = j.stage1_acknowledged_on;
  const responded = j.stage1_responded_on;
  const closed = j.status === 'closed' ? j.closed_on : null;

  // Points of complaint, in the resident's words; decided by the stage 1 response (some before).
  const pointCount = 1 + (chance(random, 0.3) ? 1 : 0) + (chance(random, 0.05) ? 1 : 0);
  const pointTexts = new Set<string>();
  while (pointTexts.size < pointCount) pointTexts.add(pick(random, V.POINTS));
  for (const point of pointTexts) {
    const created = at(j.received_on);
    const decidedOn = responded ?? (ack && chance(random, 0.3) ? addDays(ack, 3) : null);
    let decision: string | null = null;
    if (decidedOn) decision = weighted(random, DECISION_WEIGHTS);
    out.points.push({
      id: id(created),
      case_id: caseId,
      stage: 1,
      point,
      outcome_sought: chance(random, 0.7) ? pick(random, V.OUTCOMES_SOUGHT) : null,
      outcome_possible: null,
      possibility_note: null,
      decision,
      reasons: decision
        ? pick(random, decision === 'not_upheld' ? V.NOT_UPHELD_REASONS : V.UPHELD_REASONS)
        : null,
      findings: decision ? pick(random, V.FINDINGS) : null,
      basis: decision ? pick(random, V.BASES) : null,
      created_by: handler,
      created_at: created,
      updated_at: decidedOn ? at(decidedOn) : created,
    });
  }
  if (!ack) return out;
  const upheld = out.points.find((p) => p.decision === 'upheld' || p.decision === 'partly_upheld');

  // Case notes: insert-only; a correction names the note it corrects.
  if (chance(random, 0.35) || want.has('note_correction')) {
    const created = at(addDays(ack, 1 + Math.floor(random() * 4)));
    const note = {
      id: id(created),
      case_id: caseId,
      point_id: chance(random, 0.3) ? out.points[0]!.id : null,
      text: pick(random, V.CASE_NOTES),
      corrects_id: null,
      created_by: handler,
      created_at: created,
    };
    out.notes.push(note);
    if (hit('note_correction', 0.08)) {
      const later = at(addDays(created.slice(0, 10), 1));
      out.notes.push({
        ...note,
        id: id(later),
        text: pick(random, V.NOTE_CORRECTIONS),
        corrects_id: note.id,
        created_at: later,
      });
    }
  }

  // An investigation task: done with its answer by the response; open (some overdue) before it.
  if (hit(null, 0.35) || want.has('task_done') || want.has('task_overdue')) {
    const task = pick(random, V.TASKS);
    const created = at(ack);
    const due = addDays(ack, 5 + Math.floor(random() * 6));
    const done = responded !== null || (chance(random, 0.4) && due <= today);
    const doneOn = done ? earliest(responded ?? due, earliest(due, today)) : null;
    if (done) want.delete('task_done');
    else if (due < today) want.delete('task_overdue');
    out.tasks.push({
      id: id(created),
      case_id: caseId,
      point_id: chance(random, 0.5) ? out.points[0]!.id : null,
      stage: 1,
      what: task.what,
      with_whom: task.withWhom,
      due_on: due,
      assignee_id: chance(random, 0.6) ? pick(random, ctx.colleagues).id : null,
      status: done ? 'done' : 'open',
      answer: done ? pick(random, V.TASK_ANSWERS) : null,
      done_on: doneOn,
      created_by: handler,
      created_at: created,
      updated_at: doneOn ? at(doneOn) : created,
    });
  }

  // An attachment: a photo from the estate visit or the resident's email.
  if (hit('attachment', 0.06)) {
    const created = at(ack);
    out.attachments.push({
      id: id(created),
      case_id: caseId,
      point_id: chance(random, 0.5) ? out.points[0]!.id : null,
      file: Math.floor(random() * ctx.files),
      caption: chance(random, 0.6) ? 'From the estate visit' : null,
      created_by: handler,
      created_at: created,
    });
  }

  // Compensation over the panel's threshold, proposed during the investigation, awaiting sign-off.
  if (!responded && upheld && hit('awaiting_panel', 0.3)) {
    const created = at(earliest(addDays(ack, 4), today));
    out.remedies.push(
      remedy(created, 'financial', null, {
        amount_pence: pick(
          random,
          AMOUNTS.filter((a) => a > ctx.panelThresholdPence),
        ),
        heads: JSON.stringify(pick(random, HEAD_SETS)),
        status: 'proposed',
      }),
    );
  }
  if (!responded) return out;

  function remedy(created: string, kind: string, text: string | null, rest: Record<string, unknown>): Row {
    return {
      id: id(created),
      case_id: caseId,
      point_id: upheld?.id ?? null,
      stage: 1,
      kind,
      text,
      amount_pence: null,
      heads: null,
      status: 'offered',
      approved_by: null,
      approved_at: null,
      offered_on: responded,
      accepted_on: null,
      declined_on: null,
      paid_on: null,
      offset_arrears: 0,
      created_by: handler,
      created_at: created,
      updated_at: created,
      ...rest,
    };
  }

  // Remedies offered in the stage 1 response, when something was upheld.
  const offered = at(responded);
  let works: Row | null = null;
  if (upheld) {
    if (chance(random, 0.5)) {
      const accepted = chance(random, 0.5);
      out.remedies.push(
        remedy(offered, 'apology', pick(random, V.APOLOGIES), {
          status: accepted ? 'accepted' : 'offered',
          accepted_on: accepted ? responded : null,
        }),
      );
    }
    if (chance(random, 0.2))
      out.remedies.push(remedy(offered, 'explanation', pick(random, V.EXPLANATIONS), {}));
    if (chance(random, 0.3)) {
      works = remedy(offered, 'works', pick(random, V.WORKS), {});
      out.remedies.push(works);
    }
    if (chance(random, 0.3) || want.has('paid')) out.remedies.push(financial(offered, want.delete('paid')));
  }

  function financial(created: string, paid: boolean): Row {
    const amount = pick(random, AMOUNTS);
    const signedOff = amount > ctx.panelThresholdPence;
    const settledOn = earliest(addDays(responded!, 7 + Math.floor(random() * 14)), today);
    const status = paid ? 'paid' : weighted(random, PAYMENT_WEIGHTS);
    const accepted = status === 'paid' || status === 'accepted';
    return remedy(created, 'financial', null, {
      amount_pence: amount,
      heads: JSON.stringify(pick(random, HEAD_SETS)),
      status,
      approved_by: signedOff ? pick(random, ctx.managers).id : null,
      approved_at: signedOff ? at(addDays(responded!, -1)) : null,
      accepted_on: accepted ? settledOn : null,
      declined_on: status === 'declined' ? settledOn : null,
      paid_on: status === 'paid' ? settledOn : null,
      offset_arrears: accepted && chance(random, 0.1) ? 1 : 0,
      updated_at: status === 'offered' ? created : at(settledOn),
    });
  }

  // Promised actions: the works promised, and things decided that need doing later.
  const promises: Array<{ what: string; remedy: Row | null }> = [];
  if (works) promises.push({ what: String(works.text), remedy: works });
  if (chance(random, 0.26) || want.has('action_overdue') || want.has('action_done'))
    promises.push({ what: pick(random, V.ACTIONS), remedy: null });
  for (const promise of promises) {
    const created = offered;
    const due = addDays(responded, 10 + Math.floor(random() * 50));
    const person = chance(random, 0.55) ? pick(random, ctx.colleagues) : null;
    const team = pick(random, V.TEAMS);
    const overdue = due < today;
    // Most promises past their date were kept; some were not (the seeds' main cause of escalation).
    const done = overdue
      ? !want.has('action_overdue') && (want.has('action_done') || chance(random, 0.85))
      : chance(random, 0.1);
    if (done) want.delete('action_done');
    else if (overdue) want.delete('action_overdue');
    // Done on or a little before the due date, never before it was promised or after today.
    const completedOn = done
      ? latest(responded, earliest(addDays(due, -Math.floor(random() * 10)), today))
      : null;
    const action = {
      id: id(created),
      case_id: caseId,
      remedy_id: promise.remedy?.id ?? null,
      point_id: upheld?.id ?? null,
      what: promise.what,
      owner: person ? person.name : team,
      owner_person_id: person?.id ?? null,
      owner_contact: person
        ? (person.email ?? person.phone ?? team)
        : `${team}, 0113 496 0${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
      due_on: due,
      status: done ? 'done' : 'open',
      completed_on: completedOn,
      evidence: done ? pick(random, V.ACTION_EVIDENCE) : null,
      created_by: handler,
      created_at: created,
      updated_at: done ? at(completedOn ?? responded) : created,
    };
    out.actions.push(action);
    if (hit('action_update', done ? 0.3 : overdue ? 0.5 : 0.1)) {
      const on = done
        ? String(action.completed_on)
        : earliest(addDays(responded, 5 + Math.floor(random() * 20)), today);
      out.updates.push({
        id: id(at(on)),
        action_id: action.id,
        case_id: caseId,
        updated_on: on,
        method: pick(random, ['phone', 'email', 'letter'] as const),
        said: done ? V.ACTION_UPDATES[3]! : pick(random, V.ACTION_UPDATES.slice(0, 3)),
        created_by: handler,
        created_at: at(on),
      });
    }
  }

  // A correction to a decision after the response was issued, with its reason.
  const decided = out.points.find((p) => p.decision !== null);
  if (decided && hit('amendment', 0.01)) {
    const created = at(addDays(responded, 2));
    const newReasons = `${String(decided.reasons)} The visit was on 4 March, not 3 March as the response said.`;
    out.amendments.push({
      id: id(created),
      case_id: caseId,
      stage: 1,
      record_kind: 'complaint_point',
      record_id: decided.id,
      field: 'reasons',
      old_value: decided.reasons,
      new_value: newReasons,
      reason: 'The stage 1 response gave the wrong visit date; corrected after the resident pointed it out.',
      created_by: handler,
      created_at: created,
    });
    decided.reasons = newReasons;
    decided.updated_at = created;
  }

  if (!closed) return out;
  // Learning from the closed complaint, and (for some) how satisfied the resident was.
  if (chance(random, 0.7) || want.has('improvement_link')) {
    const [rootCause, lesson] = pick(random, V.LESSONS);
    out.caseColumns.root_cause = rootCause;
    out.caseColumns.lesson_learned = lesson;
    if (hit('improvement_link', 0.08)) out.improvementArea = serviceArea;
  }
  if (hit('satisfaction', 0.25)) {
    const handling = 1 + Math.floor(random() * 5);
    out.caseColumns.satisfaction_handling = handling;
    out.caseColumns.satisfaction_outcome = Math.max(1, Math.min(5, handling + Math.floor(random() * 3) - 1));
    out.caseColumns.satisfaction_comment = chance(random, 0.4) ? pick(random, V.SATISFACTION_COMMENTS) : null;
    out.caseColumns.satisfaction_asked_on = earliest(addDays(closed, 3 + Math.floor(random() * 18)), today);
  }
  if (out.actions.some((a) => a.status === 'open'))
    out.caseColumns.actions_manager = pick(random, ctx.managers).name;
  return out;
}

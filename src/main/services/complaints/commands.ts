// Lifecycle commands and the complaint's other records. Each runs the pure rules, then records
// exactly the fields they return — audited and synced like every other change — in one transaction.
import type { Insertable, Selectable } from 'kysely';
import { AppError, refusal } from '../../../shared/contract/errors';
import type { CaseDetail, ParsedInputOf } from '../../../shared/contract';
import { evidenceDueBy, type Stage } from '../../../shared/complaints/deadlines';
import { FROZEN_POINT_FIELDS, frozenProblem } from '../../../shared/complaints/issued';
import { applyCommand, stageOf, type LifecycleCommand } from '../../../shared/complaints/lifecycle';
import { stage2HandlerProblem } from '../../../shared/complaints/stage2Handler';
import {
  happenedAtProblem,
  ombudsmanDoneProblem,
  ombudsmanRequestProblem,
} from '../../../shared/complaints/happened';
import { FUTURE_DATE, issueNoticedProblem, receivedDateProblem } from '../../../shared/complaints/received';
import { uuidv7 } from '../../../shared/domain/ids';
import { CONTACT_OUTCOME_LABELS } from '../../../shared/domain/vocabulary';
import type { CasesTable, Database } from '../../db/schema';
import type { Entity } from '../../store/changes';
import { getCase } from '../caseView';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { columnsFromFacts, factsFromRow, toColumns } from './facts';
import { deadlineRules } from './policy';

const inactiveHandler = (name: string) =>
  `${name} has been deactivated, so cannot take new work. Choose an active colleague, or reactivate them under Settings → People.`;

async function liveCase(w: Write, id: string): Promise<Selectable<CasesTable>> {
  const row = await w.tx.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  return row;
}

/** Inserts a new record and logs its creation (audit + sync). */
async function createRecord<
  T extends 'extensions' | 'case_parties' | 'contacts' | 'complaint_points' | 'ombudsman_requests',
>(w: Write, table: T, entity: Entity, record: Insertable<Database[T]> & { id: string }): Promise<void> {
  await w.tx
    .insertInto(table)
    .values(record as never)
    .execute();
  await w.changes.created(entity, record.id, record);
}

/** Records changed columns of a case (audit + sync) and stamps it. */
export async function setCaseColumns(
  w: Write,
  before: Selectable<CasesTable>,
  after: Record<string, unknown>,
): Promise<void> {
  const changed = await w.changes.updated('case', before.id, before as Record<string, unknown>, after);
  if (changed.length === 0) return;
  await w.tx
    .updateTable('cases')
    .set({ ...(after as Partial<CasesTable>), updated_at: w.at } as never)
    .where('id', '=', before.id)
    .execute();
}

async function openActionCount(w: Write, caseId: string): Promise<number> {
  const row = await w.tx
    .selectFrom('promised_actions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId)
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Runs one lifecycle command inside a write; refuses it with the rules' own words. */
export async function runCommand(
  ctx: ServiceContext,
  w: Write,
  id: string,
  command: LifecycleCommand,
): Promise<void> {
  const row = await liveCase(w, id);
  const facts = factsFromRow(row);
  const rules = await deadlineRules(ctx, w.tx);
  // A case not yet at a stage (closed at first contact) counts its stage 1 points.
  const stage = stageOf(facts) ?? 1;
  const undecided =
    facts.type === 'complaint'
      ? Number(
          (
            await w.tx
              .selectFrom('complaint_points')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('case_id', '=', id)
              .where('stage', '<=', stage)
              .where('decision', 'is', null)
              .where('deleted_at', 'is', null)
              .executeTakeFirstOrThrow()
          ).n,
        )
      : 0;
  if (command.kind === 'merge') {
    const into = await w.tx
      .selectFrom('cases')
      .select(['id', 'deleted_at'])
      .where('id', '=', command.intoCaseId)
      .executeTakeFirst();
    if (!into || into.deleted_at || into.id === id)
      throw new AppError('VALIDATION', 'Choose another case in this store to merge into.', {
        issues: [{ path: 'command.intoCaseId', message: 'No such case' }],
      });
  }
  const openActions = command.kind === 'close' ? await openActionCount(w, id) : 0;
  const result = applyCommand(facts, command, {
    ...rules,
    undecidedPoints: undecided,
    issueNoticedOn: row.issue_noticed_on ?? null,
    openActions,
  });
  if (!result.ok) {
    throw new AppError('VALIDATION', result.message, {
      issues: [{ path: `command.${result.field ?? 'kind'}`, message: result.message }],
    });
  }
  // The case says who manages the promises it leaves open (seed 000).
  const managed =
    command.kind === 'close' && openActions > 0 ? { actions_manager: command.actionsManager ?? null } : {};
  await setCaseColumns(w, row, { ...columnsFromFacts(result.changes), ...managed });
  if (result.extension) {
    const e = result.extension;
    const record = {
      id: uuidv7(),
      case_id: id,
      stage: e.stage,
      new_due: e.newDue,
      reason: e.reason,
      resident_told_on: e.residentToldOn,
      exceptional_reason: e.exceptionalReason,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await createRecord(w, 'extensions', 'extension', record);
  }
}

/** A write to one case whose answer is the case as saved, read inside the same transaction. */
function caseWrite(ctx: ServiceContext, work: (w: Write) => Promise<string>): Promise<CaseDetail> {
  return write(ctx, async (w) => getCase(within(ctx, w), await work(w)));
}

export async function commandCase(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.command'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const c = input.command;
    // Acknowledging without naming a handler makes the acknowledging officer the handler.
    const command: LifecycleCommand =
      c.kind === 'acknowledge' ? { ...c, handlerId: c.handlerId ?? w.actor.id } : c;
    if (command.kind === 'acknowledge' || command.kind === 'assign') {
      const person = await w.tx
        .selectFrom('people')
        .select(['id', 'name', 'active', 'role'])
        .where('id', '=', command.handlerId)
        .executeTakeFirst();
      if (!person)
        throw new AppError('VALIDATION', 'That handler is not a person in this case store.', {
          issues: [{ path: 'command.handlerId', message: 'No such person' }],
        });
      if (person.active === 0) throw refusal('command.handlerId', inactiveHandler(person.name));
      const stage2 = stage2HandlerProblem(factsFromRow(await liveCase(w, input.id)), command.kind, person);
      if (stage2) throw refusal('command.handlerId', stage2);
    }
    await runCommand(ctx, w, input.id, command);
    return input.id;
  });
}

const COMPLAINT_FIELDS = {
  serviceArea: 'service_area',
  issueNoticedOn: 'issue_noticed_on',
  receivedOn: 'received_on',
  responsibilityNote: 'responsibility_note',
  communicationArrangements: 'communication_arrangements',
  adjustmentsAgreed: 'adjustments_agreed',
  isGroup: 'is_group',
  ombudsmanReference: 'ombudsman_reference',
  ombudsmanDetermination: 'ombudsman_determination',
  ombudsmanDeterminedOn: 'ombudsman_determined_on',
} as const;

export async function updateComplaint(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.updateComplaint'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const row = await liveCase(w, input.id);
    const { today } = await deadlineRules(ctx, w.tx);
    const { receivedOn, issueNoticedOn, ombudsmanDeterminedOn } = input.changes;
    const noticed = issueNoticedOn === undefined ? (row.issue_noticed_on ?? null) : issueNoticedOn;
    for (const [field, value] of [
      ['issueNoticedOn', issueNoticedOn],
      ['ombudsmanDeterminedOn', ombudsmanDeterminedOn],
    ] as const)
      if (value && value > today) throw refusal(`changes.${field}`, FUTURE_DATE);
    if (receivedOn) {
      const problem = receivedDateProblem(receivedOn, {
        today,
        acknowledgedOn: row.stage1_acknowledged_on ?? null,
        issueNoticedOn: noticed,
      });
      if (problem) throw refusal('changes.receivedOn', problem);
    }
    if (issueNoticedOn) {
      const problem = issueNoticedProblem(issueNoticedOn, receivedOn ?? row.received_on ?? null);
      if (problem) throw refusal('changes.issueNoticedOn', problem);
    }
    await setCaseColumns(w, row, toColumns(input.changes, COMPLAINT_FIELDS));
    return input.id;
  });
}

export async function healthAndSafety(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.healthAndSafety'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const row = await liveCase(w, input.id);
    if (input.risk && !input.detail)
      throw new AppError('VALIDATION', 'Describe the health and safety risk.', {
        issues: [{ path: 'detail', message: 'Describe the risk' }],
      });
    const toldLate = input.toldAt ? happenedAtProblem(input.toldAt, ctx.now()) : null;
    if (toldLate) throw refusal('toldAt', toldLate);
    await setCaseColumns(
      w,
      row,
      input.risk
        ? {
            hs_risk: 1,
            hs_risk_detail: input.detail,
            hs_told_whom: input.toldWhom,
            hs_told_at: input.toldAt ?? null,
          }
        : { hs_risk: 0 },
    );
    return input.id;
  });
}

export async function addParty(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.addParty'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const row = await liveCase(w, input.caseId);
    const resident = await w.tx
      .selectFrom('residents')
      .select('id')
      .where('id', '=', input.residentId)
      .executeTakeFirst();
    if (!resident)
      throw new AppError('VALIDATION', 'That resident is not in this case store.', {
        issues: [{ path: 'residentId', message: 'No such resident' }],
      });
    const already = await w.tx
      .selectFrom('case_parties')
      .select('id')
      .where('case_id', '=', row.id)
      .where('resident_id', '=', input.residentId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (row.resident_id === input.residentId || already) return row.id; // already on this complaint
    const record = {
      id: uuidv7(),
      case_id: row.id,
      resident_id: input.residentId,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await createRecord(w, 'case_parties', 'case_party', record);
    if (row.is_group !== 1) await setCaseColumns(w, row, { is_group: 1 });
    return input.caseId;
  });
}

/** A call or message to the resident before the response (the seeds make two attempts). */
export async function contactAttempt(
  ctx: ServiceContext,
  input: ParsedInputOf<'cases.contactAttempt'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const row = await liveCase(w, input.caseId);
    const late = happenedAtProblem(input.at, ctx.now());
    if (late) throw refusal('at', late);
    const record = {
      id: uuidv7(),
      occurred_at: input.at,
      channel: input.channel,
      direction: 'outbound' as const,
      summary: input.note ?? CONTACT_OUTCOME_LABELS[input.outcome],
      resident_id: row.resident_id,
      case_id: row.id,
      logged_by: w.actor.id,
      created_at: w.at,
      purpose: 'pre_response' as const,
      outcome: input.outcome,
    };
    await createRecord(w, 'contacts', 'contact', record);
    return input.caseId;
  });
}

export async function addPoint(ctx: ServiceContext, input: ParsedInputOf<'points.add'>): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const row = await liveCase(w, input.caseId);
    // A closed case has given its answer: a new point would sit undecided on it.
    if (row.status === 'closed')
      throw refusal('caseId', 'This case is closed: reopen it (or escalate it) to add a point of complaint.');
    const record = {
      id: uuidv7(),
      case_id: row.id,
      stage: stageOf(factsFromRow(row)) ?? 1,
      point: input.point,
      outcome_sought: input.outcomeSought,
      outcome_possible: input.outcomePossible ?? null,
      possibility_note: input.possibilityNote,
      decision: null,
      reasons: null,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
    };
    await createRecord(w, 'complaint_points', 'complaint_point', record);
    return input.caseId;
  });
}

const POINT_FIELDS = {
  point: 'point',
  outcomeSought: 'outcome_sought',
  outcomePossible: 'outcome_possible',
  possibilityNote: 'possibility_note',
  decision: 'decision',
  reasons: 'reasons',
} as const;

/** Once the point's stage has been answered (or the case closed), its decision fields stay put. */
function refuseFrozenEdit(
  kase: Selectable<CasesTable>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  const frozen = FROZEN_POINT_FIELDS.filter((f) => after[f] !== undefined && after[f] !== before[f]);
  const issued = {
    stage1RespondedOn: kase.stage1_responded_on ?? null,
    stage2RespondedOn: kase.stage2_responded_on ?? null,
  };
  const problem = frozen.length ? frozenProblem(issued, before.stage as Stage, 'decision') : null;
  if (problem) throw refusal(`changes.${frozen[0]}`, problem);
  // Closed (say, put right at first contact): its decisions are what it closed on.
  if (frozen.length && kase.status === 'closed')
    throw refusal(
      `changes.${frozen[0]}`,
      'This case is closed, so its decisions stand as they were when it closed. Reopen it to change one.',
    );
}

export async function updatePoint(
  ctx: ServiceContext,
  input: ParsedInputOf<'points.update'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('complaint_points')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!before || before.deleted_at)
      throw new AppError('NOT_FOUND', 'That point of complaint is not in this case store.');
    const kase = await liveCase(w, before.case_id); // a case deleted elsewhere takes no more changes
    const after = toColumns(input.changes, POINT_FIELDS);
    refuseFrozenEdit(kase, before, after);
    const changed = await w.changes.updated(
      'complaint_point',
      before.id,
      before as Record<string, unknown>,
      after,
    );
    if (changed.length)
      await w.tx
        .updateTable('complaint_points')
        .set({ ...after, updated_at: w.at })
        .where('id', '=', before.id)
        .execute();
    return before.case_id;
  });
}

export async function addOmbudsmanRequest(
  ctx: ServiceContext,
  input: ParsedInputOf<'ombudsman.addRequest'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const { calendar, today } = await deadlineRules(ctx, w.tx);
    const problem = ombudsmanRequestProblem(
      { requestedOn: input.requestedOn, dueOn: input.dueOn ?? null },
      today,
    );
    if (problem) throw refusal(problem.field, problem.message);
    const row = await liveCase(w, input.caseId);
    const record = {
      id: uuidv7(),
      case_id: row.id,
      kind: input.kind,
      detail: input.detail,
      requested_on: input.requestedOn,
      due_on: evidenceDueBy(calendar, input.requestedOn, input.dueOn),
      done_on: null,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
    };
    await createRecord(w, 'ombudsman_requests', 'ombudsman_request', record);
    return input.caseId;
  });
}

export async function markOmbudsmanDone(
  ctx: ServiceContext,
  input: ParsedInputOf<'ombudsman.markDone'>,
): Promise<CaseDetail> {
  return caseWrite(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('ombudsman_requests')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!before || before.deleted_at)
      throw new AppError('NOT_FOUND', 'That Ombudsman request is not in this case store.');
    await liveCase(w, before.case_id);
    const { today } = await deadlineRules(ctx, w.tx);
    const problem = ombudsmanDoneProblem(input.doneOn, before.requested_on, today);
    if (problem) throw refusal('doneOn', problem);
    const changed = await w.changes.updated(
      'ombudsman_request',
      before.id,
      before as Record<string, unknown>,
      {
        done_on: input.doneOn,
      },
    );
    if (changed.length)
      await w.tx
        .updateTable('ombudsman_requests')
        .set({ done_on: input.doneOn, updated_at: w.at })
        .where('id', '=', before.id)
        .execute();
    return before.case_id;
  });
}

// Investigation tasks: what must be checked, with whom, by when and by whom, and the answer when it
// comes back. Only an open task changes; its status and answer are decisions, so two computers
// recording different answers are put to a person (the registry says so), never settled silently.
import type { Selectable } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError, refusal } from '../../../shared/contract/errors';
import type { InvestigationTask } from '../../../shared/contract/investigationTypes';
import { todayIso } from '../../../shared/complaints/calendar';
import { stageOf } from '../../../shared/complaints/lifecycle';
import { uuidv7 } from '../../../shared/domain/ids';
import { taskClosedProblem, taskDoneProblem, taskDueProblem } from '../../../shared/investigation/tasks';
import type { InvestigationTasksTable } from '../../db/schema';
import type { ServiceContext, Write } from '../../store/context';
import { write } from '../../store/context';
import { pointOnCase } from './points';
import { caseForInvestigation, taskById, tasksOf } from './read';

/** An assignee must be a colleague still working here. */
async function activePerson(w: Write, id: string, path: string): Promise<string> {
  const person = await w.tx
    .selectFrom('people')
    .select(['id', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!person) throw refusal(path, 'That person is not in this case store.');
  if (person.active !== 1) throw refusal(path, 'That colleague is no longer active: choose someone who is.');
  return person.id;
}

async function openTask(w: Write, id: string): Promise<Selectable<InvestigationTasksTable>> {
  const task = await w.tx
    .selectFrom('investigation_tasks')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!task || task.deleted_at) throw new AppError('NOT_FOUND', 'That task is not in this case store.');
  await caseForInvestigation(w.tx, task.case_id); // a case deleted elsewhere takes no more changes
  const closed = taskClosedProblem({ status: task.status, doneOn: task.done_on });
  if (closed) throw new AppError('CONFLICT', closed);
  return task;
}

async function setTask(
  w: Write,
  before: Selectable<InvestigationTasksTable>,
  after: Partial<InvestigationTasksTable>,
): Promise<void> {
  const changed = await w.changes.updated('investigation_task', before.id, before, after);
  if (changed.length)
    await w.tx
      .updateTable('investigation_tasks')
      .set({ ...after, updated_at: w.at })
      .where('id', '=', before.id)
      .execute();
}

export async function addTask(
  ctx: ServiceContext,
  input: ParsedInputOf<'tasks.add'>,
): Promise<InvestigationTask> {
  return write(ctx, async (w) => {
    const today = todayIso(ctx.now());
    const c = await caseForInvestigation(w.tx, input.caseId);
    const late = taskDueProblem(input.dueOn, today);
    if (late) throw refusal('dueOn', late);
    const record = {
      id: uuidv7(),
      case_id: c.id,
      point_id: input.pointId ? await pointOnCase(w, c.id, input.pointId) : null,
      stage: stageOf({ status: c.status }) ?? 1,
      what: input.what,
      with_whom: input.withWhom,
      due_on: input.dueOn,
      assignee_id: input.assigneeId ? await activePerson(w, input.assigneeId, 'assigneeId') : null,
      status: 'open' as const,
      answer: null,
      done_on: null,
      created_by: w.actor.id,
      created_at: w.at,
      updated_at: w.at,
    };
    await w.tx.insertInto('investigation_tasks').values(record).execute();
    await w.changes.created('investigation_task', record.id, record);
    return taskById(w.tx, record.id, today);
  });
}

export async function completeTask(
  ctx: ServiceContext,
  input: ParsedInputOf<'tasks.complete'>,
): Promise<InvestigationTask> {
  return write(ctx, async (w) => {
    const today = todayIso(ctx.now());
    const task = await openTask(w, input.taskId);
    const on = input.on ?? today;
    const problem = taskDoneProblem(on, task.created_at.slice(0, 10), today);
    if (problem) throw refusal('on', problem);
    await setTask(w, task, { status: 'done', answer: input.answer, done_on: on });
    return taskById(w.tx, task.id, today);
  });
}

/** No longer needed: the reason is kept as the task's answer. */
export async function cancelTask(
  ctx: ServiceContext,
  input: ParsedInputOf<'tasks.cancel'>,
): Promise<InvestigationTask> {
  return write(ctx, async (w) => {
    const today = todayIso(ctx.now());
    const task = await openTask(w, input.taskId);
    await setTask(w, task, { status: 'cancelled', answer: input.reason, done_on: today });
    return taskById(w.tx, task.id, today);
  });
}

export async function updateTask(
  ctx: ServiceContext,
  input: ParsedInputOf<'tasks.update'>,
): Promise<InvestigationTask> {
  return write(ctx, async (w) => {
    const today = todayIso(ctx.now());
    const task = await openTask(w, input.taskId);
    const { dueOn, assigneeId } = input.changes;
    const after: Partial<InvestigationTasksTable> = {};
    if (dueOn !== undefined) {
      const late = taskDueProblem(dueOn, today);
      if (late) throw refusal('changes.dueOn', late);
      after.due_on = dueOn;
    }
    if (assigneeId !== undefined)
      after.assignee_id = assigneeId ? await activePerson(w, assigneeId, 'changes.assigneeId') : null;
    await setTask(w, task, after);
    return taskById(w.tx, task.id, today);
  });
}

export async function listTasks(ctx: ServiceContext, caseId: string): Promise<InvestigationTask[]> {
  const c = await caseForInvestigation(ctx.db, caseId);
  return tasksOf(ctx.db, c.id, todayIso(ctx.now()));
}

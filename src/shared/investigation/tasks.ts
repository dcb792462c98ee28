// Investigation tasks: what must be checked, with whom, by when. A task is overdue once its due
// date has passed while it is still open; a task cannot be planned for a day already gone, and its
// answer cannot have come back tomorrow.
import type { IsoDate } from '../complaints/calendar';
import type { WorkItemStatus } from '../domain/vocabulary';

export const DUE_IN_PAST = 'The due date has already passed: give today or a later date.';
export const ANSWER_IN_FUTURE =
  'The answer cannot have come back after today: give today or an earlier date.';

/** Overdue: still open and its due date is before today (due today is not yet overdue). */
export function taskOverdue(task: { status: WorkItemStatus; dueOn: IsoDate }, today: IsoDate): boolean {
  return task.status === 'open' && task.dueOn < today;
}

/** Why a task cannot be due on `dueOn`, or null when it can. */
export function taskDueProblem(dueOn: IsoDate, today: IsoDate): string | null {
  return dueOn < today ? DUE_IN_PAST : null;
}

/** Why a task's answer cannot be dated `on`, or null when it can (not before the task was set, nor after today). */
export function taskDoneProblem(on: IsoDate, setOn: IsoDate, today: IsoDate): string | null {
  if (on > today) return ANSWER_IN_FUTURE;
  if (on < setOn) return `The answer cannot have come back before the task was set on ${setOn}.`;
  return null;
}

/** Why a task in `status` cannot be changed, or null when it is still open. */
export function taskClosedProblem(task: { status: WorkItemStatus; doneOn: IsoDate | null }): string | null {
  if (task.status === 'done')
    return `This task was done on ${task.doneOn ?? 'an earlier date'}, so it cannot be changed.`;
  if (task.status === 'cancelled')
    return 'This task was cancelled as no longer needed, so it cannot be changed.';
  return null;
}

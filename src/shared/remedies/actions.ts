// Promised actions: what the landlord said it would do, by when. They outlive the case, so closing
// a case with actions still open names who will see them through (seed 000).
import { dayNumber, type IsoDate } from '../complaints/calendar';

export interface ActionDue {
  status: string;
  dueOn: IsoDate;
}

/** Whether an open action's due date has passed (due today is not yet overdue). */
export function actionOverdue(action: ActionDue, today: IsoDate): boolean {
  return action.status === 'open' && action.dueOn < today;
}

/** Calendar days past the due date for an overdue open action; 0 otherwise. */
export function daysOverdue(action: ActionDue, today: IsoDate): number {
  return actionOverdue(action, today) ? dayNumber(today) - dayNumber(action.dueOn) : 0;
}

/** "3 days overdue", "due today", "due in 5 days", "done" — as the tracker says it. */
export function actionDueWords(action: ActionDue, today: IsoDate): string {
  if (action.status !== 'open') return action.status === 'done' ? 'Done' : 'No longer needed';
  const days = dayNumber(action.dueOn) - dayNumber(today);
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'Due today';
  return `Due in ${days} day${days === 1 ? '' : 's'}`;
}

/**
 * Why a case with `openActions` promised actions still open cannot close without naming who will
 * manage them, or null when it may close.
 */
export function closureWithOpenActions(
  openActions: number,
  actionsManager: string | null | undefined,
): string | null {
  if (openActions === 0 || (actionsManager ?? '').trim() !== '') return null;
  return `${openActions === 1 ? 'A promised action is' : `${openActions} promised actions are`} still open: name who will manage ${openActions === 1 ? 'it' : 'them'} after the case closes (the resident is told who).`;
}

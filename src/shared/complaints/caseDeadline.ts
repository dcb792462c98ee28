// A case's next deadline and how urgent it is: what "My work", the managers' view and the case
// page all show. Computed from the recorded dates every time, never stored.
import type { DeadlineView } from '../contract/complaintTypes';
import type { IsoDate, WorkingCalendar } from './calendar';
import { ragStatus } from './deadlines';
import { nextDeadline, type ComplaintFacts } from './lifecycle';
import type { PolicyProfile } from './policy';

/** `ombudsmanDue`: the earliest outstanding Ombudsman evidence request or order, if any. */
export function caseDeadline(
  facts: ComplaintFacts,
  policy: PolicyProfile,
  cal: WorkingCalendar,
  today: IsoDate,
  ombudsmanDue: IsoDate | null = null,
): DeadlineView | null {
  const next = nextDeadline(facts, policy, cal);
  let pick: Pick<DeadlineView, 'what' | 'stage' | 'due'> | null = next;
  if (ombudsmanDue && (!pick || ombudsmanDue < pick.due))
    pick = { what: 'ombudsman', stage: null, due: ombudsmanDue };
  if (!pick) return null;
  return { ...pick, ...ragStatus(cal, pick.due, today) };
}

const RAG_ORDER = { overdue: 0, due_today: 1, due_soon: 2, on_track: 3 } as const;

/** Most urgent first: overdue, due today, due soon, on track, then cases with nothing due. */
export function byUrgency(a: DeadlineView | null, b: DeadlineView | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return RAG_ORDER[a.rag] - RAG_ORDER[b.rag] || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
}

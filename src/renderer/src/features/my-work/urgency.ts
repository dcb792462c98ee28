// Counting a work list by urgency. The list comes most urgent first and may be cut at a limit, so
// the counts are exact only when everything past the cut is on track (or has no deadline).
import type { WorkItem } from '../../../../shared/contract/complaintTypes';

export interface UrgencyCounts {
  overdue: number;
  dueToday: number;
  dueSoon: number;
  healthAndSafety: number;
  /** False when the list was cut short while still among pressing cases: the counts are "at least". */
  exact: boolean;
  /** False when the list was cut short at all: there may be more cases at risk past the cut. */
  healthAndSafetyExact: boolean;
}

const PRESSING = new Set(['overdue', 'due_today', 'due_soon']);

export function urgencyCounts(items: readonly WorkItem[], total: number): UrgencyCounts {
  const counts: UrgencyCounts = {
    overdue: 0,
    dueToday: 0,
    dueSoon: 0,
    healthAndSafety: 0,
    exact: true,
    healthAndSafetyExact: true,
  };
  for (const item of items) {
    if (item.hsRisk) counts.healthAndSafety++;
    // My overdue tasks and promised actions make a case urgent whatever its own deadline.
    switch (item.overdueWork ? 'overdue' : item.deadline?.rag) {
      case 'overdue':
        counts.overdue++;
        break;
      case 'due_today':
        counts.dueToday++;
        break;
      case 'due_soon':
        counts.dueSoon++;
        break;
    }
  }
  const last = items[items.length - 1];
  const cut = items.length < total;
  counts.exact = !cut || (!last?.overdueWork && (!last?.deadline || !PRESSING.has(last.deadline.rag)));
  counts.healthAndSafetyExact = !cut;
  return counts;
}

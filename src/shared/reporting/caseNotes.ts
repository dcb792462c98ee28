// Why a case counts in a figure, in the words a manager checking the figure would use.
import { workingDaysBetween, type IsoDate, type WorkingCalendar } from '../complaints/calendar';
import { EXCLUSION_REASON_LABELS, type ExclusionReason } from '../domain/vocabulary';
import type { StageEvent } from './measureRules';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-04-01 → "1 Apr 2026". */
export function shortDate(d: IsoDate): string {
  return `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
}

const days = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

export interface NotedStage {
  received_on: string | null;
  acknowledge_by: string | null;
  acknowledged_on: string | null;
  due_on: string | null;
  extended_to: string | null;
  due_with_extensions: string | null;
  responded_on: string | null;
  refused_on: string | null;
  refused_reason: string | null;
}

export function stageNote(event: StageEvent, s: NotedStage, cal: WorkingCalendar, lastDay: IsoDate): string {
  switch (event) {
    case 'received':
      if (!s.acknowledged_on)
        return `Received ${shortDate(s.received_on!)}; not acknowledged (due ${shortDate(s.acknowledge_by!)})`;
      return `Received ${shortDate(s.received_on!)}; acknowledged ${shortDate(s.acknowledged_on)} (due ${shortDate(s.acknowledge_by!)})`;
    case 'responded':
      return responseNote(s, cal);
    case 'refused': {
      const reason = EXCLUSION_REASON_LABELS[s.refused_reason as ExclusionReason] ?? 'no reason recorded';
      return `Refused ${shortDate(s.refused_on!)}: ${reason}`;
    }
    case 'openAtEnd': {
      const unacknowledged = !s.acknowledged_on || s.acknowledged_on > lastDay;
      const due = unacknowledged ? s.acknowledge_by : s.due_with_extensions;
      const what = unacknowledged ? 'acknowledgement' : 'response';
      if (due && due < lastDay) return `Open on ${shortDate(lastDay)}; ${what} was due ${shortDate(due)}`;
      return `Open on ${shortDate(lastDay)}; ${what} due ${due ? shortDate(due) : 'not set'}`;
    }
  }
}

function responseNote(s: NotedStage, cal: WorkingCalendar): string {
  const on = s.responded_on!;
  const due = s.due_on!;
  if (on <= due) return `Responded ${shortDate(on)}, on time (due ${shortDate(due)})`;
  const late = workingDaysBetween(cal, due, on);
  const lateWords = `${days(Math.max(late, 1))} after the Code's deadline of ${shortDate(due)}`;
  if (s.extended_to && on <= s.extended_to)
    return `Responded ${shortDate(on)}, ${lateWords}, within the extension agreed to ${shortDate(s.extended_to)}`;
  return `Responded ${shortDate(on)}, ${lateWords}`;
}

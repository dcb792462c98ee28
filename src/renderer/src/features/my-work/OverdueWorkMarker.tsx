// What of mine is overdue on a case: investigation tasks and promised actions. A closed case is
// back in My work while a promise to the resident is overdue.
import { Badge } from '@mantine/core';
import type { OverdueWork } from '../../../../shared/contract/complaintTypes';
import { formatIsoDate } from '../../ui/dates';
import { plural } from '../../ui/format';

export function overdueWorkWords(work: OverdueWork): string {
  const parts = [
    work.actions > 0 ? plural(work.actions, 'promised action') : null,
    work.tasks > 0 ? plural(work.tasks, 'investigation task') : null,
  ].filter(Boolean);
  return `Overdue: ${parts.join(' and ')} (since ${formatIsoDate(work.since)})`;
}

export function OverdueWorkMarker({ work }: { work: OverdueWork }) {
  return (
    <Badge color="red.9" radius="sm" variant="filled" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {overdueWorkWords(work)}
    </Badge>
  );
}

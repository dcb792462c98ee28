// An action's due date in words ("3 days overdue"), red when overdue.
import { Badge } from '@mantine/core';
import type { PromisedAction } from '../../../../shared/contract/remedyTypes';
import { actionDueWords } from '../../../../shared/remedies/actions';

export function DueWords({ action, today }: { action: PromisedAction; today: string }) {
  const words = actionDueWords(action, today);
  if (action.overdue)
    return (
      <Badge color="red.9" radius="sm" variant="filled">
        {words}
      </Badge>
    );
  return (
    <Badge color={action.status === 'open' ? 'blue.9' : 'teal.9'} radius="sm" variant="filled">
      {words}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { IMPROVEMENT_STATUS_LABELS, type ImprovementStatus } from '../../../../shared/domain/vocabulary';

// Dark shades: white text stays above 4.5:1 contrast.
const COLOURS: Record<ImprovementStatus, string> = {
  proposed: 'gray.7',
  in_progress: 'indigo.8',
  done: 'teal.9',
};

export function ImprovementStatusBadge({ status }: { status: ImprovementStatus }) {
  return (
    <Badge color={COLOURS[status]} variant="filled" radius="sm">
      {IMPROVEMENT_STATUS_LABELS[status]}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  type CaseStatus,
  type CaseType,
} from '../../../shared/domain/vocabulary';

// Filled badges in dark shades: white text stays above 4.5:1 contrast.
const TYPE_COLOURS: Record<CaseType, string> = {
  complaint: 'red.9',
  service_request: 'indigo.8',
  enquiry: 'gray.7',
  negative_feedback: 'pink.9',
  compliment: 'teal.9',
};

export function CaseTypeBadge({ type }: { type: CaseType }) {
  return (
    <Badge color={TYPE_COLOURS[type]} variant="filled" radius="sm">
      {CASE_TYPE_LABELS[type]}
    </Badge>
  );
}

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge color={status === 'open' ? 'green.9' : 'gray.7'} variant="outline" radius="sm">
      {CASE_STATUS_LABELS[status]}
    </Badge>
  );
}

export function VulnerableBadge() {
  return (
    <Badge color="grape.9" variant="filled" radius="sm">
      Vulnerable
    </Badge>
  );
}

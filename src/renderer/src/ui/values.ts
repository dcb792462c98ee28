// Field names and values from the change log, as a person would say them.
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  CHANNEL_LABELS,
  DIRECTION_LABELS,
} from '../../../shared/domain/vocabulary';
import { truncate } from './format';

const FIELD_LABELS: Record<string, string> = {
  type: 'case type',
  status: 'status',
  summary: 'summary',
  residentId: 'resident',
  resident_id: 'resident',
  channel: 'channel',
  direction: 'direction',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  type: CASE_TYPE_LABELS,
  status: CASE_STATUS_LABELS,
  channel: CHANNEL_LABELS,
  direction: DIRECTION_LABELS,
};

/** A field name in lower case words: `resident_id` → "resident". */
export function fieldLabel(field: string): string {
  return (
    FIELD_LABELS[field] ??
    field
      .replace(/_/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
  );
}

/** A value in words: `closed` → "Closed", null → "(empty)". */
export function showValue(field: string | null, value: unknown, max = 120): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (field && typeof value === 'string' && VALUE_LABELS[field]?.[value])
    return VALUE_LABELS[field][value] ?? value;
  if (typeof value === 'string') return truncate(value, max);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return truncate(JSON.stringify(value), max);
}

// The figure a measure key names in `reporting.measures`: what `reporting.cases` for that key must
// count. Null for the keys about open cases today (the dashboard's tiles), which Measures omits.
import type { Measures } from '../contract/reporting';
import type { MeasureKey } from './measureKeys';

export function figureOf(m: Measures, key: MeasureKey): number | null {
  const [head, ...rest] = key.split('.');
  if (head === 'open') return null;
  let value: unknown = m;
  for (const part of [head, ...rest]) value = (value as Record<string, unknown>)[part!];
  return typeof value === 'number' ? value : null;
}

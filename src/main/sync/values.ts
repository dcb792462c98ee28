// Changes arriving through sync meet the same value rules as the contract (store/fieldValues.ts):
// a date that does not exist, a NUL or a terminal escape in a text, a word outside a field's
// vocabulary is refused whichever door it came through. Checked for every field of every change
// before it is applied; a change with a refused value is held, never stored (apply.ts).
import { fieldValueProblem } from '../store/fieldValues';
import { fieldSetOf, recordKind } from '../store/registry';
import type { Op } from './ops';

/** Why this change's value(s) cannot be stored, or null when every one is acceptable. */
export function valueProblem(op: Op): string | null {
  const kind = recordKind(op.e);
  if (!kind) return null; // not understood here: kept for a newer version, never applied
  const fields = fieldSetOf(kind);
  if (op.o === 'set') {
    if (kind.insertOnly) return `${kind.label}: is never changed once written (a correction is a new one)`;
    if (op.f === null || !fields.has(op.f)) return null;
    const problem = fieldValueProblem(kind.table, op.f, op.v);
    return problem ? `${kind.label} ${op.f.replace(/_/g, ' ')}: ${problem}` : null;
  }
  if (typeof op.v !== 'object' || op.v === null) return null;
  for (const [field, value] of Object.entries(op.v as Record<string, unknown>)) {
    if (!fields.has(field)) continue;
    const problem = fieldValueProblem(kind.table, field, value);
    if (problem) return `${kind.label} ${field.replace(/_/g, ' ')}: ${problem}`;
  }
  return null;
}

// The merge rules, as pure functions: every replica applies them to the same set of changes and
// reaches the same state, whatever order the changes arrived in and however often.

/** A change to one field, as the merge sees it: its clock value and the heads its writer had seen. */
export interface FieldChange {
  hlc: string;
  prev: readonly string[];
}

/** Last writer wins per field; clock values are unique (they carry the installation), so no ties. */
export function wins(incoming: string, current: string | null | undefined): boolean {
  return current === null || current === undefined || incoming > current;
}

/**
 * The heads of a field: changes no other change has seen. One head is the normal case; two or
 * more mean people changed the field without seeing each other's change — a conflict that a
 * person must settle if the field bears a decision.
 */
export function heads(changes: readonly FieldChange[]): string[] {
  const seen = new Set<string>();
  for (const c of changes) for (const p of c.prev) seen.add(p);
  return changes
    .map((c) => c.hlc)
    .filter((h) => !seen.has(h))
    .sort();
}

/** Changes stamped further ahead of this computer's clock than this are held, not applied. */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

export function isTooFarAhead(hlcMillis: number, now: number, maxAheadMs = MAX_CLOCK_AHEAD_MS): boolean {
  return hlcMillis > now + maxAheadMs;
}

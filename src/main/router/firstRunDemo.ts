// `--demo`: fill an empty store with demo cases on first run, so there is something to look at.
// Shared by the Electron domain process and the local host; it goes through dispatch like any
// call, to the procedure a window's "Add demo data" uses, which adds nothing to a store that
// already has records (so `--demo` on a store in use is harmless).
import type { Dispatch } from './types';

export const DEMO_CASES = 500;

export type DemoOutcome = { seeded: false; reason: string } | { seeded: true; cases: number };

export async function seedDemoIfEmpty(dispatch: Dispatch, cases = DEMO_CASES): Promise<DemoOutcome> {
  const seeded = await dispatch('demo.seedEmptyStore', { cases });
  if (!seeded.ok) return { seeded: false, reason: seeded.error.message };
  return { seeded: true, cases: (seeded.value as { cases: number }).cases };
}

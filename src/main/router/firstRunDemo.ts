// `--demo`: fill an empty store with demo cases on first run, so there is something to look at.
// Shared by the Electron domain process and the local host; it goes through dispatch like any call.
import type { Dispatch } from './types';

export const DEMO_CASES = 500;

export type DemoOutcome = { seeded: false; reason: string } | { seeded: true; cases: number };

export async function seedDemoIfEmpty(dispatch: Dispatch, cases = DEMO_CASES): Promise<DemoOutcome> {
  const status = await dispatch('app.status', {});
  if (!status.ok) return { seeded: false, reason: status.error.message };
  const { isEmpty } = status.value as { isEmpty?: boolean };
  if (!isEmpty) return { seeded: false, reason: 'the store already has data' };
  const seeded = await dispatch('demo.seed', { cases });
  if (!seeded.ok) return { seeded: false, reason: seeded.error.message };
  return { seeded: true, cases: (seeded.value as { cases: number }).cases };
}

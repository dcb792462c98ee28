// `--demo`: demo data in an empty store, so there is something to look at. One path with the
// welcome screen's "Add demo data": the same procedure and the same number of cases, added for
// the officer who sets up. When nobody has set up yet (a new store), the app is opened with
// `demo: true` and the welcome screen adds it straight after the officer's details; when someone
// has, it is added now. A store with records gets nothing (so `--demo` on a store in use is harmless).
import type { AppStatus } from '../../shared/contract/types';
import type { Dispatch } from './types';

export type DemoOutcome =
  { kind: 'added'; cases: number } | { kind: 'after set-up' } | { kind: 'refused'; reason: string };

export async function seedDemoIfEmpty(dispatch: Dispatch): Promise<DemoOutcome> {
  const status = await dispatch('app.status', {});
  if (!status.ok) return { kind: 'refused', reason: status.error.message };
  const { me, isEmpty } = status.value as AppStatus;
  if (!me && isEmpty) return { kind: 'after set-up' };
  const seeded = await dispatch('demo.seedEmptyStore', {});
  if (!seeded.ok) return { kind: 'refused', reason: seeded.error.message };
  return { kind: 'added', cases: (seeded.value as { cases: number }).cases };
}

/** One line for the terminal, the same from either front door. */
export function demoOutcomeLine(outcome: DemoOutcome): string {
  switch (outcome.kind) {
    case 'added':
      return `Demo data: ${outcome.cases} cases added.`;
    case 'after set-up':
      return 'Demo data: added as soon as you have set up who you are in the window.';
    case 'refused':
      return `Demo data not added: ${outcome.reason}.`;
  }
}

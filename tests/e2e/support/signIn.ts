// The password every e2e officer is set up with, and signing the host's officer back in after a
// restart (the store opens locked): the suite's files set up and restart without knowing either.
import type { Locator, Page } from 'playwright-core';
import type { LocalHost } from '../../../src/main/host/localHost';

export const E2E_PASSWORD = 'correct horse battery staple';

interface Status {
  state: 'new' | 'locked' | 'signedIn';
  me: { id: string } | null;
  people: Array<{ id: string }>;
}

async function status(host: LocalHost): Promise<Status> {
  const result = await host.app.dispatch('session.status', {});
  if (!result.ok) throw new Error(`session.status failed: ${result.error.code} ${result.error.message}`);
  return result.value as Status;
}

/** Who is signed in on this host now (null when nobody is, or nobody is set up). */
export async function signedInPerson(host: LocalHost): Promise<string | null> {
  const s = await status(host);
  return s.state === 'signedIn' ? (s.me?.id ?? null) : null;
}

/** Signs `personId` in with the e2e password, as the sign-in screen would. */
export async function signInAgain(host: LocalHost, personId: string): Promise<void> {
  if ((await status(host)).state !== 'locked') return;
  const result = await host.app.dispatch('session.signIn', { personId, password: E2E_PASSWORD });
  if (!result.ok) throw new Error(`session.signIn failed: ${result.error.code} ${result.error.message}`);
}

/**
 * A password box by its label. Password boxes have no ARIA role, so they are found by label; the
 * label's text ends with the required asterisk, and "Show password" buttons must not match.
 */
export function passwordBox(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/**
 * A store set up beforehand from the command line (with the tests' password): its first person
 * signs in as they would at the sign-in screen, so the test starts at their My work.
 */
export async function signInFirstPerson(host: LocalHost, password: string): Promise<void> {
  const s = await status(host);
  if (s.state !== 'locked' || !s.people[0]) return;
  const result = await host.app.dispatch('session.signIn', { personId: s.people[0].id, password });
  if (!result.ok) throw new Error(`session.signIn failed: ${result.error.code} ${result.error.message}`);
}

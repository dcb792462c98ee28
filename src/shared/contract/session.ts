// Who is at the keyboard: set-up with a password, sign-in, lock and password changes. The store is
// encrypted; while nobody is signed in only these procedures and `app.status` answer.
import { z } from 'zod';
import { recordId } from '../domain/fields';
import { administrators, anyone, mutation, officers, query } from './procedure';
import type { Person } from './types';

/** Someone who may sign in on this computer (their key is held here): no resident data. */
export interface SignInPerson {
  id: string;
  name: string;
  initials: string;
}

export interface SessionStatus {
  /** `new`: nobody set up yet; `locked`: set up, nobody signed in; `signedIn`: `me` is at the keyboard. */
  state: 'new' | 'locked' | 'signedIn';
  me: Person | null;
  /** Who may sign in here, by name. */
  people: SignInPerson[];
  /** Lock after this many minutes without use (a setting of this computer). */
  lockAfterMinutes: number;
  /** Seconds before the next sign-in attempt is allowed after failed ones (0: now). */
  waitSeconds: number;
}

export const MIN_PASSWORD_LENGTH = 10;

export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(200, { message: 'A password can have at most 200 characters' });

export const SignInInput = z.object({
  personId: recordId,
  /** Checked, never stored: any length, so a wrong one is just wrong. */
  password: z.string().max(200),
});

export const ChangePasswordInput = z.object({ current: z.string().max(200), next: password });

export const LockAfterInput = z.object({
  minutes: z
    .number()
    .int()
    .min(1, { message: 'At least 1 minute' })
    .max(240, { message: 'At most 240 minutes (4 hours)' }),
});

export const sessionProcedures = {
  'session.status': query<SessionStatus>()(z.object({}), anyone),
  /** Wrong password: SIGN_IN_FAILED with details.waitSeconds (back-off grows with each failure). */
  'session.signIn': mutation<SessionStatus>('local')(SignInInput, anyone),
  /** Locks now (the window's inactivity timer, sleep, lid close, "Lock" in the menu). */
  'session.lock': mutation<SessionStatus>('local')(z.object({}), anyone),
  /** Re-wraps the keys under the new password (nothing is re-encrypted); syncs to other computers. */
  'session.changePassword': mutation<SessionStatus>('synced')(ChangePasswordInput, officers),
  'session.setLockAfter': mutation<SessionStatus>('local')(
    LockAfterInput,
    administrators('change how soon this computer locks'),
  ),
} as const;

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
  /**
   * `new`: nobody set up yet; `locked`: set up, nobody signed in; `signedIn`: `me` is at the
   * keyboard; `choosePassword`: `me` signed in with a temporary password (one an administrator
   * set) and nothing else answers until they choose their own (`session.choosePassword`).
   */
  state: 'new' | 'locked' | 'signedIn' | 'choosePassword';
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

/**
 * How a password came to be: chosen by its holder, given by an administrator (temporary), or set
 * with the recovery key. Kept with the synced credentials, so the audit trail says which.
 */
export const PASSWORD_SET_WITH = ['own password', 'administrator', 'recovery key'] as const;
export type PasswordSetWith = (typeof PASSWORD_SET_WITH)[number];

/** Only a password its holder chose is theirs to keep; one an administrator gave them is not. */
export function mustChangeAfter(setWith: PasswordSetWith): boolean {
  return setWith === 'administrator';
}

/** As printed at set-up: spaces, dashes and case do not matter (checked in full by the store). */
export const recoveryKey = z
  .string()
  .trim()
  .min(1, { message: 'Enter the recovery key' })
  .max(100, { message: 'A recovery key is 32 letters and digits' });

export const SignInInput = z.object({
  personId: recordId,
  /** Checked, never stored: any length, so a wrong one is just wrong. */
  password: z.string().max(200),
});

export const ChangePasswordInput = z.object({ current: z.string().max(200), next: password });

export const ChoosePasswordInput = z.object({ next: password });

export const RecoveryPeopleInput = z.object({ recoveryKey });

export const RecoverInput = z.object({ recoveryKey, personId: recordId, next: password });

export interface NewRecoveryKey {
  /** Shown this once: 8 groups of 4 letters and digits. */
  recoveryKey: string;
}

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
  /** A temporary password's holder chooses their own (state `choosePassword`); then they are signed in. */
  'session.choosePassword': mutation<SessionStatus>('synced')(ChoosePasswordInput, anyone),
  /**
   * Checks a recovery key (a wrong one counts towards the same back-off as wrong passwords) and
   * lists the active people whose password it may reset.
   */
  'session.recoveryPeople': mutation<SignInPerson[]>('local')(RecoveryPeopleInput, anyone),
  /**
   * Every password forgotten: the recovery key opens the store and sets a new password for any
   * active person, who is then signed in. Audited as set with the recovery key; syncs.
   */
  'session.recover': mutation<SessionStatus>('synced')(RecoverInput, anyone),
  /** A new recovery key replaces this computer's old one (which stops working); shown once. */
  'session.newRecoveryKey': mutation<NewRecoveryKey>('local')(
    z.object({}),
    administrators('make a new recovery key'),
  ),
  'session.setLockAfter': mutation<SessionStatus>('local')(
    LockAfterInput,
    administrators('change how soon this computer locks'),
  ),
} as const;

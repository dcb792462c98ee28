// The sentences of signing in, in one place so the screens and their tests agree.
import { MIN_PASSWORD_LENGTH } from '../../../../shared/contract/session';

export const PASSWORD_RULES = `At least ${MIN_PASSWORD_LENGTH} characters. A few ordinary words in a row are easy to remember and hard to guess.`;

export function waitSentence(seconds: number): string {
  return `Too many tries — wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

export function wrongPasswordSentence(name: string): string {
  return `That is not ${name}’s password. Check Caps Lock and try again.`;
}

/** Why the sign-in screen came up, when Redress locked rather than the officer choosing to. */
export const LOCK_REASONS = {
  idle: 'Redress locked itself because it was not used for a while.',
  computer: 'Redress locked because this computer went to sleep or its screen was locked.',
  signedOut:
    'You have been signed out, perhaps because your access on this computer changed. Sign in again to carry on.',
} as const;

export type LockReason = keyof typeof LOCK_REASONS;

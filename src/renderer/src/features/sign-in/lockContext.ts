// What the rest of the app may ask of the sign-in gate: lock now, and the session as it stands
// (the lock-after setting), replaced by a session procedure's answer.
import { createContext, useContext } from 'react';
import type { SessionStatus } from '../../../../shared/contract/session';

export interface Lock {
  session: SessionStatus;
  /** Locks Redress now: the sign-in screen replaces everything. */
  lock(): void;
  /** Takes a session procedure's answer (a new lock-after setting, a changed password). */
  update(next: SessionStatus): void;
}

export const LockContext = createContext<Lock | null>(null);

export function useLock(): Lock {
  const value = useContext(LockContext);
  if (!value) throw new Error('useLock must be used inside <SessionGate>');
  return value;
}

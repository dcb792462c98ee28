// The sign-in gate around the app: while nobody is signed in only the sign-in screen is drawn
// (the app below is unmounted, so none of its data stays on screen or in the page). It locks on
// request, after the lock-after minutes without use, when the desktop app says the computer slept
// or locked its screen, and whenever a procedure answers SIGNED_OUT. The address (and so the
// screen the officer was on) is left alone, so signing back in returns there.
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Person } from '../../../../shared/contract/types';
import type { SessionStatus } from '../../../../shared/contract/session';
import { useApi } from '../../api/ApiContext';
import { onLockedByComputer, onSignedOut } from '../../api/transport';
import { navigate } from '../../nav/useRoute';
import { LockContext, type Lock } from './lockContext';
import { ChoosePasswordScreen } from './ChoosePasswordScreen';
import { RecoveryScreen } from './RecoveryScreen';
import { SignInScreen } from './SignInScreen';
import type { LockReason } from './signInWords';
import { useInactivityLock } from './useInactivityLock';

export function SessionGate({
  initial,
  onSignedIn,
  children,
}: {
  initial: SessionStatus;
  /** After each sign-in (what the app knows about this computer may be read again). */
  onSignedIn: () => void;
  /** The app for the person signed in; drawn afresh after each sign-in. */
  children: (me: Person, signIns: number) => ReactNode;
}) {
  const api = useApi();
  const [session, setSession] = useState(initial);
  const [reason, setReason] = useState<LockReason | null>(null);
  const [signIns, setSignIns] = useState(0);
  // Who signed in last: picked already on the sign-in screen, and the one whose screen it was.
  const [lastPersonId, setLastPersonId] = useState<string | null>(initial.me?.id ?? null);
  const signedIn = session.state === 'signedIn' && session.me !== null;
  // The sign-in screen, or the recovery key's way in when a password is forgotten.
  const [recovering, setRecovering] = useState(false);

  /** Hides the app at once, then asks the domain (or just reads where it stands). */
  const lockedBy = useCallback(
    (why: LockReason | null, ask: 'session.lock' | 'session.status') => {
      setSession((s) => ({ ...s, state: s.state === 'new' ? 'new' : 'locked', me: null }));
      setReason(why);
      setRecovering(false);
      api.call(ask, {}).then(
        (next) => setSession(next.state === 'signedIn' ? { ...next, state: 'locked', me: null } : next),
        // The screen is locked already; the people list stays as it was.
        () => undefined,
      );
    },
    [api],
  );

  const lock = useCallback(() => lockedBy(null, 'session.lock'), [lockedBy]);

  // A call sent just before Redress locked itself answers SIGNED_OUT after it: that is no news, and
  // must not replace the reason the screen gives (it already says why it locked).
  const signedInNow = useRef(signedIn);
  useEffect(() => {
    signedInNow.current = signedIn;
  }, [signedIn]);
  useEffect(
    () => onSignedOut(() => (signedInNow.current ? lockedBy('signedOut', 'session.status') : undefined)),
    [lockedBy],
  );
  useEffect(() => onLockedByComputer(() => lockedBy('computer', 'session.status')), [lockedBy]);
  const idle = useCallback(() => lockedBy('idle', 'session.lock'), [lockedBy]);
  useInactivityLock(session.lockAfterMinutes, signedIn, idle);
  useHotkeys([['mod+shift+L', () => signedIn && lock(), { usePhysicalKeys: true }]], [], true);

  const value = useMemo<Lock>(() => ({ session, lock, update: setSession }), [session, lock]);

  const afterSignIn = (next: SessionStatus) => {
    // Someone else's screen is not theirs to land on: they start at My work.
    if (lastPersonId && next.me && next.me.id !== lastPersonId) navigate({ name: 'my-work' });
    setLastPersonId(next.me?.id ?? lastPersonId);
    setReason(null);
    setRecovering(false);
    setSignIns((n) => n + 1);
    setSession(next);
    if (next.state === 'signedIn') onSignedIn();
  };

  if (session.state === 'choosePassword') {
    return <ChoosePasswordScreen session={session} onChosen={afterSignIn} onCancel={lock} />;
  }
  if (!signedIn || !session.me) {
    if (recovering)
      return (
        <RecoveryScreen
          waitSeconds={session.waitSeconds}
          onSignedIn={afterSignIn}
          onCancel={() => lockedBy(null, 'session.status')}
        />
      );
    return (
      <SignInScreen
        key={`${signIns}:${session.people.length}`}
        session={session}
        reason={reason}
        lastPersonId={lastPersonId}
        onSignedIn={afterSignIn}
        onForgotten={() => setRecovering(true)}
      />
    );
  }
  return <LockContext.Provider value={value}>{children(session.me, signIns)}</LockContext.Provider>;
}

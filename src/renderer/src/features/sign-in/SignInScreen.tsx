// The sign-in screen: shown instead of the whole app while Redress is locked, so nothing of the
// last screen stays visible. Choose who you are, type your password; wrong passwords slow the
// next try down (the domain says how long, and the screen counts it down).
import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useCallback, useState, type FormEvent } from 'react';
import { AppError } from '../../../../shared/contract/errors';
import type { SessionStatus } from '../../../../shared/contract/session';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { PasswordField } from './PasswordField';
import { PersonPicker } from './PersonPicker';
import { LOCK_REASONS, type LockReason, wrongPasswordSentence } from './signInWords';
import { WaitNotice } from './WaitNotice';

function waitSecondsOf(error: unknown): number {
  const wait = (error as AppError).details?.waitSeconds;
  return typeof wait === 'number' && wait > 0 ? wait : 0;
}

export function SignInScreen({
  session,
  reason,
  lastPersonId,
  onSignedIn,
  onForgotten,
}: {
  session: SessionStatus;
  reason: LockReason | null;
  lastPersonId: string | null;
  onSignedIn: (next: SessionStatus) => void;
  /** "Forgotten your password?": the recovery key instead. */
  onForgotten: () => void;
}) {
  useDocumentTitle('Sign in · Redress');
  const api = useApi();
  const only = session.people.length === 1 ? session.people[0]!.id : null;
  const [personId, setPersonId] = useState<string | null>(
    session.people.some((p) => p.id === lastPersonId) ? lastPersonId : only,
  );
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ person?: string; password?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Each refusal starts its own count (`attempt` keys the notice); 0 seconds: no wait.
  const [wait, setWait] = useState({ seconds: session.waitSeconds, attempt: 0 });
  const waitOver = useCallback(() => setWait((w) => ({ ...w, seconds: 0 })), []);
  const waiting = wait.seconds > 0;
  const person = session.people.find((p) => p.id === personId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId) return setErrors({ person: 'Choose who is signing in' });
    if (!password) return setErrors({ password: 'Enter your password' });
    if (waiting) return;
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      onSignedIn(await api.call('session.signIn', { personId, password }));
    } catch (error) {
      setBusy(false);
      if (error instanceof AppError && error.code === 'SIGN_IN_FAILED') {
        setPassword('');
        setErrors({ password: wrongPasswordSentence(person?.name ?? 'this person') });
        setWait((w) => ({ seconds: waitSecondsOf(error), attempt: w.attempt + 1 }));
      } else {
        setFormError(messageOf(error));
      }
    }
  }

  return (
    // The page's one main landmark: this screen replaces the whole app.
    <Center component="main" mih="100vh" p="lg" bg="gray.0">
      <Paper withBorder radius="md" p="xl" w={520} maw="100%" shadow="xs">
        <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
          <Stack gap="md">
            <Group gap="sm" wrap="nowrap">
              <IconLock size={28} aria-hidden color="var(--mantine-color-indigo-8)" />
              <Title order={1} size="h2" id="sign-in-title">
                Sign in to Redress
              </Title>
            </Group>
            {reason ? (
              <Alert variant="light" color="indigo" role="status" p="sm">
                {LOCK_REASONS[reason]}
              </Alert>
            ) : (
              <Text>Redress is locked. Choose who you are and type your password to carry on.</Text>
            )}
            {session.people.length === 0 ? (
              <Alert color="red" variant="light" role="alert">
                Nobody can sign in on this computer. An administrator can open it with the recovery key
                printed when Redress was set up: choose “Forgotten your password?”.
              </Alert>
            ) : (
              <PersonPicker
                people={session.people}
                value={personId}
                onChange={(id) => {
                  setPersonId(id);
                  setErrors({});
                }}
                error={errors.person}
              />
            )}
            <PasswordField
              label="Password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              required
              data-autofocus
              autoFocus={personId !== null}
            />
            {waiting && <WaitNotice key={wait.attempt} seconds={wait.seconds} onOver={waitOver} />}
            {formError && (
              <Alert color="red" variant="light" role="alert" p="sm">
                {formError}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={busy} disabled={waiting || session.people.length === 0}>
                Sign in
              </Button>
              <Button variant="subtle" onClick={onForgotten}>
                Forgotten your password?
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

// "Forgotten your password?": the recovery key printed at set-up opens the store, and sets a new
// password for any active person, who is then signed in. A wrong key counts towards the same wait
// as wrong passwords. Afterwards an administrator is offered a new recovery key, since the old one
// has been out of its drawer.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback, useState, type FormEvent } from 'react';
import { contract } from '../../../../shared/contract';
import { AppError } from '../../../../shared/contract/errors';
import type { SessionStatus, SignInPerson } from '../../../../shared/contract/session';
import { mayCall } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, messageOf, type FieldErrors } from '../../api/errors';
import { FormAlert } from '../../ui/FormAlert';
import { GateFrame } from './GateFrame';
import { NewPasswordFields, newPasswordErrors, type NewPassword } from './NewPasswordFields';
import { NewRecoveryKeyOffer } from './NewRecoveryKeyOffer';
import { PersonPicker } from './PersonPicker';
import { WaitNotice } from './WaitNotice';

type Step =
  { name: 'key' } | { name: 'person'; people: SignInPerson[] } | { name: 'done'; status: SessionStatus };

export function RecoveryScreen({
  waitSeconds,
  onSignedIn,
  onCancel,
}: {
  waitSeconds: number;
  onSignedIn: (next: SessionStatus) => void;
  onCancel: () => void;
}) {
  useDocumentTitle('Forgotten password · Redress');
  const api = useApi();
  const [step, setStep] = useState<Step>({ name: 'key' });
  const [recoveryKey, setRecoveryKey] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [password, setPassword] = useState<NewPassword>({ next: '', again: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState({ seconds: waitSeconds, attempt: 0 });
  const waitOver = useCallback(() => setWait((w) => ({ ...w, seconds: 0 })), []);
  const waiting = wait.seconds > 0;

  /** Sends, and says what went wrong where it belongs: the key, a field, or the form. */
  async function send(work: () => Promise<void>) {
    setFormError(null);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      if (error instanceof AppError && error.code === 'SIGN_IN_FAILED' && step.name === 'key') {
        const seconds = error.details?.waitSeconds;
        setErrors({ recoveryKey: 'That is not this computer’s recovery key. Check each group of four.' });
        setWait((w) => ({ seconds: typeof seconds === 'number' ? seconds : 0, attempt: w.attempt + 1 }));
      } else {
        const fields = fieldErrorsFrom(error);
        setErrors(fields);
        if (Object.keys(fields).length === 0) setFormError(messageOf(error));
      }
    } finally {
      setBusy(false);
    }
  }

  function checkKey(event: FormEvent) {
    event.preventDefault();
    if (!recoveryKey.trim()) return setErrors({ recoveryKey: 'Enter the recovery key' });
    if (waiting) return;
    setErrors({});
    void send(async () => {
      const people = await api.call('session.recoveryPeople', { recoveryKey });
      setPersonId(people.length === 1 ? people[0]!.id : null);
      setStep({ name: 'person', people });
    });
  }

  function reset(event: FormEvent) {
    event.preventDefault();
    const found = newPasswordErrors(password);
    if (!personId) found.person = 'Choose whose password to set';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void send(async () => {
      const status = await api.call('session.recover', {
        recoveryKey,
        personId: personId!,
        next: password.next,
      });
      setRecoveryKey('');
      setStep({ name: 'done', status });
    });
  }

  if (step.name === 'done') {
    const { status } = step;
    const mayMakeKey = mayCall(contract['session.newRecoveryKey'].properties.allow, status.me?.role ?? null);
    return (
      <GateFrame title="Password set" titleId="recovery-title">
        <Alert color="teal" variant="light" role="status" p="sm">
          {status.me?.name}’s new password is set, and you are signed in as them. The change is recorded in
          the audit trail as made with the recovery key.
        </Alert>
        <NewRecoveryKeyOffer mayMakeKey={mayMakeKey} onDone={() => onSignedIn(status)} />
      </GateFrame>
    );
  }

  return (
    <GateFrame title="Forgotten your password?" titleId="recovery-title">
      <Alert color="orange" variant="light" p="sm" title="Anyone holding the recovery key can do this">
        The recovery key printed when Redress was set up on this computer opens it and sets a new password for
        anyone who works here. Use it only when a password is forgotten, and lock it away again afterwards.
      </Alert>
      {step.name === 'key' ? (
        <form onSubmit={checkKey} noValidate aria-labelledby="recovery-title">
          <Stack gap="md">
            <TextInput
              label="Recovery key"
              description="As printed: 8 groups of 4 letters and digits. Spaces, dashes and capitals do not matter."
              value={recoveryKey}
              onChange={(e) => setRecoveryKey(e.currentTarget.value)}
              error={errors.recoveryKey}
              required
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              autoFocus
            />
            {waiting && <WaitNotice key={wait.attempt} seconds={wait.seconds} onOver={waitOver} />}
            <FormAlert message={formError} />
            <Group>
              <Button type="submit" loading={busy} disabled={waiting}>
                Continue
              </Button>
              <Button variant="subtle" onClick={onCancel}>
                Back to sign-in
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <form onSubmit={reset} noValidate aria-labelledby="recovery-title">
          <Stack gap="md">
            <Text>The key is right. Choose whose password to set, and type their new password.</Text>
            <PersonPicker
              label="Whose password?"
              people={step.people}
              value={personId}
              onChange={(id) => {
                setPersonId(id);
                setErrors({});
              }}
              error={errors.person}
            />
            <NewPasswordFields value={password} onChange={setPassword} errors={errors} />
            <FormAlert message={formError} />
            <Group>
              <Button type="submit" loading={busy}>
                Set the password and sign in
              </Button>
              <Button variant="subtle" onClick={onCancel}>
                Back to sign-in
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </GateFrame>
  );
}

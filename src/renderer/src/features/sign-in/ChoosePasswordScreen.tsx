// Signed in with a temporary password (one an administrator gave them): before anything else
// opens, the person chooses their own. The domain refuses every other procedure until they do.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import type { SessionStatus } from '../../../../shared/contract/session';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, messageOf, type FieldErrors } from '../../api/errors';
import { FormAlert } from '../../ui/FormAlert';
import { GateFrame } from './GateFrame';
import { NewPasswordFields, newPasswordErrors, type NewPassword } from './NewPasswordFields';

export function ChoosePasswordScreen({
  session,
  onChosen,
  onCancel,
}: {
  session: SessionStatus;
  onChosen: (next: SessionStatus) => void;
  onCancel: () => void;
}) {
  useDocumentTitle('Choose your password · Redress');
  const api = useApi();
  const [value, setValue] = useState<NewPassword>({ next: '', again: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = newPasswordErrors(value);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      onChosen(await api.call('session.choosePassword', { next: value.next }));
    } catch (error) {
      setBusy(false);
      const fields = fieldErrorsFrom(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(messageOf(error));
    }
  }

  return (
    <GateFrame title="Choose your own password" titleId="choose-password-title">
      <form onSubmit={submit} noValidate aria-labelledby="choose-password-title">
        <Stack gap="md">
          <Text>
            {session.me ? `Welcome, ${session.me.name}. ` : ''}You signed in with a password an administrator
            gave you. Choose one only you know before you carry on: nobody, not even an administrator, will be
            able to see it.
          </Text>
          <NewPasswordFields value={value} onChange={setValue} errors={errors} label="Your new password" />
          <FormAlert message={formError} />
          <Group>
            <Button type="submit" loading={busy}>
              Save my password and carry on
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              Back to sign-in
            </Button>
          </Group>
        </Stack>
      </form>
    </GateFrame>
  );
}

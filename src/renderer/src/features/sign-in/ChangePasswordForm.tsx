// Settings → Sign-in and security: a new password for the person signed in. The domain checks the
// current one (a wrong one counts as a failed sign-in, with the same wait) and re-wraps the keys.
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { AppError } from '../../../../shared/contract/errors';
import { ChangePasswordInput } from '../../../../shared/contract/session';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf, type FieldErrors } from '../../api/errors';
import { FormAlert } from '../../ui/FormAlert';
import { PasswordField } from './PasswordField';
import { useLock } from './lockContext';
import { PASSWORD_RULES, waitSentence } from './signInWords';

export function ChangePasswordForm() {
  const api = useApi();
  const { update } = useLock();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { current, next };
    const parsed = ChangePasswordInput.safeParse(input);
    const found = parsed.success ? {} : fieldErrorsFromZod(parsed.error.issues);
    if (!current) found.current = 'Enter your current password';
    if (!found.next && confirm !== next) found.confirm = 'The two new passwords are different';
    if (Object.keys(found).length > 0) return setErrors(found);
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      update(await api.call('session.changePassword', input));
      setCurrent('');
      setNext('');
      setConfirm('');
      notifications.show({ color: 'teal.9', message: 'Your password is changed' });
    } catch (error) {
      if (error instanceof AppError && error.code === 'SIGN_IN_FAILED') {
        const wait = error.details?.waitSeconds;
        setErrors({
          current: `That is not your current password.${typeof wait === 'number' && wait > 0 ? ` ${waitSentence(wait)} before trying again.` : ''}`,
        });
      } else {
        const fields = fieldErrorsFrom(error);
        setErrors(fields);
        if (Object.keys(fields).length === 0) setFormError(messageOf(error));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Change your password">
      <Stack gap="sm" maw={420}>
        <PasswordField
          label="Current password"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.current}
          required
        />
        <PasswordField
          label="New password"
          description={PASSWORD_RULES}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={errors.next}
          required
          autoComplete="new-password"
        />
        <PasswordField
          label="New password again"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={errors.confirm}
          required
          autoComplete="new-password"
        />
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={busy}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// Add a colleague, or correct one's details (Settings → People). Ctrl+Enter saves, as elsewhere.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { Colleague } from '../../../../shared/contract';
import { DialogFields } from '../../ui/DialogFields';
import { PASSWORD_RULES, PasswordField } from '../sign-in';
import { ColleagueFields, NO_COLLEAGUE, type ColleagueValues } from './ColleagueFields';
import { useColleagueSave } from './useColleagueSave';

const valuesOf = (c: Colleague): ColleagueValues => ({
  name: c.name,
  initials: c.initials,
  role: c.role,
  email: c.email ?? '',
  phone: c.phone ?? '',
  team: c.team ?? '',
});

export function ColleagueForm({
  colleague,
  onSaved,
  onCancel,
}: {
  /** Absent: a new colleague. */
  colleague?: Colleague;
  onSaved: (c: Colleague) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<ColleagueValues>(colleague ? valuesOf(colleague) : NO_COLLEAGUE);
  const [password, setPassword] = useState('');
  const { busy, errors, save } = useColleagueSave();

  function submit(event?: FormEvent) {
    event?.preventDefault();
    void save(values, colleague?.id, password).then((c) => c && onSaved(c));
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={colleague ? `Edit ${colleague.name}` : 'Add a colleague'}
      onKeyDownCapture={(e) => getHotkeyHandler([['mod+Enter', () => submit()]])(e)}
    >
      <Stack gap="md">
        {errors.form && (
          <Alert
            color="red"
            variant="light"
            title="Not saved"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
          >
            {errors.form}
          </Alert>
        )}
        <DialogFields>
          <ColleagueFields values={values} onChange={setValues} errors={errors.fields} autoFocus />
          {!colleague && (
            <PasswordField
              label="First password (optional)"
              description={`So they can sign in on this computer; they change it once signed in. ${PASSWORD_RULES}`}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.fields.password}
              autoComplete="new-password"
              maw={420}
            />
          )}
        </DialogFields>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {colleague ? 'Save changes' : 'Add colleague'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

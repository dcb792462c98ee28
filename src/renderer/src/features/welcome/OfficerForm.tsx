import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { SetUpOfficerInput } from '../../../../shared/contract/inputs';
import type { Person } from '../../../../shared/contract/types';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf, type FieldErrors } from '../../api/errors';
import { PASSWORD_RULES, PasswordField } from '../sign-in';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function suggestInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[^A-Za-z]/g, '').charAt(0))
    .join('')
    .slice(0, 4)
    .toUpperCase();
}

export function OfficerForm({ onSaved }: { onSaved: (me: Person, recoveryKey: string) => void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [initialsTouched, setInitialsTouched] = useState(false);
  // The first person on a new store sets it up and adds everyone else: usually its administrator.
  const [role, setRole] = useState<Role>('admin');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, initials, role, password };
    const parsed = SetUpOfficerInput.safeParse(input);
    const found = parsed.success ? {} : fieldErrorsFromZod(parsed.error.issues);
    if (!found.password && confirm !== password) found.confirm = 'The two passwords are different';
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      const { recoveryKey, ...me } = await api.call('people.setUpOfficer', input);
      onSaved(me, recoveryKey);
    } catch (error) {
      const fields = fieldErrorsFrom(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="About you">
      <Stack>
        <TextInput
          label="Your name"
          description="As colleagues and residents will see it on records you make."
          value={name}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setName(v);
            if (!initialsTouched) setInitials(suggestInitials(v));
          }}
          error={errors.name}
          required
          autoComplete="name"
          data-autofocus
          autoFocus
        />
        <TextInput
          label="Your initials"
          description="One to four letters."
          value={initials}
          onChange={(e) => {
            setInitialsTouched(true);
            setInitials(e.currentTarget.value);
          }}
          error={errors.initials}
          required
          maxLength={4}
          w={160}
        />
        <Select
          label="Your role"
          data={ROLE_OPTIONS}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
          error={errors.role}
          allowDeselect={false}
          w={280}
        />
        <PasswordField
          label="Choose a password"
          description={`${PASSWORD_RULES} You will type it each time you sign in.`}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          required
          autoComplete="new-password"
          maw={420}
        />
        <PasswordField
          label="Type the password again"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={errors.confirm}
          required
          autoComplete="new-password"
          maw={420}
        />
        {formError && (
          <div role="alert" style={{ color: 'var(--mantine-color-red-8)' }}>
            {formError}
          </div>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            Continue
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// The details of a colleague, as the Add and Edit forms (and the in-place add) ask for them.
import { Autocomplete, Group, Select, TextInput } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import type { FieldErrors } from '../../api/errors';

export interface ColleagueValues {
  name: string;
  initials: string;
  role: Role;
  email: string;
  phone: string;
  team: string;
}

export const NO_COLLEAGUE: ColleagueValues = {
  name: '',
  initials: '',
  role: 'officer',
  email: '',
  phone: '',
  team: '',
};

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Initials from a name as it is typed: "Tom Reid" → "TR". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z]/g, '').charAt(0))
    .join('')
    .slice(0, 4)
    .toUpperCase();
}

export function ColleagueFields({
  values,
  onChange,
  errors,
  autoFocus = false,
  compact = false,
}: {
  values: ColleagueValues;
  onChange: (next: ColleagueValues) => void;
  errors: FieldErrors;
  autoFocus?: boolean;
  /** In another dialog: name, initials and email only (the rest can be added under Settings). */
  compact?: boolean;
}) {
  const teams = useQuery('teams.list', {}, { enabled: !compact });
  const set = <K extends keyof ColleagueValues>(key: K, value: ColleagueValues[K]) =>
    onChange({ ...values, [key]: value });
  const setName = (name: string) => {
    // Initials follow the name until the officer types their own.
    const follow = values.initials === '' || values.initials === initialsOf(values.name);
    onChange({ ...values, name, initials: follow ? initialsOf(name) : values.initials });
  };
  return (
    <>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="Name"
          value={values.name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          style={{ flex: 1, minWidth: 220 }}
        />
        <TextInput
          label="Initials"
          description="1 to 4 letters"
          value={values.initials}
          onChange={(e) => set('initials', e.currentTarget.value)}
          error={errors.initials}
          required
          w={110}
        />
      </Group>
      {!compact && (
        <Select
          label="Role"
          data={ROLE_OPTIONS}
          value={values.role}
          onChange={(v) => v && set('role', v as Role)}
          allowDeselect={false}
          error={errors.role}
          w={220}
        />
      )}
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="Email"
          description="For letters and for residents to reach them"
          type="email"
          value={values.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={errors.email}
          style={{ flex: 1, minWidth: 220 }}
        />
        {!compact && (
          <TextInput
            label="Phone"
            value={values.phone}
            onChange={(e) => set('phone', e.currentTarget.value)}
            error={errors.phone}
            w={200}
          />
        )}
      </Group>
      {!compact && (
        <Autocomplete
          label="Team"
          description="Choose one of your teams, or type another"
          data={teams.data ?? []}
          value={values.team}
          onChange={(v) => set('team', v)}
          error={errors.team}
          w={300}
        />
      )}
    </>
  );
}

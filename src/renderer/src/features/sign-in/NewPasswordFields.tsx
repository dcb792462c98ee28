// A new password typed twice, with the same rules and show/hide as set-up: for choosing one's own
// password and for a reset with the recovery key.
import { password as passwordRule } from '../../../../shared/contract/session';
import type { FieldErrors } from '../../api/errors';
import { PasswordField } from './PasswordField';
import { PASSWORD_RULES } from './signInWords';

export interface NewPassword {
  next: string;
  again: string;
}

/** What is wrong with the pair, by field (`next`, `again`); empty when it may be sent. */
export function newPasswordErrors({ next, again }: NewPassword): FieldErrors {
  const parsed = passwordRule.safeParse(next);
  if (!parsed.success) return { next: parsed.error.issues[0]!.message };
  return again === next ? {} : { again: 'The two new passwords are different' };
}

export function NewPasswordFields({
  value,
  onChange,
  errors,
  label = 'New password',
}: {
  value: NewPassword;
  onChange: (next: NewPassword) => void;
  errors: FieldErrors;
  label?: string;
}) {
  return (
    <>
      <PasswordField
        label={label}
        description={PASSWORD_RULES}
        value={value.next}
        onChange={(e) => onChange({ ...value, next: e.currentTarget.value })}
        error={errors.next}
        required
        autoComplete="new-password"
      />
      <PasswordField
        label={`${label} again`}
        value={value.again}
        onChange={(e) => onChange({ ...value, again: e.currentTarget.value })}
        error={errors.again}
        required
        autoComplete="new-password"
      />
    </>
  );
}

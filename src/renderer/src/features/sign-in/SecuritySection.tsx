// Settings → Sign-in and security: the signed-in person's password, and when this computer locks.
import { Text } from '@mantine/core';
import { useCan, whoMayCall } from '../../api/useCan';
import { Section, Subsection } from '../../ui/Section';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LockAfterForm } from './LockAfterForm';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';

export function SecuritySection() {
  // How long this computer waits before locking is its administrator's choice.
  const mayChangeLock = useCan('session.setLockAfter');
  const mayMakeRecoveryKey = useCan('session.newRecoveryKey');
  return (
    <Section title="Sign-in and security" id="settings-security" titleSize="h3" p="lg" stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        Your password opens Redress on every computer you use it on. Changing it here changes it on the others
        when they next sync. Nobody, not even an administrator, can see it.
      </Text>
      <Subsection title="Change your password">
        <ChangePasswordForm />
      </Subsection>
      <Subsection title="Lock when not in use">
        {mayChangeLock ? <LockAfterForm /> : <Text role="note">{whoMayCall('session.setLockAfter')}</Text>}
      </Subsection>
      <Subsection title="Recovery key">
        {mayMakeRecoveryKey ? (
          <NewRecoveryKeyForm />
        ) : (
          <Text role="note">{whoMayCall('session.newRecoveryKey')}</Text>
        )}
      </Subsection>
    </Section>
  );
}
